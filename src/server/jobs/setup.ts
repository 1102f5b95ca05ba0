import PgBoss from "pg-boss";
import type { SqlConnection } from "@/server/db/migrate";

// pg-boss's schema on a PostgreSQL server is created by the owner role at migration time (ADR
// 057: the app role cannot create tables). pg-boss makes one table partition per queue, so the
// queues are created here too, and the app starts pg-boss with `migrate: false`.

export const DEFAULT_BOSS_SCHEMA = "pgboss";

const IDENT = /^[a-z_][a-z0-9_]*$/;

export async function ensureBossSchema(
  conn: SqlConnection,
  opts: { schema?: string; queues: readonly string[]; appRole?: string; log?: (line: string) => void },
): Promise<void> {
  const schema = opts.schema ?? DEFAULT_BOSS_SCHEMA;
  if (!IDENT.test(schema)) throw new Error(`pg-boss schema name ${schema} is not a plain identifier`);
  const { rows } = await conn.query<{ t: string | null }>(`SELECT to_regclass($1)::text AS t`, [`${schema}.version`]);
  if (!rows[0]?.t) {
    // The plans are one script with its own BEGIN/COMMIT and an advisory lock.
    await conn.exec(PgBoss.getConstructionPlans(schema));
    opts.log?.(`created pg-boss schema ${schema}`);
  }
  const existing = new Set((await conn.query<{ name: string }>(`SELECT name FROM ${schema}.queue`)).rows.map((r) => r.name));
  for (const name of opts.queues) {
    if (existing.has(name)) continue;
    await conn.query(`SELECT ${schema}.create_queue($1, $2)`, [name, JSON.stringify({ policy: "standard" })]);
    opts.log?.(`created queue ${name}`);
  }
  if (opts.appRole) {
    await conn.exec(`GRANT USAGE ON SCHEMA ${schema} TO "${opts.appRole}"`);
    await conn.exec(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO "${opts.appRole}"`);
  }
}
