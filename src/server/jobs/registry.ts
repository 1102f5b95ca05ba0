import { confirmOverdueHours } from "@/features/hours/deadline";
import { queueOrdererDayBefore, queueUnconfirmedGigAlerts } from "@/features/notifications/matrix-jobs";
import { DeliveryError, type Channel } from "@/features/notifications/channels";
import { runScheduledInvoicing } from "@/features/invoicing/mutations";
import { autoInvoicingJobcenterIds } from "@/features/invoicing/queries";
import { monthlyRunKey, previousMonth } from "@/features/invoicing/rules";
import { dayKey } from "@/lib/dates";
import { enqueueOutboxSends, queueGigReminders, sendOutboxMessage } from "@/features/notifications/reminders";
import { tellMissingCheckouts, tellUnansweredOffers } from "@/features/notifications/watch";
import type { Db } from "@/server/db";
import { sweepThrottles } from "@/server/db/rate-limit";
import { enqueueRequestedRetries } from "./dead-letters";
import { recordDeadLetter } from "./mutations";
import { JOB, SCHEDULES } from "./names";
import { errorText, type EnqueueOptions, type JobQueue } from "./types";

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
  await queue.work<{ messageId: string }>(JOB.send, async ({ messageId }, job) => {
    try {
      await sendOutboxMessage(db, deps.channels, messageId, new Date(), deps.sendHooks);
    } catch (error) {
      // A 4xx (a bad number, a refused payload) fails the same way every time (ADR 044, 046):
      // no retries, a dead letter at once for staff to see and retry; a dropped push device is
      // simply done. Everything else is thrown, so the queue retries it with backoff.
      if (!(error instanceof DeliveryError) || error.retryable) throw error;
      if (!error.gone) await recordDeadLetter(db, { queue: JOB.send, jobId: job.jobId, data: { messageId }, error: errorText(error), attempts: job.attempt, failedAt: new Date() });
    }
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
  await queue.work(JOB.ordererDayBefore, async () => {
    await queueOrdererDayBefore(db, new Date());
  });
  await queue.work(JOB.unconfirmedGigs, async () => {
    await queueUnconfirmedGigAlerts(db, new Date());
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
