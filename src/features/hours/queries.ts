import type { Tx } from "@/server/action";

export function findGigForHours(tx: Tx, gigId: string) {
  return tx.gig.findUnique({
    where: { id: gigId },
    include: { client: { select: { unitId: true } }, order: { select: { id: true, jobcenterId: true } } },
  });
}

const reviewGigSelect = {
  id: true,
  orderId: true,
  status: true,
  startsAt: true,
  endsAt: true,
  plannedMinutes: true,
  approvedMinutes: true,
  approvedAt: true,
  hoursConfirmedAt: true,
  hoursDisputedAt: true,
  updatedAt: true,
} as const;

/**
 * The terms' days for the orderer's answer: those of the terms version the orderer accepted
 * last for the order; null when the order has no acceptance (then nothing is deemed confirmed).
 */
async function confirmationDaysOf(tx: Tx, orderId: string): Promise<number | null> {
  const acceptance = await tx.termsAcceptance.findFirst({
    where: { orderId },
    orderBy: { acceptedAt: "desc" },
    select: { termsVersion: { select: { hoursConfirmationDays: true } } },
  });
  return acceptance?.termsVersion.hoursConfirmationDays ?? null;
}

/** An order with the review facts of its gigs, for confirming, disputing and the deadline job. */
export async function findOrderForReview(tx: Tx, orderId: string) {
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { id: true, ordererId: true, jobcenterId: true, status: true } });
  if (!order) return null;
  const gigs = await tx.gig.findMany({ where: { orderId }, select: reviewGigSelect, orderBy: { startsAt: "asc" } });
  return { ...order, gigs, confirmationDays: await confirmationDaysOf(tx, orderId) };
}
export type ReviewOrder = NonNullable<Awaited<ReturnType<typeof findOrderForReview>>>;

/** A gig with its order's owner, for a dispute and its answer. */
export function findGigForReview(tx: Tx, gigId: string) {
  return tx.gig.findUnique({ where: { id: gigId }, select: { ...reviewGigSelect, clientId: true, order: { select: { id: true, ordererId: true, jobcenterId: true } } } });
}

/**
 * Orders with approved hours still waiting for the orderer (the deadline job's work list), a
 * page at a time by id; the index on Gig(status, hoursConfirmedAt) finds them.
 */
export async function findOrdersAwaitingReview(db: Tx, afterOrderId: string | null, take: number): Promise<string[]> {
  const rows = await db.gig.groupBy({
    by: ["orderId"],
    where: { status: "APPROVED", hoursConfirmedAt: null, hoursDisputedAt: null, ...(afterOrderId ? { orderId: { gt: afterOrderId } } : {}) },
    orderBy: { orderId: "asc" },
    take,
  });
  return rows.map((r) => r.orderId);
}

/** The orderer's view of an order's hours: the worker's first name only, with the review trail. */
export async function orderHoursForOrderer(db: Tx, orderId: string) {
  const order = await findOrderForReview(db, orderId);
  if (!order) return null;
  const names = await db.gig.findMany({ where: { orderId }, select: { id: true, client: { select: { firstName: true } } } });
  const reviews = await db.hoursReview.findMany({
    where: { orderId },
    orderBy: { createdAt: "asc" },
    select: { id: true, gigId: true, kind: true, minutes: true, reason: true, createdAt: true },
  });
  const first = new Map(names.map((n) => [n.id, n.client.firstName]));
  return {
    ...order,
    gigs: order.gigs.map((g) => ({ ...g, firstName: first.get(g.id) ?? "", reviews: reviews.filter((r) => r.gigId === g.id) })),
  };
}
export type OrdererHours = NonNullable<Awaited<ReturnType<typeof orderHoursForOrderer>>>;

/** Open disputes of an order for the coordinator, with what the orderer wrote. */
export async function openDisputes(db: Tx, orderId: string) {
  const gigs = await db.gig.findMany({
    where: { orderId, hoursDisputedAt: { not: null }, hoursConfirmedAt: null },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true, approvedMinutes: true, hoursDisputedAt: true, client: { select: { firstName: true, lastName: true } } },
  });
  const reviews = await db.hoursReview.findMany({
    where: { gigId: { in: gigs.map((g) => g.id) }, kind: "DISPUTED" },
    orderBy: { createdAt: "desc" },
    select: { gigId: true, reason: true, createdAt: true },
  });
  return gigs.map((g) => ({ ...g, reason: reviews.find((r) => r.gigId === g.id)?.reason ?? "" }));
}

/**
 * Open disputes in the coordinator's Jobcenters, oldest first and at most `take`: the home page
 * links each to its order (an approved order is no longer in the inbox).
 */
export function openDisputesInJobcenters(db: Tx, jobcenterIds: readonly string[], take = 50) {
  return db.gig.findMany({
    where: { status: "APPROVED", hoursConfirmedAt: null, hoursDisputedAt: { not: null }, order: { jobcenterId: { in: [...jobcenterIds] } } },
    orderBy: [{ hoursDisputedAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, startsAt: true, hoursDisputedAt: true, order: { select: { id: true, number: true, title: true } }, client: { select: { firstName: true } } },
  });
}
