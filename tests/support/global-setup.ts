import { randomUUID } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { applyMigrations, type SqlConnection } from "../../src/server/db/migrate";

// Starting PGlite from nothing takes seconds (initdb); loading a snapshot of a migrated
// database takes about one. Each test file gets its own database from this snapshot.
export default async function setup({ provide }: { provide: (key: string, value: unknown) => void }) {
  if (process.env.TEST_DATABASE_URL) return;
  const db = new PGlite();
  await db.waitReady;
  await applyMigrations(db as unknown as SqlConnection);
  const dump = await db.dumpDataDir("none");
  await db.close();
  const file = path.join(os.tmpdir(), `tasmatyo-test-${randomUUID()}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  provide("pgliteSnapshot", file);
  return async () => {
    await rm(file, { force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}
