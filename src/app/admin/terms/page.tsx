import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { jobcenterChoices } from "@/features/admin/queries";
import { TermsVersionForm } from "@/features/pricing/components/AdminForms";
import { listTermsVersions } from "@/features/pricing/queries";
import { locales, toLocale } from "@/i18n/config";
import { dayKey } from "@/lib/dates";
import { requirePermission } from "@/server/page";

export default async function Page() {
  const { db, now } = await requirePermission("terms.manage");
  const t = await getTranslations("pricing.admin");
  const fmt = await getAppFormatter();
  const rows = await listTermsVersions(db);
  const jobcenters = await jobcenterChoices(db);
  return (
    <>
      <PageHeader title={t("termsTitle")} lead={t("termsLead")} />
      <Card className="mb-6">
        {rows.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {rows.map((r) => (
              <li key={r.id} className="rounded-lg border border-gray-200 p-3">
                <p className="font-semibold">
                  {r.jobcenter.name} · {t(`languages.${toLocale(r.locale)}`)} · {t("version")} {r.version}
                </p>
                <p className="text-sm">
                  {t("validFrom")}: {fmt.day(r.validFrom)} · {t("cancellationFee")}: {fmt.euros(r.cancellationFeeCents)} · {t("acceptances")}: {r._count.acceptances}
                </p>
                <details className="mt-1">
                  <summary className="min-h-11 cursor-pointer content-center text-brand-700">{r.title}</summary>
                  <div className="whitespace-pre-line text-sm">{r.body}</div>
                  <p className="mt-1 break-all text-xs text-muted">
                    {t("hash")}: <code>{r.bodySha256}</code>
                  </p>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <SectionHeading>{t("addTerms")}</SectionHeading>
        <TermsVersionForm
          jobcenters={jobcenters.map((j) => ({ value: j.id, label: j.name }))}
          locales={locales.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          today={dayKey(now())}
        />
      </Card>
    </>
  );
}
