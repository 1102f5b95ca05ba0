import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { TextLink } from "@/components/ui/Text";
import { listAuditEvents } from "@/features/admin/queries";
import { auditFilterSchema } from "@/features/admin/schema";
import { fieldMaxLength } from "@/lib/schema";
import { requirePermission } from "@/server/page";

type Search = { entityType?: string; action?: string; clientId?: string; page?: string };

function hrefWith(filter: Search, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, page: String(page) })) if (v) params.set(k, v);
  return `/admin/audit?${params.toString()}`;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { db } = await requirePermission("audit.read");
  const t = await getTranslations("admin.audit");
  const fmt = await getAppFormatter();
  const raw = await searchParams;
  const parsed = auditFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const data = await listAuditEvents(db, {
    entityType: filter.entityType || undefined,
    action: filter.action || undefined,
    clientId: filter.clientId || undefined,
    page: filter.page,
  });
  const keep: Search = { entityType: filter.entityType, action: filter.action, clientId: filter.clientId };
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="entityType" className="block font-semibold">
            {t("entityType")}
          </label>
          <select id="entityType" name="entityType" defaultValue={filter.entityType ?? ""} className="mt-1 min-h-11 rounded-lg border border-gray-400 bg-white px-3">
            <option value="">{t("allEntities")}</option>
            {data.entityTypes.map((e) => (
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
          <input id="action" name="action" defaultValue={filter.action ?? ""} maxLength={fieldMaxLength(auditFilterSchema, "action")} aria-describedby="action-hint" className="mt-1 min-h-11 rounded-lg border border-gray-400 px-3" />
          <p id="action-hint" className="text-sm text-muted">
            {t("actionHint")}
          </p>
        </div>
        <div>
          <label htmlFor="clientId" className="block font-semibold">
            {t("clientId")}
          </label>
          <input id="clientId" name="clientId" defaultValue={filter.clientId ?? ""} maxLength={fieldMaxLength(auditFilterSchema, "clientId")} className="mt-1 min-h-11 rounded-lg border border-gray-400 px-3" />
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          {t("filter")}
        </button>
        <TextLink href="/admin/audit" className="px-2">
          {t("clear")}
        </TextLink>
      </form>
      <p className="mb-2 text-muted" aria-live="polite">
        {t("total", { count: data.total })}
      </p>
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
                    <Link href={hrefWith({ clientId: r.clientId }, 1)} className="block break-all font-mono text-xs text-brand-700 underline">
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
        {data.page > 1 ? (
          <TextLink href={hrefWith(keep, data.page - 1)}>{t("previous")}</TextLink>
        ) : null}
        <span>{t("pageOf", { page: data.page, pages: data.pages })}</span>
        {data.page < data.pages ? (
          <TextLink href={hrefWith(keep, data.page + 1)}>{t("next")}</TextLink>
        ) : null}
      </nav>
    </>
  );
}
