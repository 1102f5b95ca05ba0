import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/AppShell";
import { requireUser } from "@/server/page";
import { IntlScope } from "@/i18n/IntlScope";

export const dynamic = "force-dynamic";

// Every role's notifications: one page, framed like the person's own pages.
export default async function Layout({ children }: { children: ReactNode }) {
  const { user } = await requireUser();
  const t = await getTranslations("notifications");
  const onlyClient = user.grants.length > 0 && user.grants.every((g) => g.role === "CLIENT");
  return (
    <IntlScope scope="notifications">
      <AppShell userName={user.name} nav={[{ href: "/home", label: t("home") }]} narrow={onlyClient}>
        {children}
      </AppShell>
    </IntlScope>
  );
}
