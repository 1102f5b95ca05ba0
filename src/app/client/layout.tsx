import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/AppShell";
import { OfflineSync } from "@/features/client-app/components/OfflineSync";
import { requireRole } from "@/server/page";
import { IntlScope } from "@/i18n/IntlScope";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: ReactNode }) {
  const { user } = await requireRole("CLIENT");
  const t = await getTranslations("common");
  const c = await getTranslations("client.nav");
  return (
    <IntlScope scope="client">
      <AppShell
        userName={user.name}
        roleLabel={t("roles.CLIENT")}
        nav={[
          { href: "/client", label: c("home") },
          { href: "/client/money", label: c("money") },
          { href: "/client/history", label: c("history") },
        ]}
        narrow
        compact
      >
        <OfflineSync />
        {children}
      </AppShell>
    </IntlScope>
  );
}
