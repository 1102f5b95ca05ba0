import type { Tx } from "@/server/action";
import { hashToken } from "@/lib/hash";
import { forOrderer } from "./rules";

type Reader = Tx;

// Bounded lists: a profile shows the latest of each side; older ones are in the gigs' history.
const PROFILE_TAKE = 20;

/** A gig with what the permission check needs (the client, their unit and its Jobcenter). */
export function findGigForFeedback(db: Reader, gigId: string) {
  return db.gig.findUnique({
    where: { id: gigId },
    select: {
      id: true,
      status: true,
      orderId: true,
      clientId: true,
      startsAt: true,
      client: { select: { unitId: true, unit: { select: { jobcenterId: true } } } },
      order: { select: { ordererId: true, jobcenterId: true, title: true } },
    },
  });
}

/** The client's own feedback on one gig and the orderer's recorded words (for the client's gig page). */
export async function gigFeedbackForClient(db: Reader, gigId: string) {
  const own = await db.gigClientFeedback.findUnique({ where: { gigId }, select: { mood: true, words: true, shareWithOrderer: true } });
  const orderer = await db.feedback.findMany({
    where: { gigId, onProfile: true },
    orderBy: { createdAt: "asc" },
    take: 5,
    select: { id: true, rating: true, comment: true, onProfile: true },
  });
  return { own, orderer };
}

/** Both sides on the client's profile, for staff (the page has already checked and audited the read). */
export async function clientFeedbackOverview(db: Reader, clientId: string) {
  const fromOrderers = await db.feedback.findMany({
    where: { clientId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PROFILE_TAKE,
    select: { id: true, rating: true, comment: true, onProfile: true, createdAt: true, order: { select: { title: true, orderer: { select: { name: true } } } } },
  });
  const own = await db.gigClientFeedback.findMany({
    where: { clientId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PROFILE_TAKE,
    select: { id: true, mood: true, words: true, shareWithOrderer: true, createdAt: true, gig: { select: { startsAt: true, order: { select: { title: true } } } } },
  });
  const debriefs = await db.gigDebrief.findMany({
    where: { clientId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PROFILE_TAKE,
    select: { id: true, wentWell: true, toPractise: true, clientView: true, createdAt: true, gig: { select: { startsAt: true, order: { select: { title: true } } } } },
  });
  return { fromOrderers, own, debriefs };
}
export type FeedbackOverview = Awaited<ReturnType<typeof clientFeedbackOverview>>;

/** The client's done gigs of the last months without a debrief yet, newest first (the unit's debrief form). */
export function gigsToDebrief(db: Reader, clientId: string, now: Date) {
  return db.gig.findMany({
    where: { clientId, status: { in: ["REPORTED", "APPROVED"] }, debrief: null, startsAt: { gte: new Date(now.getTime() - 90 * 86_400_000) } },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: 10,
    select: { id: true, startsAt: true, order: { select: { title: true } } },
  });
}

/**
 * What an orderer is shown of the workers' own words on an order: only what a client chose to
 * share, with the first name (never anything else of the client).
 */
export async function sharedClientWords(db: Reader, orderId: string) {
  const rows = await db.gigClientFeedback.findMany({
    where: { gig: { orderId }, shareWithOrderer: true },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: { id: true, mood: true, words: true, shareWithOrderer: true, client: { select: { firstName: true } } },
  });
  return rows.flatMap((r) => {
    const shown = forOrderer(r);
    return shown ? [{ id: r.id, firstName: r.client.firstName, ...shown }] : [];
  });
}

/** The order's worked gigs, one per worker by first name (the orderer's feedback page). */
export async function gigsForOrdererFeedback(db: Reader, orderId: string) {
  const gigs = await db.gig.findMany({
    where: { orderId, status: { in: ["REPORTED", "APPROVED"] } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, startsAt: true, client: { select: { firstName: true } }, feedback: { select: { rating: true, comment: true, authorUserId: true } } },
  });
  return gigs.map((g) => ({ id: g.id, startsAt: g.startsAt, firstName: g.client.firstName, feedback: g.feedback }));
}

/** The order as the feedback request needs it: who to ask, in which language. */
export function orderForFeedbackAsk(db: Reader, orderId: string) {
  return db.order.findUnique({
    where: { id: orderId },
    select: { id: true, number: true, title: true, ordererId: true, jobcenterId: true, orderer: { select: { email: true } }, jobcenter: { select: { name: true } } },
  });
}

/** The contact a coordinator named for an entered order (ADR 024): the review link's person. */
export function reviewContactOf(db: Reader, orderId: string) {
  return db.authToken.findFirst({
    where: { orderId, kind: "ORDER_REVIEW" },
    orderBy: { createdAt: "desc" },
    select: { user: { select: { id: true, email: true, locale: true, name: true, active: true } } },
  });
}

/** A feedback link by its token (only the hash is stored). */
export function findFeedbackLink(db: Reader, token: string) {
  return db.feedbackLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, orderId: true, userId: true, email: true, expiresAt: true, order: { select: { title: true, number: true, ordererId: true, jobcenterId: true } } },
  });
}
