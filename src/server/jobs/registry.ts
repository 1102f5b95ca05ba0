import { confirmOverdueHours } from "@/features/hours/deadline";
import type { Channel } from "@/features/notifications/channels";
import { enqueueOutboxSends, queueGigReminders, sendOutboxMessage } from "@/features/notifications/reminders";
import { tellMissingCheckouts, tellUnansweredOffers } from "@/features/notifications/watch";
import type { Db } from "@/server/db";
import { sweepThrottles } from "@/server/db/rate-limit";
import { enqueueRequestedRetries } from "./dead-letters";
import { JOB, SCHEDULES } from "./names";
import type { EnqueueOptions, JobQueue } from "./types";

export { JOB, JOB_NAMES, SCHEDULES } from "./names";

// The app's jobs' handlers (ADR 008); their names and schedules are in names.ts.

/** Sending retries for longer than a lease lasts, so a message held by a dead sender gets its turn. */
const SEND_RETRIES = { retryLimit: 8, retryDelaySeconds: 30 };

export function enqueueSend(queue: JobQueue, messageId: string, options: EnqueueOptions = {}) {
  return queue.enqueue(JOB.send, { messageId }, { key: `outbox:${messageId}`, ...SEND_RETRIES, ...options });
}

export interface JobDeps {
  db: Db;
  channels: readonly Channel[];
  /** Crash-test hooks for the send job. */
  sendHooks?: Parameters<typeof sendOutboxMessage>[4];
}

/** Handlers for every job, and the schedules when `schedules` is on (one worker may skip them). */
export async function registerJobs(queue: JobQueue, deps: JobDeps, options: { schedules?: boolean } = {}): Promise<void> {
  const { db } = deps;
  await queue.work(JOB.reminders, async () => {
    await queueGigReminders(db, new Date());
    await enqueueOutboxSends(db, (id) => enqueueSend(queue, id), new Date());
  });
  await queue.work(JOB.outbox, async () => {
    await enqueueOutboxSends(db, (id) => enqueueSend(queue, id), new Date());
  });
  await queue.work<{ messageId: string }>(JOB.send, async ({ messageId }) => {
    await sendOutboxMessage(db, deps.channels, messageId, new Date(), deps.sendHooks);
  });
  await queue.work(JOB.hoursConfirm, async () => {
    await confirmOverdueHours(db, new Date());
  });
  await queue.work(JOB.retries, async () => {
    await enqueueRequestedRetries(db, queue);
  });
  await queue.work(JOB.unanswered, async () => {
    await tellUnansweredOffers(db, new Date());
  });
  await queue.work(JOB.checkout, async () => {
    await tellMissingCheckouts(db, new Date());
  });
  await queue.work(JOB.throttles, async () => {
    await sweepThrottles(db, new Date());
  });
  if (options.schedules ?? true) {
    for (const [name, cron] of Object.entries(SCHEDULES)) await queue.schedule(name, cron);
  }
}
