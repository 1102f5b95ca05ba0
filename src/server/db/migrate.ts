import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** The few calls the runner needs; both `pg.Client` and PGlite provide them. */
export interface SqlConnection {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<unknown>;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

// Same table as Prisma Migrate creates, so that `prisma migrate status|deploy` on a connected
// machine agree with what the app applied.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Any constant works; it keeps two app instances from migrating at the same time.
const ADVISORY_LOCK_KEY = 72707369;

export function defaultMigrationsDir(): string {
  // Read at run time from the project folder; the bundler must not try to trace it.
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
}

export async function readMigrations(dir = defaultMigrationsDir()): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies pending migrations in name order, each in its own transaction, and records them in
 * `_prisma_migrations`. Returns the names it applied.
 */
export async function applyMigrations(
  conn: SqlConnection,
  options: { dir?: string; useAdvisoryLock?: boolean; log?: (line: string) => void } = {},
): Promise<string[]> {
  const migrations = await readMigrations(options.dir);
  const log = options.log ?? (() => {});
  if (options.useAdvisoryLock) await conn.query(`SELECT pg_advisory_lock(${ADVISORY_LOCK_KEY})`);
  try {
    await conn.exec(CREATE_TABLE);
    const { rows } = await conn.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was not rolled back; resolve it before starting.`,
      );
    }
    const done = new Map(rows.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r]));
    const applied: string[] = [];
    for (const m of migrations) {
      const prior = done.get(m.name);
      if (prior) {
        if (prior.checksum !== m.checksum) {
          log(`warning: migration ${m.name} was changed after it was applied`);
        }
        continue;
      }
      const id = randomUUID();
      await conn.exec("BEGIN");
      try {
        await conn.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
          [id, m.checksum, m.name],
        );
        await conn.exec(m.sql);
        await conn.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await conn.exec("COMMIT");
      } catch (error) {
        await conn.exec("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(m.name);
      log(`applied migration ${m.name}`);
    }
    return applied;
  } finally {
    if (options.useAdvisoryLock) await conn.query(`SELECT pg_advisory_unlock(${ADVISORY_LOCK_KEY})`);
  }
}
