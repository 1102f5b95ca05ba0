import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import Link from "next/link";
import { EmptyState, PageHeader } from "@/components/ui/Card";
import { listAuditEvents } from "@/features/admin/queries";
import { auditFilterSchema } from "@/features/admin/schema";
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
          <input id="action" name="action" defaultValue={filter.action ?? ""} aria-describedby="action-hint" className="mt-1 min-h-11 rounded-lg border border-gray-400 px-3" />
          <p id="action-hint" className="text-sm text-muted">
            {t("actionHint")}
          </p>
        </div>
        <div>
          <label htmlFor="clientId" className="block font-semibold">
            {t("clientId")}
          </label>
          <input id="clientId" name="clientId" defaultValue={filter.clientId ?? ""} className="mt-1 min-h-11 rounded-lg border border-gray-400 px-3" />
        </div>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          {t("filter")}
        </button>
        <Link href="/admin/audit" className="inline-flex min-h-11 items-center px-2 font-semibold text-brand-700 underline">
          {t("clear")}
        </Link>
      </form>
      <p className="mb-2 text-muted" aria-live="polite">
        {t("total", { count: data.total })}
      </p>
      {data.rows.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-gray-300">
                <th scope="col" className="py-2 pr-3">{t("time")}</th>
                <th scope="col" className="py-2 pr-3">{t("actor")}</th>
                <th scope="col" className="py-2 pr-3">{t("action")}</th>
                <th scope="col" className="py-2 pr-3">{t("target")}</th>
                <th scope="col" className="py-2 pr-3">{t("details")}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.id} className="border-b border-gray-200 align-top">
                  <td className="whitespace-nowrap py-2 pr-3">{fmt.dateTime(r.createdAt)}</td>
                  <td className="py-2 pr-3">{r.actorName ?? t("system")}</td>
                  <td className="py-2 pr-3 font-mono">{r.action}</td>
                  <td className="py-2 pr-3">
                    {r.entityType}
                    {r.entityId ? <span className="block break-all font-mono text-xs text-muted">{r.entityId}</span> : null}
                    {r.clientId && r.clientId !== r.entityId ? (
                      <Link href={hrefWith({ clientId: r.clientId }, 1)} className="block break-all font-mono text-xs text-brand-700 underline">
                        {r.clientId}
                      </Link>
                    ) : null}
                  </td>
                  <td className="max-w-xs break-all py-2 pr-3 font-mono text-xs">{r.details ? JSON.stringify(r.details) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-4">
        {data.page > 1 ? (
          <Link href={hrefWith(keep, data.page - 1)} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("previous")}
          </Link>
        ) : null}
        <span>{t("pageOf", { page: data.page, pages: data.pages })}</span>
        {data.page < data.pages ? (
          <Link href={hrefWith(keep, data.page + 1)} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
