import { getLocale, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/Button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { SectionHeading, TextLink } from "@/components/ui/Text";
import { OrderStatusBadge } from "@/features/orders/components/StatusBadge";
import { listOrdersOfOrderer, ordererIdOf } from "@/features/orders/queries";
import { formatDate, type Locale } from "@/lib/dates";
import { formatEuros } from "@/lib/money";
import { requireUser } from "@/server/page";

export default async function Page() {
  const t = await getTranslations("orders");
  const locale = (await getLocale()) as Locale;
  const { db, user } = await requireUser();
  const ordererId = ordererIdOf(user.grants);
  const orders = ordererId ? await listOrdersOfOrderer(db, ordererId) : [];
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
                    {t("list.meta", { number: o.number, jobcenter: o.jobcenter.name, created: formatDate(o.createdAt, locale) })}
                  </p>
                  {o.sessions[0] ? <p className="text-sm">{t("list.firstDay", { date: formatDate(o.sessions[0].startsAt, locale) })}</p> : null}
                </div>
                <div className="flex flex-col items-end gap-1">
                  <OrderStatusBadge status={o.status} />
                  {o.changes.length > 0 || o.reacceptanceRequired ? <Badge tone="warn">{t("list.needsYou")}</Badge> : null}
                  {o.status === "RECEIVED" ? <Badge tone="warn">{t("list.acceptTerms")}</Badge> : null}
                  {o.grossCents !== null ? <span className="text-sm">{formatEuros(o.grossCents, locale)}</span> : null}
                </div>
              </div>
            </Card>
          ))}
        </ul>
      )}
    </>
  );
}
