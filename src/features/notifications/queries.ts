import { UNANSWERED_GIG_STATES } from "@/features/gigs/rules";
import { CHANGEABLE_ORDER_STATES, OPEN_ORDER_STATES } from "@/features/orders/status";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";

/** Accepted gigs starting in [from, to), with what a reminder says and where it goes. */
export function findGigsToRemind(db: Db, from: Date, to: Date) {
  return db.gig.findMany({
    // A gig reminded once is never reminded again (ADR 043); a new time is a new gig.
    where: { status: "ACCEPTED", startsAt: { gte: from, lt: to }, remindedAt: null },
    select: {
      id: true,
      clientId: true,
      startsAt: true,
      endsAt: true,
      bringItems: true,
      meetingPerson: true,
      client: { select: { id: true, unitId: true, userId: true, firstName: true, lastName: true, unit: { select: { phone: true } } } },
      order: {
        select: { title: true, streetAddress: true, postalCode: true, city: true, remote: true, siteContactName: true, ordererProvides: true, jobcenter: { select: { kind: true } } },
      },
    },
  });
}

/** A message the person's quiet hours (`notBefore`, ADR 044) no longer hold back. */
const notHeld = (now: Date) => ({ OR: [{ notBefore: null }, { notBefore: { lte: now } }] });

/**
 * Messages not yet sent and not given up, whose quiet hours (or retry wait) are over, oldest
 * first: the direct route's work list.
 */
export function findWaitingOutbox(db: Db, limit: number, now: Date = new Date()) {
  return db.outboxMessage.findMany({
    where: { sentAt: null, failedAt: null, ...notHeld(now) },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
}

/** Who a notification goes to and how they can be reached (ADR 044). */
export function findRecipient(db: Db | Tx, userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      phone: true,
      locale: true,
      active: true,
      client: { select: { phone: true, email: true, language: true, notificationPrefs: { select: { email: true, sms: true, push: true, quietStartMin: true, quietEndMin: true } } } },
      notificationPrefs: { select: { email: true, sms: true, push: true, quietStartMin: true, quietEndMin: true } },
      pushSubscriptions: { select: { id: true, endpoint: true, p256dh: true, auth: true }, orderBy: { createdAt: "asc" }, take: 10 },
    },
  });
}

export const NOTIFICATION_PAGE = 20;

