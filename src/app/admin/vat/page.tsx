import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { VatRateForm } from "@/features/pricing/components/AdminForms";
import { listVatRates } from "@/features/pricing/queries";
import { dayKey } from "@/lib/dates";
import { requirePermission } from "@/server/page";

export default async function Page() {
  const { db, now } = await requirePermission("pricing.manage");
  const t = await getTranslations("pricing.admin");
  const fmt = await getAppFormatter();
  const rows = await listVatRates(db);
  return (
    <>
      <PageHeader title={t("vatTitle")} lead={t("vatLead")} />
      <Card className="mb-6">
        {rows.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("vatTitle")}>
            <table className="w-full text-left">
              <thead>
                <tr className="border-b border-gray-300">
                  {[t("rate"), t("validFrom"), t("validTo"), t("note")].map((h) => (
                    <th key={h} scope="col" className="px-2 py-2">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-b border-gray-200">
                    <td className="px-2 py-2 font-semibold">{fmt.rate(r.rateBp)}</td>
                    <td className="px-2 py-2">{fmt.day(r.validFrom)}</td>
                    <td className="px-2 py-2">{r.validTo ? fmt.day(r.validTo) : t("open")}</td>
                    <td className="px-2 py-2">{r.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-xl font-bold">{t("add")}</h2>
        <VatRateForm today={dayKey(now())} />
      </Card>
    </>
  );
}
