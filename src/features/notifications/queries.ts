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

/** Messages not yet sent and not failed, oldest first. */
export function findWaitingOutbox(db: Db, limit: number) {
  return db.outboxMessage.findMany({ where: { sentAt: null, error: null }, orderBy: { createdAt: "asc" }, take: limit });
}

/** Unsent messages that have no send job in the queue yet, oldest first. */
export function findUnqueuedOutbox(db: Db, limit: number) {
  return db.outboxMessage.findMany({ where: { queuedAt: null, sentAt: null }, orderBy: { createdAt: "asc" }, take: limit, select: { id: true } });
}

export function findOutboxMessage(db: Db, id: string) {
  return db.outboxMessage.findUnique({ where: { id } });
}
