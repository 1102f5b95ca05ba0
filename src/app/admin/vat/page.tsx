import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Card, PageHeader } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { DatedRowsTable } from "@/features/admin/components/DatedRowsTable";
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
        <DatedRowsTable
          label={t("vatTitle")}
          rows={rows}
          empty={t("empty")}
          labels={{ validFrom: t("validFrom"), validTo: t("validTo"), open: t("open") }}
          lead={[{ header: t("rate"), cell: (r) => fmt.rate(r.rateBp), className: "font-semibold" }]}
          trail={[{ header: t("note"), cell: (r) => r.note }]}
        />
      </Card>
      <Card>
        <SectionHeading>{t("add")}</SectionHeading>
        <VatRateForm today={dayKey(now())} />
      </Card>
    </>
  );
}
