import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { inject } from "vitest";
import { PrismaClient } from "../../src/generated/prisma/client";
import { openPostgres, withPgConnection, type OpenDatabase } from "../../src/server/db/connect";
import { setUpRoles } from "../../src/server/db/roles";

export interface TestDatabase {
  /** What the app would use: the app role when the tests run as it. */
  db: PrismaClient;
  /**
   * The same database with the rights of whoever migrates it (for what the app never does:
   * running the migrations). `db` itself unless the tests run as the app role.
   */
  privileged: PrismaClient;
  /** True when `db` works as the app role of `npm run db:roles`. */
  asAppRole: boolean;
  kind: "pglite" | "postgres";
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: PGlite by default, or a new schema on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again at the end). With
 * TEST_APP_DATABASE_URL and TEST_OWNER_ROLE as well (roles from `npm run db:roles`, as CI does),
 * the owner migrates the schema and the tests work as the app role, like the app (ADR 057).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const schema = `test_${randomBytes(6).toString("hex")}`;
    await withPgConnection(url, (c) => c.exec(`CREATE SCHEMA "${schema}"`));
    const appUrl = process.env.TEST_APP_DATABASE_URL;
    const owner = process.env.TEST_OWNER_ROLE;
    let open: OpenDatabase;
    let privileged: OpenDatabase | undefined;
    if (appUrl && owner) {
      const app = decodeURIComponent(new URL(appUrl).username);
      await withPgConnection(url, (c) => setUpRoles(c, { owner, app, schema, createRoles: false }), schema);
      open = await openPostgres(appUrl, { schema });
      privileged = await openPostgres(url, { schema });
    } else {
      open = await openPostgres(url, { schema, migrate: true });
    }
    return {
      db: open.prisma,
      privileged: (privileged ?? open).prisma,
      asAppRole: privileged !== undefined,
      kind: "postgres",
      close: async () => {
        await open.close();
        await privileged?.close();
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
    privileged: db,
    asAppRole: false,
    kind: "pglite",
    close: async () => {
      await db.$disconnect();
      await pglite.close();
    },
  };
}
