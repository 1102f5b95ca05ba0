import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";

// The in-process queue's rows (ADR 008) and the dead-letter records both queues write.

export interface NewLocalJob {
  name: string;
  data: object;
  key: string | null;
  startAfter: Date;
  maxAttempts: number;
  retryDelaySeconds: number;
}

/** ON CONFLICT DO NOTHING on (name, key): returns the new job's id, or the existing job's. */
export async function insertLocalJob(db: Db, job: NewLocalJob): Promise<string | null> {
  const id = randomUUID();
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "QueueJob" (id, name, data, key, "startAfter", "maxAttempts", "retryDelaySeconds")
    VALUES (${id}, ${job.name}, ${JSON.stringify(job.data)}::jsonb, ${job.key}, ${job.startAfter}, ${job.maxAttempts}, ${job.retryDelaySeconds})
    ON CONFLICT (name, key) DO NOTHING RETURNING id`;
  if (rows.length === 1) return rows[0]!.id;
  if (job.key === null) return null;
  const existing = await db.queueJob.findUnique({ where: { name_key: { name: job.name, key: job.key } }, select: { id: true } });
  return existing?.id ?? null;
}

export interface ClaimedJob {
  id: string;
  name: string;
  data: unknown;
  attempts: number;
  maxAttempts: number;
  retryDelaySeconds: number;
}

/**
 * Claims the next due job of one of `names`: waiting ones, and active ones whose lock ran out
 * (their worker died between claim and completion). SKIP LOCKED keeps two claimers apart.
 */
export async function claimLocalJob(db: Db, names: string[], now: Date, lockSeconds: number): Promise<ClaimedJob | null> {
  if (names.length === 0) return null;
  const lockedUntil = new Date(now.getTime() + lockSeconds * 1000);
  const rows = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "QueueJob" SET state = 'active', attempts = attempts + 1, "lockedUntil" = ${lockedUntil}
    WHERE id = (
      SELECT id FROM "QueueJob"
      WHERE name = ANY(${names}::text[])
        AND ((state IN ('created', 'retry') AND "startAfter" <= ${now}) OR (state = 'active' AND "lockedUntil" < ${now}))
      ORDER BY "startAfter", "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, name, data, attempts, "maxAttempts", "retryDelaySeconds"`;
  return rows[0] ?? null;
}

export async function completeLocalJob(db: Db, id: string, now: Date): Promise<void> {
  await db.queueJob.update({ where: { id }, data: { state: "completed", completedAt: now, lockedUntil: null } });
}

export async function retryLocalJobLater(db: Db, id: string, startAfter: Date, error: string): Promise<void> {
  await db.queueJob.update({ where: { id }, data: { state: "retry", startAfter, lockedUntil: null, lastError: error } });
}

/** The last attempt failed: the job is kept as failed and a dead-letter record written, together. */
export async function failLocalJob(db: Db, job: ClaimedJob, error: string, now: Date): Promise<void> {
  await db.$transaction([
    db.queueJob.update({ where: { id: job.id }, data: { state: "failed", lockedUntil: null, lastError: error } }),
    db.jobDeadLetter.createMany({
      data: [{ queue: job.name, jobId: job.id, data: (job.data ?? {}) as Prisma.InputJsonValue, error, attempts: job.attempts, failedAt: now }],
      skipDuplicates: true,
    }),
  ]);
}

export async function recordDeadLetter(db: Db, row: { queue: string; jobId: string; data: unknown; error: string; attempts: number; failedAt: Date }): Promise<void> {
  await db.jobDeadLetter.createMany({ data: [{ ...row, data: (row.data ?? {}) as Prisma.InputJsonValue }], skipDuplicates: true });
}

/** Marks a dead letter retried; false when someone retried it first. */
export async function markDeadLetterRetried(db: Db | Tx, id: string, at: Date): Promise<boolean> {
  const { count } = await db.jobDeadLetter.updateMany({ where: { id, retriedAt: null }, data: { retriedAt: at } });
  return count === 1;
}

export async function setDeadLetterRetryJob(db: Db, id: string, jobId: string | null): Promise<void> {
  await db.jobDeadLetter.update({ where: { id }, data: { retryJobId: jobId } });
}

/**
 * Forgets finished jobs whose rows nobody needs: completed before `before`, and either without a
 * key or with a cron slot's key (a past slot is never enqueued again). Other keyed jobs stay, so
 * their keys keep holding.
 */
export async function deleteFinishedLocalJobs(db: Db, before: Date): Promise<number> {
  const { count } = await db.queueJob.deleteMany({
    where: { state: "completed", completedAt: { lt: before }, OR: [{ key: null }, { key: { startsWith: "cron:" } }] },
  });
  return count;
}

export async function upsertLocalSchedule(db: Db, name: string, cron: string): Promise<void> {
  await db.queueSchedule.upsert({ where: { name }, create: { name, cron }, update: { cron } });
}

/** Moves a schedule's last slot forward; false when another instance took this slot. */
export async function advanceLocalSchedule(db: Db, name: string, from: Date | null, to: Date): Promise<boolean> {
  const { count } = await db.queueSchedule.updateMany({ where: { name, lastSlot: from }, data: { lastSlot: to } });
  return count === 1;
}
