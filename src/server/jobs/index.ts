import { env } from "@/env";
import { configuredChannels } from "@/features/notifications/delivery";
import { getDb } from "@/server/db";
import { bossQueue } from "./boss";
import { localQueue } from "./local";
import { registerJobs } from "./registry";
import type { JobQueue } from "./types";

export type { JobQueue } from "./types";

// One queue per process, kept on globalThis so that hot reloads do not start a second worker.
const holder = globalThis as unknown as { __tasmatyoQueue?: Promise<JobQueue>; __tasmatyoWorker?: Promise<void> };

/** pg-boss on a PostgreSQL server, the in-process queue on the embedded database. */
export function getQueue(): Promise<JobQueue> {
  holder.__tasmatyoQueue ??= (async () => {
    const db = await getDb();
    return env.DATABASE_URL ? bossQueue({ db, url: env.DATABASE_URL, bossSchema: env.JOBS_SCHEMA }) : localQueue(db);
  })().catch((error) => {
    holder.__tasmatyoQueue = undefined;
    throw error;
  });
  return holder.__tasmatyoQueue;
}

/** Starts this process's worker: every job's handler and the schedules. Once per process. */
export function startWorker(): Promise<void> {
  holder.__tasmatyoWorker ??= (async () => {
    const queue = await getQueue();
    const db = await getDb();
    // Every channel the environment configures (email, SMS, push: ADR 044), as the jobs route uses.
    await registerJobs(queue, { db, channels: configuredChannels(db) });
  })();
  return holder.__tasmatyoWorker;
}
