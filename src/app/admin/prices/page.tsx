import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { PriceListForm } from "@/features/pricing/components/AdminForms";
import { listPriceLists } from "@/features/pricing/queries";
import { unitPriceOf } from "@/features/pricing/rules";
import { dayKey } from "@/lib/dates";
import { requirePermission } from "@/server/page";

export default async function Page() {
  const { db, now } = await requirePermission("pricing.manage");
  const t = await getTranslations("pricing.admin");
  const to = await getTranslations("orders");
  const fmt = await getAppFormatter();
  const rows = await listPriceLists(db);
  const jobcenters = await db.jobcenter.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
  const models = (["COMMISSION", "EMPLOYMENT", "PARTNER_EMPLOYER"] as const).map((m) => ({ value: m, label: to(`contractModel.${m}`) }));
  return (
    <>
      <PageHeader title={t("pricesTitle")} lead={t("pricesLead")} />
      <Card className="mb-6">
        {rows.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("pricesTitle")}>
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-gray-300">
                  {[t("jobcenter"), t("contractModel"), t("validFrom"), t("validTo"), t("workerPay"), t("sideCosts"), t("serviceCosts"), t("unitPrice"), t("used"), t("note")].map((h) => (
                    <th key={h} scope="col" className="px-2 py-2">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className="border-b border-gray-200">
                    <td className="px-2 py-2">{r.jobcenter.name}</td>
                    <td className="px-2 py-2">{to(`contractModel.${r.contractModel}`)}</td>
                    <td className="px-2 py-2">{fmt.day(r.validFrom)}</td>
                    <td className="px-2 py-2">{r.validTo ? fmt.day(r.validTo) : t("open")}</td>
                    <td className="px-2 py-2 text-right">{fmt.euros(r.workerPayCents)}</td>
                    <td className="px-2 py-2 text-right">{fmt.euros(r.sideCostsCents)}</td>
                    <td className="px-2 py-2 text-right">{fmt.euros(r.serviceCostsCents)}</td>
                    <td className="px-2 py-2 text-right font-semibold">{fmt.euros(unitPriceOf(r))}</td>
                    <td className="px-2 py-2 text-right">{r._count.orders}</td>
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
        <PriceListForm jobcenters={jobcenters.map((j) => ({ value: j.id, label: j.name }))} models={models} today={dayKey(now())} />
      </Card>
    </>
  );
}
