import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/AppShell";
import { requireRole } from "@/server/page";
import { IntlScope } from "@/i18n/IntlScope";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: ReactNode }) {
  const { user } = await requireRole("ADMIN");
  const t = await getTranslations("common");
  const ta = await getTranslations("admin.nav");
  // The dated tables (prices, VAT, terms, benefit limits) have their own pages under /admin.
  const nav = [
    { href: "/admin", label: ta("home") },
    { href: "/admin/users", label: ta("users") },
    { href: "/admin/jobcenters", label: ta("jobcenters") },
    { href: "/admin/prices", label: ta("prices") },
    { href: "/admin/vat", label: ta("vat") },
    { href: "/admin/terms", label: ta("terms") },
    { href: "/admin/benefit-limits", label: ta("benefitLimits") },
    { href: "/admin/audit", label: ta("audit") },
    { href: "/admin/retention", label: ta("retention") },
    { href: "/admin/jobs", label: ta("jobs") },
    { href: "/reports", label: t("nav.reports") },
  ];
  return (
    <IntlScope scope="admin">
      <AppShell userName={user.name} roleLabel={t("roles.ADMIN")} nav={nav}>
        {children}
      </AppShell>
    </IntlScope>
  );
}
