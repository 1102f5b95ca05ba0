import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/AppShell";
import { requireRole } from "@/server/page";
import { IntlScope } from "@/i18n/IntlScope";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: ReactNode }) {
  const { user } = await requireRole("COORDINATOR");
  const t = await getTranslations("common");
  const ti = await getTranslations("intake.nav");
  const tp = await getTranslations("people");
  return (
    <IntlScope scope="coordinator">
      <AppShell userName={user.name} roleLabel={t("roles.COORDINATOR")} nav={[
          { href: "/coordinator", label: t("nav.coordinatorHome") },
          { href: "/coordinator/orders", label: ti("orders") },
          { href: "/coordinator/orderers", label: ti("orderers") },
          { href: "/coordinator/clients", label: ti("clients") },
          { href: "/coordinator/certificates", label: t("nav.coordinatorCertificates") },
          { href: "/coordinator/pay", label: t("nav.coordinatorPay") },
          { href: "/coordinator/units", label: tp("directory.nav") },
          { href: "/coordinator/invoices", label: t("nav.invoices") },
          { href: "/reports", label: t("nav.reports") },
        ]}>
        {children}
      </AppShell>
    </IntlScope>
  );
}