/** One page of a person's notifications, newest first; `cursor` is the last row's id of the page before. */
export async function listNotifications(db: Db | Tx, userId: string, cursor?: string) {
  const after = cursor ? await db.notification.findFirst({ where: { id: cursor, userId }, select: { id: true, createdAt: true } }) : null;
  const rows = await db.notification.findMany({
    where: {
      userId,
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATION_PAGE + 1,
    select: { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true },
  });
  return { items: rows.slice(0, NOTIFICATION_PAGE), next: rows.length > NOTIFICATION_PAGE ? rows[NOTIFICATION_PAGE - 1]!.id : null };
}

/** The header's badge: an index-only count on (userId, readAt). */
export function countUnread(db: Db | Tx, userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}

export function findNotificationOwner(db: Db | Tx, id: string) {
  return db.notification.findUnique({ where: { id }, select: { id: true, userId: true } });
}

export function findClientUser(db: Db | Tx, clientId: string) {
  return db.client.findUnique({ where: { id: clientId }, select: { id: true, unitId: true, userId: true } });
}

const prefSelect = { email: true, sms: true, push: true, quietStartMin: true, quietEndMin: true } as const;

/** A client as a recipient (ADR 046): with a sign-in, their account; without, their own reach and choices. */
export function findClientRecipient(db: Db | Tx, clientId: string) {
  return db.client.findUnique({
    where: { id: clientId },
    select: {
      id: true,
      unitId: true,
      userId: true,
      firstName: true,
      lastName: true,
      phone: true,
      email: true,
      language: true,
      notificationPrefs: { select: prefSelect },
    },
  });
}

/** The channels staff see for a client: the account's when it has chosen, else the client's row (ADR 046). */
export async function findClientChannelPrefs(db: Db | Tx, client: { id: string; userId: string | null }) {
  const own = client.userId ? await db.notificationPreference.findUnique({ where: { userId: client.userId }, select: prefSelect }) : null;
  return own ?? (await db.clientNotificationPreference.findUnique({ where: { clientId: client.id }, select: prefSelect }));
}

export function findNotificationPrefs(db: Db | Tx, userId: string) {
  return db.notificationPreference.findUnique({ where: { userId }, select: { email: true, sms: true, push: true, quietStartMin: true, quietEndMin: true } });
}

/**
 * Unsent messages that have no send job in the queue yet, oldest first. A message held by the
 * person's quiet hours (`notBefore`, ADR 044) waits for a sweep after that moment.
 */
export function findUnqueuedOutbox(db: Db, limit: number, now: Date) {
  return db.outboxMessage.findMany({
    where: { queuedAt: null, sentAt: null, ...notHeld(now) },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
}

export function findOutboxMessage(db: Db, id: string) {
  return db.outboxMessage.findUnique({ where: { id } });
}

// ───────────── staff and orderer recipients (issue 12's matrix) ─────────────
// Bounded: a Jobcenter has a handful of coordinators, a unit a handful of staff, an orderer a few
// contacts; the cap keeps a misconfigured organisation from turning one event into a mass mailing.
const RECIPIENT_CAP = 50;

/** Active users with an active membership of this role in the Jobcenter / unit / orderer. */
export async function findMemberUserIds(
  db: Db | Tx,
  where: { role: "COORDINATOR"; jobcenterId: string } | { role: "UNIT_STAFF"; unitId: string } | { role: "ORDERER_CONTACT"; ordererId: string },
): Promise<string[]> {
  const rows = await db.membership.findMany({
    where: { ...where, active: true, user: { active: true } },
    select: { userId: true },
    orderBy: { createdAt: "asc" },
    take: RECIPIENT_CAP,
  });
  return [...new Set(rows.map((r) => r.userId))];
}

// ───────────── the orderer's and the coordinator's rows (ADR 045) ─────────────

export function findOrderForNotice(db: Db | Tx, orderId: string) {
  return db.order.findUnique({ where: { id: orderId }, select: { id: true, number: true, title: true, jobcenterId: true, ordererId: true } });
}

/**
 * Where an orderer nobody at which has an account is told: the person the order's review link
 * went to (ADR 024), else the orderer's own address; in that person's language, else Finnish.
 */
export async function findOrdererContactAddress(db: Db | Tx, to: { ordererId: string; orderId?: string }): Promise<{ email: string; locale: string } | null> {
  if (to.orderId) {
    const token = await db.authToken.findFirst({
      where: { orderId: to.orderId, kind: "ORDER_REVIEW" },
      orderBy: { createdAt: "desc" },
      select: { user: { select: { email: true, locale: true, active: true } } },
    });
    if (token?.user.active && token.user.email) return { email: token.user.email, locale: token.user.locale };
  }
  const orderer = await db.orderer.findUnique({ where: { id: to.ordererId }, select: { email: true } });
  if (!orderer?.email) return null;
  const person = await db.user.findUnique({ where: { email: orderer.email }, select: { locale: true } });
  return { email: orderer.email, locale: person?.locale ?? "fi" };
}

/** How many times the order's terms were accepted: the n-th acceptance is its own event. */
export function countTermsAcceptances(db: Db | Tx, orderId: string) {
  return db.termsAcceptance.count({ where: { orderId } });
}

/** How many times the order became fully staffed (SCHEDULED): each is its own "workers confirmed". */
export function countStatusEvents(db: Db | Tx, orderId: string, status: "SCHEDULED") {
  return db.orderStatusEvent.count({ where: { orderId, status } });
}

/** A registration's submitted orders, which reach the coordinators once the address is confirmed. */
export function findSubmittedOrdersOf(db: Db | Tx, userId: string) {
  return db.order.findMany({
    where: { createdById: userId, submittedAt: { not: null }, status: { in: [...OPEN_ORDER_STATES] } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 20,
  });
}

export function findUnitName(db: Db | Tx, unitId: string) {
  return db.unit.findUnique({ where: { id: unitId }, select: { name: true } });
}

/**
 * Orders with a staffed gig on the Helsinki day [from, to): the orderer's day-before notice.
 * Keyset on the order id; bounded per page.
 */
export async function findOrdersWorkingBetween(db: Db | Tx, from: Date, to: Date, after: string | null, take: number) {
  const gigs = await db.gig.findMany({
    where: { status: "ACCEPTED", startsAt: { gte: from, lt: to }, ...(after ? { orderId: { gt: after } } : {}) },
    select: { orderId: true, startsAt: true },
    orderBy: [{ orderId: "asc" }, { startsAt: "asc" }],
    distinct: ["orderId"],
    take,
  });
  return gigs;
}

/** Gigs nobody has said yes to yet (planned or offered) that start in [from, to), of open orders. */
export function findUnconfirmedGigs(db: Db | Tx, from: Date, to: Date, after: string | null, take: number) {
  return db.gig.findMany({
    where: {
      status: { in: [...UNANSWERED_GIG_STATES] },
      startsAt: { gte: from, lt: to },
      order: { status: { in: [...CHANGEABLE_ORDER_STATES] } },
      ...(after ? { id: { gt: after } } : {}),
    },
    select: { id: true, orderId: true, startsAt: true, status: true },
    orderBy: { id: "asc" },
    take,
  });
}
// ───────────── who is told what: the unit staff's and the client's rows (ADR 046) ─────────────

const gigForNotify = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  remindedAt: true,
  reportedMinutes: true,
  clientId: true,
  client: { select: { id: true, unitId: true, firstName: true, lastName: true } },
  order: { select: { title: true } },
} as const;

/** A gig with what its notifications say: the order's title, the client's name and unit. */
export function findGigForNotify(db: Db | Tx, gigId: string) {
  return db.gig.findUnique({ where: { id: gigId }, select: gigForNotify });
}

/** Keeps a misconfigured clock or a backlog from turning one run into thousands of messages. */
const WATCH_BATCH = 500;

/**
 * Offered gigs whose client has not answered (ADR 046): still OFFERED, starting in the future,
 * offered at least `minWaitMs` ago (an OFFERED gig is changed only by being offered, so its
 * `updatedAt` is when), and either starting before `soonBefore` or waiting since `longBefore`.
 */
export function findUnansweredGigs(db: Db | Tx, w: { now: Date; offeredBefore: Date; soonBefore: Date; longBefore: Date }) {
  return db.gig.findMany({
    where: {
      status: "OFFERED",
      startsAt: { gt: w.now },
      updatedAt: { lte: w.offeredBefore },
      OR: [{ startsAt: { lt: w.soonBefore } }, { updatedAt: { lte: w.longBefore } }],
    },
    orderBy: { startsAt: "asc" },
    take: WATCH_BATCH,
    select: gigForNotify,
  });
}

/**
 * Gigs that ended without hours (ADR 046): accepted or started, planned to end before
 * `endedBefore`; only those that started after `since`, so a gig nobody closed years ago is not
 * raised every hour (and the (status, startsAt) index bounds the scan).
 */
export function findGigsMissingCheckout(db: Db | Tx, w: { endedBefore: Date; since: Date }) {
  return db.gig.findMany({
    where: { status: { in: ["ACCEPTED", "STARTED"] }, startsAt: { gte: w.since }, endsAt: { lte: w.endedBefore } },
    orderBy: { startsAt: "asc" },
    take: WATCH_BATCH,
    select: gigForNotify,
  });
}

/** The client's benefits (for the limit check after hours are approved). */
export function findClientBenefits(db: Db | Tx, clientId: string) {
  return db.client.findUnique({ where: { id: clientId }, select: { id: true, unitId: true, firstName: true, lastName: true, benefits: true } });
}
