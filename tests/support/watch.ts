import type { PrismaClient } from "../../src/generated/prisma/client";
import type { TestDatabase } from "./db";

/**
 * Watches a test database for changes: `start()` before a call, then `changed()` answers what
 * was written since, or null when nothing was. A denied action must leave the database as it
 * was, whatever it read or rolled back on the way.
 */
export interface ChangeWatch {
  start(): Promise<void>;
  changed(): Promise<string | null>;
}

/**
 * On PGlite nothing else runs, so a write is a transaction that committed with an id: every
 * id handed out since `start` (the snapshot's xmax moves past it) must be aborted, never
 * committed. Reads get no transaction id and a rollback ends "aborted", so this sees exactly the
 * committed writes, for the price of two tiny queries. It even sees a write that was undone
 * again before the commit, which a row fingerprint would miss.
 */
export function committedTransactions(db: PrismaClient): ChangeWatch {
  let from: string | undefined;
  return {
    async start() {
      from = (await db.$queryRaw<{ x: string }[]>`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`)[0]!.x;
    },
    async changed() {
      if (from === undefined) throw new Error("changed() before start()");
      const rows = await db.$queryRaw<{ xid: string }[]>`
        SELECT x::text AS xid FROM generate_series(${from}::bigint, pg_snapshot_xmax(pg_current_snapshot())::text::bigint - 1) AS x
        WHERE pg_xact_status(x::text::xid8) = 'committed'`;
      return rows.length ? `committed transactions ${rows.map((r) => r.xid).join(", ")}` : null;
    },
  };
}

/**
 * On a PostgreSQL server other test files commit in their own schemas at the same time, so
 * transaction ids say nothing about this one: compare the row count and a content hash of
 * every table of this file's schema instead (one query, built once per file).
 */
export async function tableFingerprint(db: PrismaClient): Promise<ChangeWatch> {
  const tables = await db.$queryRaw<{ t: string }[]>`
    SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`;
  const parts = tables.map(
    ({ t }) => `SELECT '${t}' AS t, count(*) AS n, md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS h FROM "${t}" x`,
  );
  const query = `SELECT string_agg(t || ':' || n || ':' || coalesce(h, ''), '|' ORDER BY t) AS f FROM (${parts.join(" UNION ALL ")}) s`;
  const fingerprint = async () => (await db.$queryRawUnsafe<{ f: string }[]>(query))[0]?.f ?? "";
  let before: string | undefined;
  return {
    async start() {
      before = await fingerprint();
    },
    async changed() {
      if (before === undefined) throw new Error("changed() before start()");
      const after = await fingerprint();
      if (after === before) return null;
      const was = new Set(before.split("|"));
      return `tables changed: ${after.split("|").filter((p) => !was.has(p)).map((p) => p.split(":")[0]).join(", ")}`;
    },
  };
}

export async function watchChanges(tdb: TestDatabase): Promise<ChangeWatch> {
  return tdb.kind === "pglite" ? committedTransactions(tdb.db) : tableFingerprint(tdb.db);
}
