import { randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../../src/generated/prisma/client";
import { applyMigrations, type SqlConnection } from "../../src/server/db/migrate";
import { createWorld, type World } from "./world";

/** The test world without its database handle: plain ids and personas, passed to every worker. */
export type WorldData = Omit<World, "db">;

export interface WorldSnapshot {
  /** A PGlite data directory (tar) of a migrated database holding the test world. */
  file: string;
  world: WorldData;
}

/**
 * A copy of every table's rows as the world left them, kept inside the snapshot itself, so that
 * a used database returns to the world with one script (`resetScript`) instead of a new PGlite.
 * The app never reads this schema: its search path is `public`.
 */
export const WORLD_COPY_SCHEMA = "test_world";

async function appTables(db: SqlConnection): Promise<string[]> {
  const { rows } = await db.query<{ t: string }>(
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.t);
}

/**
 * Builds the test world once on PGlite (the global setup calls this) and writes its data
 * directory to a temporary file. Each test file loads that copy instead of seeding again.
 */
export async function buildWorldSnapshot(): Promise<WorldSnapshot> {
  const pglite = new PGlite();
  await pglite.waitReady;
  const conn = pglite as unknown as SqlConnection;
  await applyMigrations(conn);
  const { db, ...world } = await createWorld(new PrismaClient({ adapter: new PrismaPGlite(pglite) }));
  await db.$disconnect();

  const tables = await appTables(conn);
  await pglite.exec(
    [
      `CREATE SCHEMA "${WORLD_COPY_SCHEMA}"`,
      ...tables.map((t) => `CREATE TABLE "${WORLD_COPY_SCHEMA}"."${t}" AS TABLE public."${t}"`),
      `CREATE TABLE "${WORLD_COPY_SCHEMA}"."_sequences" AS
         SELECT sequencename AS name, last_value FROM pg_sequences WHERE schemaname = 'public'`,
    ].join(";\n"),
  );
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const file = path.join(os.tmpdir(), `tasmatyo-world-${randomUUID()}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  return { file, world };
}

/**
 * SQL that empties every app table and, for `"world"`, copies the world's rows back and sets
 * the sequences where the world left them. Foreign keys are not checked meanwhile
 * (`session_replication_role = replica`): every table is emptied, and the copied rows were
 * consistent when copied. DELETE, not TRUNCATE: on these few rows it is several times faster,
 * as TRUNCATE makes new files for every table and index.
 */
export async function resetScript(db: SqlConnection, to: "empty" | "world"): Promise<string> {
  const tables = await appTables(db);
  const lines = ["SET session_replication_role = replica"];
  for (const t of tables) lines.push(`DELETE FROM public."${t}"`);
  lines.push(`SELECT setval(format('public.%I', sequencename), start_value, false) FROM pg_sequences WHERE schemaname = 'public'`);
  if (to === "world") {
    for (const t of tables) lines.push(`INSERT INTO public."${t}" SELECT * FROM "${WORLD_COPY_SCHEMA}"."${t}"`);
    lines.push(`SELECT setval(format('public.%I', name), last_value) FROM "${WORLD_COPY_SCHEMA}"."_sequences" WHERE last_value IS NOT NULL`);
  }
  lines.push("SET session_replication_role = DEFAULT");
  return lines.join(";\n");
}
