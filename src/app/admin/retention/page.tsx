import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { EmptyState, PageHeader } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { EraseButton } from "@/features/rights/components/EraseButton";
import { clientsDueForErasure, usersDueForErasure } from "@/features/rights/queries";
import { retentionCutoff } from "@/features/rights/rules";
import { retentionYears } from "@/features/rights/settings";
import { dayKey } from "@/lib/dates";
import { requirePermission } from "@/server/page";

// What is past its retention period (ADR 074). An admin erases one at a time with a
// confirmation: no job erases on its own, because an open complaint or a court case can
// require keeping a record longer, and a person has to know that.
export default async function RetentionPage() {
  const { db, now } = await requirePermission("person.erase");
  const t = await getTranslations("rights.erase");
  const fmt = await getAppFormatter();
  const years = retentionYears();
  const cutoff = retentionCutoff(dayKey(now()), years);
  const clients = await clientsDueForErasure(db, cutoff);
  const users = await usersDueForErasure(db, cutoff);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <p className="mb-6">{t("retention", { years })}</p>
      <h2 className="mb-3 text-xl font-semibold">{t("clients")}</h2>
      {clients.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <DataTable
          label={t("clients")}
          rows={clients}
          rowKey={(c) => c.id}
          columns={[
            { header: t("name"), cell: (c) => `${c.firstName} ${c.lastName} (${c.unit.name})` },
            { header: t("endedOn"), cell: (c) => (c.pathwayEvents[0] ? fmt.day(c.pathwayEvents[0].occurredOn) : "–") },
            { header: t("erase"), cell: (c) => <EraseButton target={{ clientId: c.id }} /> },
          ]}
        />
      )}
      <h2 className="mb-3 mt-8 text-xl font-semibold">{t("users")}</h2>
      {users.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <DataTable
          label={t("users")}
          rows={users}
          rowKey={(u) => u.id}
          columns={[
            { header: t("name"), cell: (u) => `${u.name}${u.email ? ` <${u.email}>` : ""}` },
            { header: t("endedOn"), cell: (u) => fmt.date(u.updatedAt) },
            { header: t("erase"), cell: (u) => <EraseButton target={{ userId: u.id }} /> },
          ]}
        />
      )}
    </>
  );
}
