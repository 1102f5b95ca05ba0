import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";

/** Accepted gigs starting in [from, to), with what a reminder says and where it goes. */
export function findGigsToRemind(db: Db, from: Date, to: Date) {
  return db.gig.findMany({
    where: { status: "ACCEPTED", startsAt: { gte: from, lt: to } },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      bringItems: true,
      meetingPerson: true,
      client: { select: { firstName: true, lastName: true, user: { select: { email: true, locale: true } }, unit: { select: { email: true, phone: true } } } },
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
      client: { select: { phone: true, email: true, language: true } },
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
