import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { LinkButton } from "@/components/ui/Button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { SectionHeading, TextLink } from "@/components/ui/Text";
import { OrderStatusBadge } from "@/features/orders/components/StatusBadge";
import { listOrdersOfOrderer, ordererIdOf } from "@/features/orders/queries";

import { formatEuros } from "@/lib/money";
import { requireUser } from "@/server/page";

export default async function Page({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { after } = await searchParams;
  const t = await getTranslations("orders");
  const tp = await getTranslations("common.pages");
  const fmt = await getAppFormatter();
  const { db, user } = await requireUser();
  const ordererId = ordererIdOf(user.grants);
  const { rows: orders, next } = ordererId ? await listOrdersOfOrderer(db, ordererId, after) : { rows: [], next: null };
  return (
    <>
      <PageHeader title={t("list.title")} lead={t("list.lead")} actions={<LinkButton href="/orderer/orders/new">{t("list.new")}</LinkButton>} />
      {orders.length === 0 ? (
        <EmptyState>{t("list.empty")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {orders.map((o) => (
            <Card as="li" key={o.id}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <SectionHeading size="sub" className="">
                    <TextLink href={`/orderer/orders/${o.id}`}>{o.title || t("list.untitled")}</TextLink>
                  </SectionHeading>
                  <p className="text-sm text-muted">
                    {t("list.meta", { number: o.number, jobcenter: o.jobcenter.name, created: fmt.date(o.createdAt) })}
                  </p>
                  {o.sessions[0] ? <p className="text-sm">{t("list.firstDay", { date: fmt.date(o.sessions[0].startsAt) })}</p> : null}
                </div>
                <div className="flex flex-col items-end gap-1">
                  <OrderStatusBadge status={o.status} />
                  {o.changes.length > 0 || o.reacceptanceRequired ? <Badge tone="warn">{t("list.needsYou")}</Badge> : null}
                  {o.status === "RECEIVED" ? <Badge tone="warn">{t("list.acceptTerms")}</Badge> : null}
                  {o.grossCents !== null ? <span className="text-sm">{formatEuros(o.grossCents)}</span> : null}
                </div>
              </div>
            </Card>
          ))}
        </ul>
      )}
      {next || after ? (
        <p className="mt-4 flex flex-wrap items-center gap-4">
          {next ? <TextLink href={`/orderer?after=${encodeURIComponent(next)}`}>{tp("more")}</TextLink> : null}
          {after ? <TextLink href="/orderer">{tp("first")}</TextLink> : null}
        </p>
      ) : null}
    </>
  );
}
