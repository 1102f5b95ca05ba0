import type { Db } from "@/server/db";
import type { Tx } from "@/server/action";
import { markDeadLetterRetried, setDeadLetterRetryJob } from "./mutations";
import { findDeadLetter, findRequestedRetries } from "./queries";
import type { JobQueue } from "./types";

export type RetryResult = { ok: true } | { ok: false; reason: "notFound" | "alreadyRetried" };

/**
 * Staff ask for a dead job to run again (the admin action, inside its transaction). The
 * `jobs.retries` job enqueues it; asking twice, or two staff at once, makes one new job.
 */
export async function requestRetry(tx: Db | Tx, id: string, now: Date): Promise<RetryResult> {
  if (!(await findDeadLetter(tx, id))) return { ok: false, reason: "notFound" };
  if (!(await markDeadLetterRetried(tx, id, now))) return { ok: false, reason: "alreadyRetried" };
  return { ok: true };
}

/**
 * Enqueues the retries staff asked for, as new jobs with the dead job's data. The dead letter's
 * id is the key, so a crash between enqueue and mark enqueues nothing twice.
 */
export async function enqueueRequestedRetries(db: Db, queue: JobQueue, limit = 100): Promise<number> {
  const asked = await findRequestedRetries(db, limit);
  for (const dead of asked) {
    const jobId = await queue.enqueue(dead.queue, (dead.data ?? {}) as object, { key: `retry:${dead.id}` });
    await setDeadLetterRetryJob(db, dead.id, jobId ?? "");
  }
  return asked.length;
}
