import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/ActionButton";
import { Alert, Badge, Card, PageHeader } from "@/components/ui/Card";
import { SectionHeading, TextLink } from "@/components/ui/Text";
import { can } from "@/features/auth/permissions";
import { markOrderApproved } from "@/features/coordination/actions";
import { NominationsCard } from "@/features/coordination/components/NominationsCard";
import { OffersCard } from "@/features/coordination/components/OffersCard";
import { OrderDetailsCard } from "@/features/coordination/components/OrderDetailsCard";
import { SessionsCard } from "@/features/coordination/components/SessionsCard";
import { coordinatorOrder, coordinatorSessions } from "@/features/coordination/queries";
import { ReviewLinkCard } from "@/features/intake/components/ReviewLinkCard";
import { OrdererReviewCard } from "@/features/orderers/components/OrdererReviewCard";
import { isOrdererIn, VISIBLE_ORDERER_STATES } from "@/features/orderers/rules";
import { DisputesCard } from "@/features/hours/components/DisputesCard";
import { OrderHoursCard } from "@/features/hours/components/OrderHoursCard";
import { openDisputes } from "@/features/hours/queries";
import { hoursTotals, orderHoursApproved } from "@/features/hours/rules";
import { CoordinatorOrderPanel } from "@/features/orders/components";
import { termsAccepted } from "@/features/orders/rules";
import { requireRole } from "@/server/page";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, user, now } = await requireRole("COORDINATOR");
  const order = await coordinatorOrder(db, id);
  if (!order || !can(user, "order.coordinate", { jobcenterId: order.jobcenterId })) notFound();
  // Until the contact opens the email link, the order has not reached anyone (ADR 055).
  if (!isOrdererIn(VISIBLE_ORDERER_STATES, order.orderer.status)) notFound();
  const sessions = await coordinatorSessions(db, order, now());
  const t = await getTranslations("coordination");
  const disputes = await openDisputes(db, order.id);
  const hours = hoursTotals(order.gigs);

  return (
    <>
      <p className="mb-2">
        <TextLink href="/coordinator">{t("order.back")}</TextLink>
      </p>
      <PageHeader title={t("order.title", { number: order.number, title: order.title })} actions={<Badge tone="info">{t(`status.${order.status}`)}</Badge>} />
      {order.orderer.status === "UNVERIFIED" ? (
        <div className="mb-6">
          <Alert tone="warn">{t("inbox.flagUnverified")}</Alert>
        </div>
      ) : null}
      {!termsAccepted(order) ? (
        <div className="mb-6">
          <Alert tone="warn">{order.reacceptanceRequired ? t("order.reacceptance") : t("order.termsMissing")}</Alert>
        </div>
      ) : null}

      <div className="space-y-6">
        <OrderDetailsCard order={order} />
        <ReviewLinkCard db={db} order={order} now={now()} />
        <OrdererReviewCard orderId={order.id} ordererId={order.orderer.id} />
        {/* Messages with the orderer (questions and answers), price and scope changes, terms acceptances, feedback: the orders feature's panel. */}
        <CoordinatorOrderPanel orderId={order.id} />
        <OffersCard order={order} />
        <NominationsCard order={order} now={now()} />
        <SessionsCard order={order} sessions={sessions} />
        <DisputesCard disputes={disputes} />
        <OrderHoursCard gigs={order.gigs} now={now()} />
        {order.status === "DONE" ? (
          <Card>
            <SectionHeading className="mb-1">{t("close.title")}</SectionHeading>
            <p className="mb-3">{t("close.lead", { approved: hours.approvedGigs, total: hours.gigs })}</p>
            {orderHoursApproved(order.gigs) ? (
              <ActionButton action={markOrderApproved} input={{ orderId: order.id }} variant="primary">
                {t("close.submit")}
              </ActionButton>
            ) : (
              <Alert tone="warn">{t("close.notAll")}</Alert>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
