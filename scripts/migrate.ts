// Applies the committed migrations: `npm run db:migrate`. On a PostgreSQL server it connects as
// the owner role, MIGRATION_DATABASE_URL, or DATABASE_URL when only that is set (one role for
// everything, as in development); without either, the embedded database under PGLITE_DATA_DIR.
import { openPglite, withPgConnection } from "../src/server/db/connect";
import { applyMigrations } from "../src/server/db/migrate";
import { JOB_NAMES } from "../src/server/jobs/names";
import { DEFAULT_BOSS_SCHEMA, ensureBossSchema } from "../src/server/jobs/setup";

async function main() {
  const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
  const log = (line: string) => console.log(line);
  if (url) {
    const applied = await withPgConnection(url, async (conn) => {
      const names = await applyMigrations(conn, { useAdvisoryLock: true, log });
      // pg-boss's schema and a queue per job (ADR 008); the app starts pg-boss without migrating.
      await ensureBossSchema(conn, { schema: process.env.JOBS_SCHEMA || DEFAULT_BOSS_SCHEMA, queues: JOB_NAMES, log });
      return names;
    });
    console.log(applied.length ? `${applied.length} migration(s) applied.` : "Database is up to date.");
  } else {
    const db = await openPglite(process.env.PGLITE_DATA_DIR || "./data/pglite", log);
    await db.close();
    console.log("Embedded database is up to date.");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
