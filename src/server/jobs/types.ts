// One job queue interface (ADR 008), two implementations: pg-boss on a PostgreSQL server
// (`boss.ts`), an in-process queue over our own table on the embedded database (`local.ts`).
// Callers never know which one runs; the same test suite runs against both.

export interface EnqueueOptions {
  /** Idempotency key: the same (name, key) enqueued twice runs once, however long apart. */
  key?: string;
  startAfter?: Date;
  /** Retries after the first attempt (default 3), with exponential backoff from `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /**
   * pg-boss: how long an attempt may take before it counts as failed (its worker died) and is
   * retried; default 15 minutes. The in-process queue's lock is per queue (`lockSeconds`).
   */
  expireInSeconds?: number;
}

export interface JobContext {
  jobId: string;
  /** 1 on the first attempt. */
  attempt: number;
}

export type JobHandler<T = unknown> = (data: T, job: JobContext) => Promise<void>;

export interface JobQueue {
  readonly kind: "pg-boss" | "local";
  /** The new job's id, or the existing one's (or null) when the key was enqueued before. */
  enqueue(name: string, data?: object, options?: EnqueueOptions): Promise<string | null>;
  /** Handles jobs of `name` in this process; one job at a time per call. */
  work<T = unknown>(name: string, handler: JobHandler<T>): Promise<void>;
  /** Enqueues `name` at every slot of `cron` (Europe/Helsinki); once per slot over all instances. */
  schedule(name: string, cron: string): Promise<void>;
  /** Stops taking jobs and waits for the ones in hand. */
  stop(): Promise<void>;
}

export const DEFAULT_RETRY_LIMIT = 3;
export const DEFAULT_RETRY_DELAY_SECONDS = 30;
export const SCHEDULE_TIME_ZONE = "Europe/Helsinki";

/** Seconds before retry number `retry` (1 = the first retry): delay, 2×delay, 4×delay, ... */
export function backoffSeconds(delaySeconds: number, retry: number): number {
  return delaySeconds * 2 ** Math.max(0, retry - 1);
}

/**
 * An error that says waiting cannot help (`retryable: false`, as a channel's DeliveryError for a
 * provider's 4xx): both queues skip the remaining attempts and write the dead letter at once, so
 * staff see it now and can run it again once the cause is fixed (a token, an address).
 */
export function isPermanentFailure(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { retryable?: unknown }).retryable === false;
}

/** Stored errors stay short: a stack trace is for the log. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 500) || "error";
}
