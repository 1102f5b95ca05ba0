import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { LinkButton } from "@/components/ui/Button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { TextLink } from "@/components/ui/Text";
import { coordinatorInbox } from "@/features/coordination/queries";
import { openDisputesInJobcenters } from "@/features/hours/queries";
import { OPEN_ORDER_STATES } from "@/features/orders/status";
import type { OrderStatus } from "@/generated/prisma/enums";

import { requireRole } from "@/server/page";

export default async function Page({ searchParams }: { searchParams: Promise<{ state?: string; after?: string }> }) {
  const sp = await searchParams;
  const { db, user, now } = await requireRole("COORDINATOR");
  const tp = await getTranslations("common.pages");
  // "More" of one state: ?state=<state>&after=<cursor>; anything else is every state's first page.
  const pagedState = OPEN_ORDER_STATES.find((s) => s === sp.state);
  const page = pagedState && sp.after ? { status: pagedState as OrderStatus, after: sp.after } : null;
  const t = await getTranslations("coordination");
  const ti = await getTranslations("intake");
  const fmt = await getAppFormatter();
  const jobcenterIds = user.grants.filter((g) => g.role === "COORDINATOR" && g.jobcenterId).map((g) => g.jobcenterId!);
  const sections = await coordinatorInbox(db, jobcenterIds, now(), page);
  const disputes = await openDisputesInJobcenters(db, jobcenterIds);
  const th = await getTranslations("hours.disputes");
  return (
    <>
      <PageHeader
        title={t("inbox.title")}
        lead={t("inbox.lead")}
        actions={<LinkButton href="/coordinator/orders/new">{ti("nav.newOrder")}</LinkButton>}
      />
      <p className="mb-4">
        <TextLink href="/coordinator/orders">{ti("list.inboxLink")}</TextLink>
      </p>
      {sections.every((s) => s.total === 0) ? <EmptyState>{t("inbox.empty")}</EmptyState> : null}
      <div className="space-y-6">
        {/* The orderers' open disputes (ADR 035): their orders may be approved already, so out of the inbox. */}
        {disputes.length > 0 ? (
          <Card>
            <h2 className="mb-3 text-xl font-semibold">
              {th("homeTitle")} <span className="text-muted">({disputes.length})</span>
            </h2>
            <ul>
              {disputes.map((d) => (
                <li key={d.id}>
                  <Link href={`/coordinator/orders/${d.order.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                    {th("homeItem", { number: d.order.number, title: d.order.title, name: d.client.firstName, date: fmt.dateTime(d.startsAt) })}
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        {/* One section per state of the inbox, in the order work moves through them; newest first within each, a page at a time. */}
        {sections.map(({ status, rows: list, total, next, paged }) => {
          if (total === 0) return null;
          return (
            <section key={status} id={`state-${status}`}>
              <Card>
                <h2 className="mb-3 text-xl font-semibold">
                  {t(`status.${status}`)} <span className="text-muted">({t("inbox.count", { count: total })})</span>
                </h2>
                <div className="overflow-x-auto">
                  <table className="w-full text-left">
                    <caption className="sr-only">{t(`status.${status}`)}</caption>
                    <thead>
                      <tr className="border-b border-gray-300">
                        <th scope="col" className="py-2 pr-3">{t("inbox.colOrder")}</th>
                        <th scope="col" className="py-2 pr-3">{t("inbox.colOrderer")}</th>
                        <th scope="col" className="py-2 pr-3">{t("inbox.colNext")}</th>
                        <th scope="col" className="py-2 pr-3">{t("inbox.colNotes")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((r) => (
                        <tr key={r.id} className="border-b border-gray-100">
                          <td className="py-2 pr-3">
                            <Link href={`/coordinator/orders/${r.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                              #{r.number} {r.title}
                            </Link>
                          </td>
                          <td className="py-2 pr-3">{r.ordererName}</td>
                          <td className="py-2 pr-3">{r.nextSessionAt ? fmt.dateTime(r.nextSessionAt) : t("inbox.noSession")}</td>
                          <td className="py-2 pr-3">
                            <div className="flex flex-wrap gap-1">
                              {r.ordererStatus !== "VERIFIED" ? <Badge tone="danger">{t("inbox.flagUnverified")}</Badge> : null}
                              {r.ordererDuplicate && r.ordererStatus === "UNVERIFIED" ? <Badge tone="danger">{t("inbox.flagDuplicate")}</Badge> : null}
                              {r.status === "RECEIVED" ? <Badge tone="info">{t("inbox.flagNew")}</Badge> : null}
                              {r.reacceptanceRequired ? <Badge tone="warn">{t("inbox.flagReaccept")}</Badge> : null}
                              {r.gigsReported > 0 ? <Badge tone="warn">{t("inbox.flagHours", { count: r.gigsReported })}</Badge> : null}
                            </div>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {next || paged ? (
                  <p className="mt-3 flex flex-wrap gap-4">
                    {next ? <TextLink href={`/coordinator?state=${status}&after=${encodeURIComponent(next)}#state-${status}`}>{tp("more")}</TextLink> : null}
                    {paged ? <TextLink href={`/coordinator#state-${status}`}>{tp("first")}</TextLink> : null}
                  </p>
                ) : null}
              </Card>
            </section>
          );
        })}
      </div>
    </>
  );
}
