import type { Db } from "@/server/db";
import { markDeadLetterRetried, setDeadLetterRetryJob } from "./mutations";
import { findDeadLetter } from "./queries";
import type { JobQueue } from "./types";

export type RetryResult = { ok: true; jobId: string | null } | { ok: false; reason: "notFound" | "alreadyRetried" };

/**
 * Runs a dead job again as a new job with the same data. Marked first, and the key is the dead
 * letter's own, so two staff pressing the button at once make one job.
 */
export async function retryDeadLetter(db: Db, queue: JobQueue, id: string, now: Date): Promise<RetryResult> {
  const dead = await findDeadLetter(db, id);
  if (!dead) return { ok: false, reason: "notFound" };
  if (!(await markDeadLetterRetried(db, id, now))) return { ok: false, reason: "alreadyRetried" };
  const jobId = await queue.enqueue(dead.queue, (dead.data ?? {}) as object, { key: `retry:${id}` });
  await setDeadLetterRetryJob(db, id, jobId);
  return { ok: true, jobId };
}
