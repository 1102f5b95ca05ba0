import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Badge, PageHeader } from "@/components/ui/Card";
import { TextLink } from "@/components/ui/Text";
import { can } from "@/features/auth/permissions";
import { NextStepPanel } from "@/features/coordination/components/NextStepPanel";
import { NominationsCard } from "@/features/coordination/components/NominationsCard";
import { OffersCard } from "@/features/coordination/components/OffersCard";
import { OrderDetailsCard } from "@/features/coordination/components/OrderDetailsCard";
import { SessionsCard } from "@/features/coordination/components/SessionsCard";
import { coordinatorOrder, coordinatorSessions } from "@/features/coordination/queries";
import { ReviewLinkCard } from "@/features/intake/components/ReviewLinkCard";
import { nextStep } from "@/features/coordination/rules";
import { BOOKING_STATES, isGigIn } from "@/features/gigs/rules";
import { OrdererReviewCard } from "@/features/orderers/components/OrdererReviewCard";
import { isOrdererIn, VISIBLE_ORDERER_STATES } from "@/features/orderers/rules";
import { DisputesCard } from "@/features/hours/components/DisputesCard";
import { OrderHoursCard } from "@/features/hours/components/OrderHoursCard";
import { openDisputes } from "@/features/hours/queries";
import { CoordinatorOrderPanel } from "@/features/orders/components";
import { termsAccepted } from "@/features/orders/rules";
import { requireRole } from "@/server/page";

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ s?: string; n?: string }> }) {
  const { id } = await params;
  const sp = await searchParams;
  const { db, user, now } = await requireRole("COORDINATOR");
  const order = await coordinatorOrder(db, id);
  if (!order || !can(user, "order.coordinate", { jobcenterId: order.jobcenterId })) notFound();
  // Until the contact opens the email link, the order has not reached anyone (ADR 055).
  if (!isOrdererIn(VISIBLE_ORDERER_STATES, order.orderer.status)) notFound();
  const at = now();
  // "Show more" of one session's matching list: ?s=<session>&n=<how many>.
  const shown = Number.parseInt(sp.n ?? "", 10);
  const more = sp.s && Number.isInteger(shown) ? { sessionId: sp.s, shown } : undefined;
  const sessions = await coordinatorSessions(db, order, at, more);
  const t = await getTranslations("coordination");
  const disputes = await openDisputes(db, order.id);

  const inSession = new Set(order.gigs.filter((g) => isGigIn(BOOKING_STATES, g.status)).map((g) => g.clientId));
  const unassignedNominations = order.nominations.filter((n) => n.validUntil > at && !inSession.has(n.clientId)).length;
  const step = nextStep({
    status: order.status,
    ordererUnverified: order.orderer.status === "UNVERIFIED",
    termsAccepted: termsAccepted(order),
    reacceptanceRequired: order.reacceptanceRequired,
    offers: order.offers,
    unassignedNominations,
    sessions,
    gigs: order.gigs,
  });
  const counts = {
    planned: order.gigs.filter((g) => g.status === "PLANNED" && (!g.onWorkActivityDay || g.workActivityDayConfirmedById !== null)).length,
    reported: order.gigs.filter((g) => g.status === "REPORTED").length,
    nominations: unassignedNominations,
  };

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

      {/* The next action first; then the work (sessions and matching, offers, hours); the order's details folded below. */}
      <div className="space-y-6">
        <NextStepPanel orderId={order.id} step={step} counts={counts} />
        {/* The orderer's disputes wait for the coordinator's answer: next to the next step. */}
        <DisputesCard disputes={disputes} />
        <SessionsCard order={order} sessions={sessions} more={more} />
        <OffersCard order={order} />
        <NominationsCard order={order} now={at} />
        <div id="hours">
          <OrderHoursCard gigs={order.gigs} now={at} />
        </div>
        <div id="orderer-review">
          <OrdererReviewCard orderId={order.id} ordererId={order.orderer.id} />
        </div>
        <details id="order-more" className="rounded-lg border border-gray-200 bg-white p-3" open={step === "waitTerms" || step === "waitReacceptance"}>
          <summary className="min-h-11 cursor-pointer py-2 text-lg font-semibold text-brand-700">{t("order.more")}</summary>
          <div className="mt-4 space-y-6">
            <OrderDetailsCard order={order} />
            <ReviewLinkCard db={db} order={order} now={at} />
            {/* Messages with the orderer (questions and answers), price and scope changes, terms acceptances, feedback: the orders feature's panel. */}
            <CoordinatorOrderPanel orderId={order.id} />
          </div>
        </details>
      </div>
    </>
  );
}
