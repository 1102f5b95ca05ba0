import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass, LinkButton } from "@/components/ui/Button";
import { Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { TextLink } from "@/components/ui/Text";
import { coordinatorOrderList, orderCountsByState, orderListChoices } from "@/features/intake/queries";
import { orderListFilterSchema, type OrderListFilter } from "@/features/intake/schema";
import { OrderStatusBadge } from "@/features/orders/components/StatusBadge";
import { CLOSED_ORDER_STATES, FINISHED_ORDER_STATES, isOrderIn, OPEN_ORDER_STATES } from "@/features/orders/status";
import { getAppFormatter } from "@/i18n/server";
import { requireRole } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("intake.list");
  return { title: t("title") };
}

const field = "mt-1 block min-h-11 w-full rounded-lg border border-gray-400 px-3";

/** The address of the list with some filters changed (the cursor starts over unless given). */
function hrefOf(f: OrderListFilter, change: Partial<OrderListFilter>) {
  const next: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...f, after: undefined, ...change })) if (typeof v === "string" && v) next[k] = v;
  const qs = new URLSearchParams(next).toString();
  return `/coordinator/orders${qs ? `?${qs}` : ""}`;
}

/** Every order of the coordinator's Jobcenters: search, filters, open and archive, newest first. */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const f = orderListFilterSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const { db, user } = await requireRole("COORDINATOR");
  const t = await getTranslations("intake.list");
  const ts = await getTranslations("orders");
  const fmt = await getAppFormatter();
  const jobcenterIds = user.grants.filter((g) => g.role === "COORDINATOR" && g.jobcenterId).map((g) => g.jobcenterId!);
  const { rows, next } = await coordinatorOrderList(db, jobcenterIds, f);
  const counts = await orderCountsByState(db, jobcenterIds);
  const { units } = await orderListChoices(db, jobcenterIds);
  const states = f.tab === "archive" ? CLOSED_ORDER_STATES : OPEN_ORDER_STATES;
  const total = (list: readonly string[]) => list.reduce((n, s) => n + (counts[s as keyof typeof counts] ?? 0), 0);

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} actions={<LinkButton href="/coordinator/orders/new">{t("newOrder")}</LinkButton>} />
      <nav aria-label={t("tabs")} className="mb-4 flex flex-wrap gap-2">
        <Link href={hrefOf(f, { tab: "open", status: undefined })} aria-current={f.tab === "open" ? "page" : undefined} className={buttonClass(f.tab === "open" ? "primary" : "secondary")}>
          {t("tabOpen", { count: total(OPEN_ORDER_STATES) })}
        </Link>
        <Link href={hrefOf(f, { tab: "archive", status: undefined })} aria-current={f.tab === "archive" ? "page" : undefined} className={buttonClass(f.tab === "archive" ? "primary" : "secondary")}>
          {t("tabArchive", { count: total(CLOSED_ORDER_STATES) })}
        </Link>
      </nav>
      <Card className="mb-4">
        <form method="get" className="grid gap-3 sm:grid-cols-3">
          <input type="hidden" name="tab" value={f.tab} />
          <label htmlFor="f-q" className="font-semibold">
            {t("search")}
            <input id="f-q" name="q" defaultValue={f.q ?? ""} maxLength={100} placeholder={t("searchHint")} className={field} />
          </label>
          <label htmlFor="f-status" className="font-semibold">
            {t("state")}
            <select id="f-status" name="status" defaultValue={f.status ?? ""} className={field}>
              <option value="">{t("allStates")}</option>
              {states.map((s) => (
                <option key={s} value={s}>
                  {ts(`status.${s}`)} ({counts[s] ?? 0})
                </option>
              ))}
            </select>
          </label>
          <label htmlFor="f-unit" className="font-semibold">
            {t("unit")}
            <select id="f-unit" name="unitId" defaultValue={f.unitId ?? ""} className={field}>
              <option value="">{t("allUnits")}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor="f-worker" className="font-semibold">
            {t("worker")}
            <input id="f-worker" name="worker" defaultValue={f.worker ?? ""} maxLength={100} className={field} />
          </label>
          <label htmlFor="f-from" className="font-semibold">
            {t("from")}
            <input id="f-from" name="from" type="date" defaultValue={f.from ?? ""} className={field} />
          </label>
          <label htmlFor="f-to" className="font-semibold">
            {t("to")}
            <input id="f-to" name="to" type="date" defaultValue={f.to ?? ""} className={field} />
          </label>
          {f.ordererId ? <input type="hidden" name="ordererId" value={f.ordererId} /> : null}
          <div className="flex flex-wrap items-end gap-3 sm:col-span-3">
            <button type="submit" className={buttonClass("primary")}>
              {t("apply")}
            </button>
            <TextLink href={hrefOf({ tab: f.tab }, {})}>{t("clear")}</TextLink>
          </div>
        </form>
      </Card>
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Card>
          <DataTable
            label={t("title")}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              {
                header: t("colOrder"),
                cell: (r) => (
                  <TextLink href={`/coordinator/orders/${r.id}`}>
                    #{r.number} {r.title}
                  </TextLink>
                ),
              },
              { header: t("colOrderer"), cell: (r) => <TextLink href={`/coordinator/orderers/${r.orderer.id}`}>{r.orderer.name}</TextLink> },
              { header: t("colState"), cell: (r) => <OrderStatusBadge status={r.status} /> },
              { header: t("colFirst"), cell: (r) => (r.sessions[0] ? fmt.dateTime(r.sessions[0].startsAt) : "–") },
              { header: t("colCreated"), cell: (r) => fmt.date(r.createdAt) },
              {
                header: t("colActions"),
                cell: (r) => (isOrderIn(FINISHED_ORDER_STATES, r.status) ? <TextLink href={`/coordinator/orders/new?again=${r.id}`}>{t("again")}</TextLink> : null),
              },
            ]}
          />
          {next ? (
            <p className="mt-3">
              <TextLink href={hrefOf(f, { after: next })}>{t("more")}</TextLink>
            </p>
          ) : null}
        </Card>
      )}
    </>
  );
}
