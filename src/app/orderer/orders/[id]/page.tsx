import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/Button";
import { Alert, Card, PageHeader } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { can } from "@/features/auth/permissions";
import { CancelOrderCard, OrderCancelledNotice } from "@/features/orders/components/OrderCancellation";
import { OrderDetailsCard, OrderPriceCard } from "@/features/orders/components/OrderFacts";
import { OrderMessages } from "@/features/orders/components/OrderMessages";
import { OrdererNextSteps } from "@/features/orders/components/OrdererNextSteps";
import { OrderTimeline } from "@/features/orders/components/OrderTimeline";
import { OrderStatusBadge } from "@/features/orders/components/StatusBadge";
import { OrderWorkersCard } from "@/features/orders/components/OrderWorkersCard";
import { TermsAcceptanceHistory } from "@/features/orders/components/TermsAcceptanceHistory";
import { currentTermsFor, orderDetail, orderMessages } from "@/features/orders/queries";
import { messagesOpen } from "@/features/orders/rules";
import { OrdererHoursCard } from "@/features/hours/components/OrdererHoursCard";
import { orderHoursForOrderer } from "@/features/hours/queries";
import { FINISHED_ORDER_STATES, isOrderIn } from "@/features/orders/status";
import { dateColumnOf } from "@/lib/dates";
import { requireUser } from "@/server/page";
import { SharedClientWords } from "@/features/feedback/components/SharedClientWords";

export async function generateMetadata() {
  const t = await getTranslations("orders");
  return { title: t("detail.title") };
}

/** One order as its orderer (or anyone who may read it) follows it. */
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("orders");
  const ti = await getTranslations("intake");
  const { db, user, now } = await requireUser();
  const order = await orderDetail(db, id);
  if (!order) notFound();
  const target = { ordererId: order.ordererId, jobcenterId: order.jobcenterId };
  if (!can(user, "order.read", target)) notFound();
  const asOrderer = can(user, "order.edit", { ordererId: order.ordererId });
  const messages = await orderMessages(db, order.id);
  const hours = await orderHoursForOrderer(db, order.id);
  const terms = await currentTermsFor(db, order.jobcenterId, await getLocale(), dateColumnOf(now()));
  const termsToAccept = terms && { id: terms.id, title: terms.title, body: terms.body, version: terms.version };

  return (
    <>
      <PageHeader
        title={order.title || t("list.untitled")}
        lead={t("detail.lead", { number: order.number, jobcenter: order.jobcenter.name })}
        actions={
          <>
            <OrderStatusBadge status={order.status} />
            {asOrderer && isOrderIn(FINISHED_ORDER_STATES, order.status) ? <LinkButton href={`/orderer/orders/new?again=${order.id}`} variant="secondary">{ti("list.again")}</LinkButton> : null}
          </>
        }
      />
      <div className="space-y-6">
        {/* A new orderer waits for the Jobcenter's check before work is arranged (ADR 055). */}
        {asOrderer && order.orderer.status === "UNVERIFIED" && order.status !== "CANCELLED" ? <Alert tone="info">{t("verification.pending")}</Alert> : null}
        {asOrderer ? <OrdererNextSteps order={order} terms={termsToAccept} /> : null}
        <OrderCancelledNotice order={order} />

        {order.status !== "DRAFT" ? (
          <Card>
            <SectionHeading>{t("detail.timeline")}</SectionHeading>
            <OrderTimeline status={order.status} events={order.statusEvents} />
          </Card>
        ) : null}

        {hours ? <OrdererHoursCard hours={hours} order={order} asOrderer={asOrderer} /> : null}
        <OrderPriceCard order={order} />
        <OrderWorkersCard order={order} asOrderer={asOrderer} />
        <SharedClientWords db={db} orderId={order.id} />
        <OrderDetailsCard order={order} />

        <Card>
          <SectionHeading className="mb-2">{t("terms.historyTitle")}</SectionHeading>
          <TermsAcceptanceHistory acceptances={order.acceptances} />
        </Card>

        <Card>
          <SectionHeading className="mb-2">{t("messages.title")}</SectionHeading>
          <p className="mb-3 text-muted">{t("messages.lead")}</p>
          <OrderMessages orderId={order.id} messages={messages} canPost={can(user, "order.message", target) && messagesOpen(order)} />
        </Card>

        {asOrderer ? <CancelOrderCard order={order} /> : null}
      </div>
    </>
  );
}
