import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import Link from "next/link";
import { Alert, EmptyState, PageHeader } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { TextLink } from "@/components/ui/Text";
import { auditActions, auditEntityTypes, findActorForSearch, searchAuditLog } from "@/features/audit/queries";
import { decodeCursor, encodeCursor } from "@/features/audit/rules";
import { auditFilterSchema } from "@/features/admin/schema";
import { addHelsinkiDays, helsinkiInstant } from "@/lib/dates";
import { fieldMaxLength } from "@/lib/schema";
import { requirePermission } from "@/server/page";

type Search = { entityType?: string; action?: string; clientId?: string; person?: string; from?: string; to?: string; cursor?: string };

function hrefWith(filter: Search): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) params.set(k, v);
  return `/admin/audit?${params.toString()}`;
}

const inputClass = "mt-1 min-h-11 rounded-lg border border-gray-400 px-3";

// Keyset pages and no total (ADR 073): a count of every matching row costs as much as the
// rows themselves at 200,000 events; "there is a next page" is one row more than the page.
export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { db } = await requirePermission("audit.read");
  const t = await getTranslations("admin.audit");
  const fmt = await getAppFormatter();
  const raw = await searchParams;
  const parsed = auditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const actorUserId = filter.person ? await findActorForSearch(db, filter.person) : undefined;
  const unknownPerson = !!filter.person && !actorUserId;
  const cursor = decodeCursor(filter.cursor);
  const [data, entityTypes, actions] = [
    unknownPerson
      ? { rows: [], next: null }
      : await searchAuditLog(
          db,
          {
            actorUserId: actorUserId ?? undefined,
            clientId: filter.clientId || undefined,
            entityType: filter.entityType || undefined,
            action: filter.action || undefined,
            from: filter.from ? helsinkiInstant(filter.from) : undefined,
            to: filter.to ? addHelsinkiDays(helsinkiInstant(filter.to), 1) : undefined,
          },
          cursor,
        ),
    await auditEntityTypes(db),
    await auditActions(db),
  ];
  const keep: Search = { entityType: filter.entityType, action: filter.action, clientId: filter.clientId, person: filter.person, from: filter.from, to: filter.to };
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="person" className="block font-semibold">
            {t("person")}
          </label>
          <input id="person" name="person" defaultValue={filter.person ?? ""} maxLength={fieldMaxLength(auditFilterSchema, "person")} aria-describedby="person-hint" className={inputClass} />
          <p id="person-hint" className="text-sm text-muted">
            {t("personHint")}
          </p>
        </div>
        <div>
          <label htmlFor="clientId" className="block font-semibold">
            {t("clientId")}
          </label>
          <input id="clientId" name="clientId" defaultValue={filter.clientId ?? ""} maxLength={fieldMaxLength(auditFilterSchema, "clientId")} className={inputClass} />
        </div>
        <div>
          <label htmlFor="entityType" className="block font-semibold">
            {t("entityType")}
          </label>
          <select id="entityType" name="entityType" defaultValue={filter.entityType ?? ""} className={`${inputClass} bg-white`}>
            <option value="">{t("allEntities")}</option>
            {entityTypes.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="action" className="block font-semibold">
            {t("action")}
          </label>
          <input id="action" name="action" defaultValue={filter.action ?? ""} maxLength={fieldMaxLength(auditFilterSchema, "action")} aria-describedby="action-hint" list="audit-actions" className={inputClass} />
          <datalist id="audit-actions">
            {actions.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <p id="action-hint" className="text-sm text-muted">
            {t("actionHint")}
          </p>
        </div>
        <div>
          <label htmlFor="from" className="block font-semibold">
            {t("from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={filter.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="to" className="block font-semibold">
            {t("to")}
          </label>
          <input id="to" name="to" type="date" defaultValue={filter.to ?? ""} className={inputClass} />
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          {t("filter")}
        </button>
        <TextLink href="/admin/audit" className="px-2">
          {t("clear")}
        </TextLink>
      </form>
      {unknownPerson ? <Alert tone="warn">{t("unknownPerson")}</Alert> : null}
      {data.rows.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <DataTable
          label={t("title")}
          rows={data.rows}
          rowKey={(r) => r.id}
          className="text-sm"
          columns={[
            { header: t("time"), cell: (r) => fmt.dateTime(r.createdAt), className: "whitespace-nowrap" },
            { header: t("actor"), cell: (r) => r.actorName ?? t("system") },
            { header: t("action"), cell: (r) => r.action, className: "font-mono" },
            {
              header: t("target"),
              cell: (r) => (
                <>
                  {r.entityType}
                  {r.entityId ? <span className="block break-all font-mono text-xs text-muted">{r.entityId}</span> : null}
                  {r.clientId && r.clientId !== r.entityId ? (
                    <Link href={hrefWith({ clientId: r.clientId })} className="block break-all font-mono text-xs text-brand-700 underline">
                      {r.clientId}
                    </Link>
                  ) : null}
                </>
              ),
            },
            { header: t("details"), cell: (r) => (r.details ? JSON.stringify(r.details) : ""), className: "max-w-xs break-all font-mono text-xs" },
          ]}
        />
      )}
      <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-4">
        {cursor ? <TextLink href={hrefWith(keep)}>{t("first")}</TextLink> : null}
        {data.next ? <TextLink href={hrefWith({ ...keep, cursor: encodeCursor(data.next) })}>{t("next")}</TextLink> : null}
      </nav>
    </>
  );
}
