import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { adminCounts } from "@/features/admin/queries";
import { requirePermission } from "@/server/page";

const STATES = ["DRAFT", "RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED", "IN_PROGRESS", "DONE", "APPROVED", "INVOICED", "CANCELLED"] as const;

export default async function AdminHome() {
  const { db } = await requirePermission("admin.access");
  const t = await getTranslations("admin");
  const fmt = await getAppFormatter();
  const c = await adminCounts(db);
  const figures = [
    { label: t("home.activeUsers"), value: String(c.activeUsers) },
    { label: t("home.clients"), value: String(c.clients) },
    { label: t("home.orders"), value: String(c.orders) },
    { label: t("home.gigs"), value: String(c.gigs) },
    { label: t("home.approvedHours"), value: fmt.minutes(c.approvedMinutes) },
  ];
  const links = [
    { href: "/admin/users", title: t("nav.users"), text: t("home.usersText") },
    { href: "/admin/jobcenters", title: t("nav.jobcenters"), text: t("home.jobcentersText") },
    { href: "/admin/audit", title: t("nav.audit"), text: t("home.auditText") },
  ];
  const tables = [
    { href: "/admin/prices", title: t("nav.prices") },
    { href: "/admin/vat", title: t("nav.vat") },
    { href: "/admin/terms", title: t("nav.terms") },
    { href: "/admin/benefit-limits", title: t("nav.benefitLimits") },
  ];
  return (
    <>
      <PageHeader title={t("home.title")} lead={t("home.lead")} />
      <section aria-labelledby="figures" className="mb-8">
        <SectionHeading id="figures">
          {t("home.counts")}
        </SectionHeading>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {figures.map((f) => (
            <div key={f.label} className="rounded-xl border border-gray-200 bg-white p-4">
              <dt className="text-sm text-muted">{f.label}</dt>
              <dd className="text-2xl font-bold">{f.value}</dd>
            </div>
          ))}
        </dl>
        <h3 className="mb-2 mt-6 text-lg font-semibold">{t("home.ordersByStatus")}</h3>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
          {STATES.map((s) => (
            <div key={s} className="rounded-lg bg-gray-50 px-3 py-2">
              <dt className="text-sm text-muted">{t(`status.${s}`)}</dt>
              <dd className="text-lg font-semibold">{c.ordersByStatus[s] ?? 0}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="manage">
        <SectionHeading id="manage">
          {t("home.manage")}
        </SectionHeading>
        <ul className="grid gap-3 sm:grid-cols-2">
          {links.map((l) => (
            <li key={l.href}>
              <Card as="div">
                <Link href={l.href} className="text-lg font-semibold text-brand-700 underline">
                  {l.title}
                </Link>
                <p className="mt-1 text-muted">{l.text}</p>
              </Card>
            </li>
          ))}
          <li>
            <Card as="div">
              <ul className="flex flex-wrap gap-x-4 gap-y-2">
                {tables.map((l) => (
                  <li key={l.href}>
                    <Link href={l.href} className="inline-flex min-h-11 items-center text-lg font-semibold text-brand-700 underline">
                      {l.title}
                    </Link>
                  </li>
                ))}
              </ul>
              <p className="mt-1 text-muted">{t("home.tablesText")}</p>
            </Card>
          </li>
        </ul>
      </section>
    </>
  );
}
