import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { PageHeader } from "@/components/ui/Card";
import { clientAccessLog } from "@/features/audit/queries";
import { readClientAudited } from "@/features/clients/queries";
import { AccessLogTable } from "@/features/rights/components/AccessLog";
import { PrintButton } from "@/features/rights/components/PrintButton";
import { requireRole } from "@/server/page";

// What the client is shown (ADR 073): the latest 500 rows in plain language, ready to print.
const PRINT_ROWS = 500;

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, user, now } = await requireRole("UNIT_STAFF");
  const client = await readClientAudited(db, user, id, "staff", now());
  if (!client) notFound();
  const t = await getTranslations("rights.log");
  const fmt = await getAppFormatter();
  const log = await clientAccessLog(db, id, null, PRINT_ROWS);
  const name = `${client.firstName} ${client.lastName}`;
  return (
    <>
      <PageHeader title={t("printTitle", { name })} lead={t("printLead", { date: fmt.date(now()) })} actions={<PrintButton label={t("printButton")} />} />
      {log.rows.length === 0 ? <p>{t("none")}</p> : <AccessLogTable rows={log.rows} caption={t("printTitle", { name })} />}
    </>
  );
}
