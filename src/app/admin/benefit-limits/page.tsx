import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { BenefitLimitForm } from "@/features/benefits/components/BenefitLimitForm";
import { listBenefitLimits } from "@/features/benefits/queries";
import { validOn } from "@/features/benefits/rules";
import { dayKey } from "@/lib/dates";
import { requirePermission } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("client.limitsAdmin");
  return { title: t("title") };
}

// Benefit earnings limits: dated rows with their source; a new year's figures are a new row.
export default async function Page() {
  const { db, now } = await requirePermission("benefitLimit.manage");
  const t = await getTranslations("client.limitsAdmin");
  const k = await getTranslations("client.money.kind");
  const fmt = await getAppFormatter();
  const rows = await listBenefitLimits(db);
  const today = now();
  const current = new Set(
    [...new Set(rows.map((r) => `${r.kind}/${r.period}`))].map((key) => validOn(rows.filter((r) => `${r.kind}/${r.period}` === key), today)?.id),
  );
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card className="mb-6">
        <h2 className="mb-3 text-xl font-bold">{t("listTitle")}</h2>
        {rows.length === 0 ? (
          <EmptyState>—</EmptyState>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("listTitle")}>
            <table className="w-full text-left">
              <thead>
                <tr className="border-b border-gray-300">
                  {[t("kind"), t("period"), t("amount"), t("validFrom"), t("validTo"), t("source")].map((h) => (
                    <th key={h} scope="col" className="px-2 py-2">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className={`border-b border-gray-200 ${current.has(r.id) ? "font-semibold" : "text-muted"}`}>
                    <td className="px-2 py-2">{k(r.kind)}</td>
                    <td className="px-2 py-2">{t(`periods.${r.period}`)}</td>
                    <td className="px-2 py-2 whitespace-nowrap">{fmt.euros(r.amountCents)}</td>
                    <td className="px-2 py-2">{fmt.day(r.validFrom)}</td>
                    <td className="px-2 py-2">{r.validTo ? fmt.day(r.validTo) : t("open")}</td>
                    <td className="px-2 py-2">{r.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-xl font-bold">{t("add")}</h2>
        <BenefitLimitForm today={dayKey(today)} />
      </Card>
    </>
  );
}
