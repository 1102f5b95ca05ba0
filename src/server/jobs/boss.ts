import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import pg from "pg";
import type { Db } from "@/server/db";
import { recordDeadLetter } from "./mutations";
import {
  DEFAULT_RETRY_DELAY_SECONDS,
  DEFAULT_RETRY_LIMIT,
  errorText,
  isPermanentFailure,
  SCHEDULE_TIME_ZONE,
  type EnqueueOptions,
  type JobHandler,
  type JobQueue,
} from "./types";

export interface BossQueueOptions {
  /** The app's database (dead letters); the same server as `url`. */
  db: Db;
  url: string;
  /** pg-boss's schema, created by the owner (`ensureBossSchema`); the app never migrates it. */
  bossSchema: string;
  /** The app's own schema when it is not the connection's default (tests). */
  appSchema?: string;
  pollingIntervalSeconds?: number;
  /** Off in tests that look at one thing at a time. */
  schedule?: boolean;
  /** How often pg-boss looks for expired jobs (of dead workers); pg-boss's default 2 minutes. */
  maintenanceIntervalSeconds?: number;
  log?: (line: string) => void;
}

/**
 * pg-boss on a PostgreSQL server (ADR 008). pg-boss claims with SKIP LOCKED, so several app
 * instances share the queue and each job runs once; a job whose worker died is retried when it
 * expires. Idempotency keys live in our `QueueKey` table, inserted in the same transaction as the
 * pg-boss job, because pg-boss archives and then deletes jobs and its own keys go with them.
 */
export async function bossQueue(options: BossQueueOptions): Promise<JobQueue> {
  const log = options.log ?? ((line) => console.error(line));
  const boss = new PgBoss({
    connectionString: options.url,
    schema: options.bossSchema,
    migrate: false,
    schedule: options.schedule ?? true,
    supervise: true,
    // pg-boss checks `key in config`: an option set to undefined would fail its assertions.
    ...(options.maintenanceIntervalSeconds ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds } : {}),
    max: 4,
  });
  boss.on("error", (error) => log(`[jobs] pg-boss: ${errorText(error)}`));
  await boss.start();
  const pool = new pg.Pool({
    connectionString: options.url,
    max: 2,
    options: options.appSchema ? `-c search_path="${options.appSchema}"` : undefined,
  });

  const sendOptions = (o: EnqueueOptions): PgBoss.SendOptions => {
    const retryDelay = o.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS;
    return {
      retryLimit: o.retryLimit ?? DEFAULT_RETRY_LIMIT,
      retryDelay,
      retryBackoff: retryDelay > 0,
      ...(o.startAfter ? { startAfter: o.startAfter } : {}),
      ...(o.expireInSeconds ? { expireInSeconds: o.expireInSeconds } : {}),
    };
  };

  async function enqueue(name: string, data: object = {}, o: EnqueueOptions = {}): Promise<string | null> {
    if (!o.key) return boss.send(name, data, sendOptions(o));
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const id = randomUUID();
      const inserted = await client.query(
        `INSERT INTO "QueueKey" (name, key, "jobId") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING "jobId"`,
        [name, o.key, id],
      );
      if (inserted.rowCount === 0) {
        await client.query("ROLLBACK");
        const existing = await client.query<{ jobId: string }>(`SELECT "jobId" FROM "QueueKey" WHERE name = $1 AND key = $2`, [name, o.key]);
        return existing.rows[0]?.jobId ?? null;
      }
      await boss.send(name, data, { ...sendOptions(o), id, db: { executeSql: (text, values) => client.query(text, values) } });
      await client.query("COMMIT");
      return id;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    kind: "pg-boss",
    enqueue,
    async work<T>(name: string, handler: JobHandler<T>) {
      await boss.work<T>(
        name,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
        async ([job]) => {
          if (!job) return;
          try {
            await handler(job.data, { jobId: job.id, attempt: job.retryCount + 1 });
          } catch (error) {
            // pg-boss marks the job failed when this throws; after the last attempt staff also
            // need a dead-letter record they can see and retry, in our table (ADR 008).
            const permanent = isPermanentFailure(error);
            if (permanent || job.retryCount >= job.retryLimit) {
              await recordDeadLetter(options.db, { queue: name, jobId: job.id, data: job.data, error: errorText(error), attempts: job.retryCount + 1, failedAt: new Date() });
            }
            // A permanent failure ends here: pg-boss retries whatever throws, so it is not rethrown
            // (the job completes in pg-boss; the dead letter is its record).
            if (!permanent) throw error;
          }
        },
      );
    },
    async schedule(name, cron) {
      await boss.schedule(name, cron, {}, { tz: SCHEDULE_TIME_ZONE });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await pool.end();
    },
  };
}
