import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/AppShell";
import { requireUser } from "@/server/page";

export const dynamic = "force-dynamic";

// The figures are read by managers, coordinators and admins (reports.view); the page itself
// checks the Jobcenter. The header leads back to the person's own home for their other work.
export default async function Layout({ children }: { children: ReactNode }) {
  const { user } = await requireUser();
  const t = await getTranslations("common");
  const role = (["MANAGER", "COORDINATOR", "ADMIN"] as const).find((r) => user.grants.some((g) => g.role === r));
  const home = role === "COORDINATOR" ? { href: "/coordinator", label: t("nav.coordinatorHome") } : role === "ADMIN" ? { href: "/admin", label: t("nav.adminHome") } : null;
  return (
    <AppShell userName={user.name} roleLabel={role ? t(`roles.${role}`) : undefined} nav={[...(home ? [home] : []), { href: "/reports", label: t("nav.reports") }]}>
      {children}
    </AppShell>
  );
}
