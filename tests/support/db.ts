import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { inject } from "vitest";
import { PrismaClient } from "../../src/generated/prisma/client";
import { openPostgres, withPgConnection } from "../../src/server/db/connect";

export interface TestDatabase {
  db: PrismaClient;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: PGlite by default, or a new schema on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again at the end).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const schema = `test_${randomBytes(6).toString("hex")}`;
    await withPgConnection(url, (c) => c.exec(`CREATE SCHEMA "${schema}"`));
    const open = await openPostgres(url, { schema, migrate: true });
    return {
      db: open.prisma,
      kind: "postgres",
      close: async () => {
        await open.close();
        await withPgConnection(url, (c) => c.exec(`DROP SCHEMA "${schema}" CASCADE`));
      },
    };
  }
  const snapshot = await readFile(inject("pgliteSnapshot"));
  const pglite = new PGlite({ loadDataDir: new Blob([snapshot]) });
  await pglite.waitReady;
  const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    db,
    kind: "pglite",
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
