import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { DatedRowsTable } from "@/features/admin/components/DatedRowsTable";
import { BenefitLimitForm } from "@/features/benefits/components/BenefitLimitForm";
import { listBenefitLimits } from "@/features/benefits/queries";
import { currentLimitIds } from "@/features/benefits/rules";
import { dayKey } from "@/lib/dates";
import { formatEuros } from "@/lib/money";
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
  const rows = await listBenefitLimits(db);
  const today = now();
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card className="mb-6">
        <SectionHeading>{t("listTitle")}</SectionHeading>
        <DatedRowsTable
          label={t("listTitle")}
          rows={rows}
          empty="—"
          current={currentLimitIds(rows, today)}
          labels={{ validFrom: t("validFrom"), validTo: t("validTo"), open: t("open") }}
          lead={[
            { header: t("kind"), cell: (r) => k(r.kind) },
            { header: t("period"), cell: (r) => t(`periods.${r.period}`) },
            { header: t("amount"), cell: (r) => formatEuros(r.amountCents), className: "whitespace-nowrap" },
          ]}
          trail={[{ header: t("source"), cell: (r) => r.source }]}
        />
      </Card>
      <Card>
        <SectionHeading>{t("add")}</SectionHeading>
        <BenefitLimitForm today={dayKey(today)} />
      </Card>
    </>
  );
}
