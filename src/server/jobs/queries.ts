import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";

export function findLocalSchedules(db: Db) {
  return db.queueSchedule.findMany({ orderBy: { name: "asc" } });
}

export function findLocalJob(db: Db, id: string) {
  return db.queueJob.findUnique({ where: { id } });
}

export interface DeadLetterCursor {
  failedAt: Date;
  id: string;
}

/** Dead letters newest first, a page at a time (keyset on failedAt, id). */
export function findDeadLetters(db: Db | Tx, take: number, cursor?: DeadLetterCursor) {
  return db.jobDeadLetter.findMany({
    where: cursor ? { OR: [{ failedAt: { lt: cursor.failedAt } }, { failedAt: cursor.failedAt, id: { lt: cursor.id } }] } : undefined,
    orderBy: [{ failedAt: "desc" }, { id: "desc" }],
    take,
  });
}

export function findDeadLetter(db: Db | Tx, id: string) {
  return db.jobDeadLetter.findUnique({ where: { id } });
}

/** Dead letters staff asked to run again that have no new job yet. */
export function findRequestedRetries(db: Db, take: number) {
  return db.jobDeadLetter.findMany({ where: { retriedAt: { not: null }, retryJobId: null }, orderBy: { retriedAt: "asc" }, take });
}
