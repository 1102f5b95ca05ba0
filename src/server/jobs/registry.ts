import { confirmOverdueHours } from "@/features/hours/deadline";
import { runScheduledInvoicing } from "@/features/invoicing/mutations";
import { autoInvoicingJobcenterIds } from "@/features/invoicing/queries";
import { monthlyRunKey, previousMonth } from "@/features/invoicing/rules";
import { dayKey } from "@/lib/dates";
import type { Channel } from "@/features/notifications/channels";
import { enqueueOutboxSends, queueGigReminders, sendOutboxMessage } from "@/features/notifications/reminders";
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

/**
 * The month's invoice runs (ADR 008): one job per Jobcenter with its automatic run on, keyed by
 * Jobcenter and month, so a second fan-out (a retry, a missed slot run at start-up) adds none.
 * The month is the one before `now` in Helsinki, fixed in the job's data: a retry days later
 * still bills the same month.
 */
export async function enqueueMonthlyInvoicing(queue: JobQueue, db: Db, now: Date): Promise<number> {
  const month = previousMonth(dayKey(now));
  const ids = await autoInvoicingJobcenterIds(db);
  for (const jobcenterId of ids) {
    // a failed run is retried twice (a passing lock, a restart); a missing seller detail will not heal by itself
    await queue.enqueue(JOB.invoicesJobcenter, { jobcenterId, month }, { key: monthlyRunKey(jobcenterId, month), retryLimit: 2, retryDelaySeconds: 300 });
  }
  return ids.length;
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
  await queue.work(JOB.throttles, async () => {
    await sweepThrottles(db, new Date());
  });
  await queue.work(JOB.invoicesMonthly, async () => {
    await enqueueMonthlyInvoicing(queue, db, new Date());
  });
  await queue.work<{ jobcenterId: string; month: string }>(JOB.invoicesJobcenter, async ({ jobcenterId, month }) => {
    await runScheduledInvoicing(db, jobcenterId, month, new Date());
  });
  if (options.schedules ?? true) {
    for (const [name, cron] of Object.entries(SCHEDULES)) await queue.schedule(name, cron);
  }
}
