import parser from "cron-parser";
import type { Db } from "@/server/db";
import {
  advanceLocalSchedule,
  claimLocalJob,
  completeLocalJob,
  deleteFinishedLocalJobs,
  failLocalJob,
  insertLocalJob,
  retryLocalJobLater,
  upsertLocalSchedule,
  type ClaimedJob,
} from "./mutations";
import { findLocalSchedules } from "./queries";
import {
  backoffSeconds,
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_RETRY_LIMIT,
  errorText,
  isPermanentFailure,
  SCHEDULE_TIME_ZONE,
  type EnqueueOptions,
  type JobHandler,
  type JobQueue,
} from "./types";

export interface LocalQueueOptions {
  pollMs?: number;
  /** How long a claimed job is someone's; after that a dead worker's job is claimed again. */
  lockSeconds?: number;
  log?: (line: string) => void;
}

/**
 * The in-process queue for the embedded database (PGlite serves one process, so pg-boss's
 * several connections cannot be had). Jobs are rows of `QueueJob`: a crash loses nothing, and a
 * job claimed by a process that died is claimed again when its lock runs out. The claim uses
 * FOR UPDATE SKIP LOCKED, so it is also correct with several queues on one PostgreSQL server.
 */
export function localQueue(db: Db, options: LocalQueueOptions = {}): JobQueue {
  const pollMs = options.pollMs ?? 1000;
  const lockSeconds = options.lockSeconds ?? 15 * 60;
  const log = options.log ?? ((line) => console.error(line));
  const handlers = new Map<string, JobHandler>();
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<void>>();
  let stopped = false;

  const enqueue = (name: string, data: object = {}, o: EnqueueOptions = {}) =>
    insertLocalJob(db, {
      name,
      data,
      key: o.key ?? null,
      startAfter: o.startAfter ?? new Date(),
      maxAttempts: (o.retryLimit ?? DEFAULT_RETRY_LIMIT) + 1,
      retryDelaySeconds: o.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
    });

  async function runOne(job: ClaimedJob): Promise<void> {
    const handler = handlers.get(job.name)!;
    try {
      await handler(job.data, { jobId: job.id, attempt: job.attempts });
      await completeLocalJob(db, job.id, new Date());
    } catch (error) {
      const text = errorText(error);
      const now = new Date();
      if (job.attempts >= job.maxAttempts || isPermanentFailure(error)) await failLocalJob(db, job, text, now);
      else await retryLocalJobLater(db, job.id, new Date(now.getTime() + backoffSeconds(job.retryDelaySeconds, job.attempts) * 1000), text);
    }
  }

  /** Claims and runs jobs of `name` until none is due. */
  async function drain(name: string): Promise<void> {
    while (!stopped) {
      const job = await claimLocalJob(db, [name], new Date(), lockSeconds);
      if (!job) return;
      await runOne(job);
    }
  }

  function loop(name: string) {
    let busy = false;
    const tick = () => {
      if (busy || stopped) return;
      busy = true;
      const p = drain(name)
        .catch((error) => log(`[jobs] ${name}: ${errorText(error)}`))
        .finally(() => {
          busy = false;
          running.delete(p);
        });
      running.add(p);
    };
    timers.push(setInterval(tick, pollMs));
    tick();
  }

  /** Enqueues each schedule's latest slot once; the slot is the idempotency key, so racing instances add one job. */
  async function tickSchedules(): Promise<void> {
    const now = new Date();
    // Every-minute schedules leave a row a minute; an hourly clean-up keeps a week of them.
    if (now.getTime() - lastCleanup >= 3_600_000) {
      lastCleanup = now.getTime();
      await deleteFinishedLocalJobs(db, new Date(now.getTime() - 7 * 24 * 3_600_000));
    }
    for (const s of await findLocalSchedules(db)) {
      const slot = parser.parseExpression(s.cron, { currentDate: now, tz: SCHEDULE_TIME_ZONE }).prev().toDate();
      if (s.lastSlot && s.lastSlot.getTime() >= slot.getTime()) continue;
      if (!(await advanceLocalSchedule(db, s.name, s.lastSlot, slot))) continue;
      await enqueue(s.name, {}, { key: `cron:${slot.toISOString()}` });
    }
  }
  let scheduling = false;
  let lastCleanup = 0;

  return {
    kind: "local",
    enqueue,
    async work(name, handler) {
      handlers.set(name, handler as JobHandler);
      loop(name);
    },
    async schedule(name, cron) {
      parser.parseExpression(cron); // a bad expression fails here, not in the timer
      await upsertLocalSchedule(db, name, cron);
      if (scheduling) return;
      scheduling = true;
      const tick = () => {
        if (stopped) return;
        const p = tickSchedules()
          .catch((error) => log(`[jobs] schedules: ${errorText(error)}`))
          .finally(() => running.delete(p));
        running.add(p);
      };
      timers.push(setInterval(tick, Math.max(pollMs, 1000)));
      tick();
    },
    async stop() {
      stopped = true;
      for (const t of timers) clearInterval(t);
      await Promise.all([...running]);
    },
  };
}
