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
export function findDeadLetters(db: Db, take: number, cursor?: DeadLetterCursor) {
  return db.jobDeadLetter.findMany({
    where: cursor ? { OR: [{ failedAt: { lt: cursor.failedAt } }, { failedAt: cursor.failedAt, id: { lt: cursor.id } }] } : undefined,
    orderBy: [{ failedAt: "desc" }, { id: "desc" }],
    take,
  });
}

export function findDeadLetter(db: Db, id: string) {
  return db.jobDeadLetter.findUnique({ where: { id } });
}
