import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/AppShell";
import { requireRole } from "@/server/page";
import { IntlScope } from "@/i18n/IntlScope";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: ReactNode }) {
  const { user } = await requireRole("UNIT_STAFF");
  const t = await getTranslations("common");
  const tu = await getTranslations("unit");
  return (
    <IntlScope scope="unit">
      <AppShell userName={user.name} roleLabel={t("roles.UNIT_STAFF")} nav={[
          { href: "/unit", label: t("nav.unitHome") },
          { href: "/unit/clients", label: tu("nav.clients") },
          { href: "/unit/week", label: tu("nav.week") },
          { href: "/unit/support", label: (await getTranslations("client.support"))("navLabel") },
        ]}
      >
        {children}
      </AppShell>
    </IntlScope>
  );
}
