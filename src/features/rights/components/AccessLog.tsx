import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { DataTable } from "@/components/ui/DataTable";
import { accessKind, readView } from "@/features/audit/rules";

export interface AccessRow {
  id: string;
  createdAt: Date;
  actorName: string | null;
  action: string;
  entityType: string;
  details: unknown;
}

/**
 * The access log as the client would read it (ADR 073): when, who, what (a read, an export, a
 * change with its action name) and on which page. The same table on the staff page and in
 * the printable view.
 */
export async function AccessLogTable({ rows, caption }: { rows: AccessRow[]; caption: string }) {
  const t = await getTranslations("rights.log");
  const fmt = await getAppFormatter();
  return (
    <DataTable
      label={caption}
      rows={rows}
      rowKey={(r) => r.id}
      className="text-sm"
      columns={[
        { header: t("when"), cell: (r) => fmt.dateTime(r.createdAt), className: "whitespace-nowrap" },
        { header: t("who"), cell: (r) => r.actorName ?? t("system") },
        {
          header: t("what"),
          cell: (r) => {
            const kind = accessKind(r.action);
            return (
              <>
                {t(`action.${kind}`)}
                {kind === "change" ? <span className="block font-mono text-xs text-muted">{r.action}</span> : null}
              </>
            );
          },
        },
        {
          header: t("where"),
          cell: (r) => {
            const view = readView(r.details);
            return view ? t(`view.${view}`) : r.entityType;
          },
        },
      ]}
    />
  );
}
