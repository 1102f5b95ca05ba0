import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/AppShell";
import { requireRole } from "@/server/page";
import { IntlScope } from "@/i18n/IntlScope";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: ReactNode }) {
  const { user } = await requireRole("ORDERER_CONTACT");
  const t = await getTranslations("common");
  const to = await getTranslations("orders");
  return (
    <IntlScope scope="orderer">
      <AppShell
        userName={user.name}
        roleLabel={t("roles.ORDERER_CONTACT")}
        nav={[
          { href: "/orderer", label: t("nav.ordererHome") },
          { href: "/orderer/orders/new", label: to("list.new") },
          { href: "/orderer/invoices", label: t("nav.invoices") },
        ]}
      >
        {children}
      </AppShell>
    </IntlScope>
  );
}
