import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { DatedRowsTable } from "@/features/admin/components/DatedRowsTable";
import { jobcenterChoices } from "@/features/admin/queries";
import { PriceListForm } from "@/features/pricing/components/AdminForms";
import { listPriceLists } from "@/features/pricing/queries";
import { unitPriceOf } from "@/features/pricing/rules";
import { ContractModel } from "@/generated/prisma/enums";
import { dayKey } from "@/lib/dates";
import { formatEuros } from "@/lib/money";
import { requirePermission } from "@/server/page";

export default async function Page() {
  const { db, now } = await requirePermission("pricing.manage");
  const t = await getTranslations("pricing.admin");
  const to = await getTranslations("orders");
  const [rows, jobcenters] = [await listPriceLists(db), await jobcenterChoices(db)];
  const models = Object.values(ContractModel).map((m) => ({ value: m, label: to(`contractModel.${m}`) }));
  const money = (cents: number) => formatEuros(cents);
  return (
    <>
      <PageHeader title={t("pricesTitle")} lead={t("pricesLead")} />
      <Card className="mb-6">
        <DatedRowsTable
          label={t("pricesTitle")}
          rows={rows}
          className="text-sm"
          empty={t("empty")}
          labels={{ validFrom: t("validFrom"), validTo: t("validTo"), open: t("open") }}
          lead={[
            { header: t("jobcenter"), cell: (r) => r.jobcenter.name },
            { header: t("contractModel"), cell: (r) => to(`contractModel.${r.contractModel}`) },
          ]}
          trail={[
            { header: t("workerPay"), cell: (r) => money(r.workerPayCents), className: "text-right" },
            { header: t("sideCosts"), cell: (r) => money(r.sideCostsCents), className: "text-right" },
            { header: t("serviceCosts"), cell: (r) => money(r.serviceCostsCents), className: "text-right" },
            { header: t("unitPrice"), cell: (r) => money(unitPriceOf(r)), className: "text-right font-semibold" },
            { header: t("used"), cell: (r) => r._count.orders, className: "text-right" },
            { header: t("note"), cell: (r) => r.note },
          ]}
        />
      </Card>
      <Card>
        <SectionHeading>{t("add")}</SectionHeading>
        <PriceListForm jobcenters={jobcenters.map((j) => ({ value: j.id, label: j.name }))} models={models} today={dayKey(now())} />
      </Card>
    </>
  );
}
