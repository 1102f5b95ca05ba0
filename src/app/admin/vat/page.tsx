import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { DatedRowsTable } from "@/features/admin/components/DatedRowsTable";
import { VatRateForm } from "@/features/pricing/components/AdminForms";
import { listVatRates } from "@/features/pricing/queries";
import { dayKey, type Locale } from "@/lib/dates";
import { formatRate } from "@/lib/money";
import { requirePermission } from "@/server/page";

export default async function Page() {
  const { db, now } = await requirePermission("pricing.manage");
  const t = await getTranslations("pricing.admin");
  const locale = (await getLocale()) as Locale;
  const rows = await listVatRates(db);
  return (
    <>
      <PageHeader title={t("vatTitle")} lead={t("vatLead")} />
      <Card className="mb-6">
        <DatedRowsTable
          label={t("vatTitle")}
          rows={rows}
          locale={locale}
          empty={t("empty")}
          labels={{ validFrom: t("validFrom"), validTo: t("validTo"), open: t("open") }}
          lead={[{ header: t("rate"), cell: (r) => formatRate(r.rateBp, locale), className: "font-semibold" }]}
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
