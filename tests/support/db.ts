import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { inject } from "vitest";
import { PrismaClient } from "../../src/generated/prisma/client";
import { openPostgres, withPgConnection, type OpenDatabase } from "../../src/server/db/connect";
import type { SqlConnection } from "../../src/server/db/migrate";
import { setUpRoles } from "../../src/server/db/roles";
import { resetScript } from "./world-snapshot";
import { createWorld, type World } from "./world";

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

// ───────────── PGlite: one pool of loaded snapshots per worker ─────────────

interface Embedded {
  pglite: PGlite;
  db: PrismaClient;
  /** What the data are: as loaded from the snapshot, or changed by a test file since. */
  state: "world" | "used";
}

// The db project runs with `isolate: false`, so this module, and the databases in it, outlive
// one test file: a file that is done hands its database back, and the next file in the worker
// resets it with one script (tens of milliseconds) instead of starting PGlite again (a second
// or more on a loaded machine). With isolation on, each file simply loads its own.
const idle: Embedded[] = [];
let snapshot: Promise<Blob> | undefined;
const scripts = new Map<"empty" | "world", Promise<string>>();

async function loadSnapshot(): Promise<Embedded> {
  snapshot ??= readFile(inject("worldSnapshot").file).then((b) => new Blob([b]));
  const pglite = new PGlite({ loadDataDir: await snapshot });
  await pglite.waitReady;
  return { pglite, db: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), state: "world" };
}

async function acquireEmbedded(to: "empty" | "world"): Promise<TestDatabase> {
  const e = idle.pop() ?? (await loadSnapshot());
  if (e.state !== "world" || to === "empty") {
    const conn = e.pglite as unknown as SqlConnection;
    if (!scripts.has(to)) scripts.set(to, resetScript(conn, to));
    await e.pglite.exec(await scripts.get(to)!);
  }
  e.state = "used";
  let closed = false;
  return {
    db: e.db,
    privileged: e.db,
    asAppRole: false,
    kind: "pglite",
    close: async () => {
      if (closed) return;
      closed = true;
      idle.push(e);
    },
  };
}

// ───────────── PostgreSQL server: a new schema per test file ─────────────

/**
 * With TEST_APP_DATABASE_URL and TEST_OWNER_ROLE as well (roles from `npm run db:roles`, as CI
 * does), the owner migrates the schema and the tests work as the app role, like the app (ADR 057).
 */
async function createSchema(url: string): Promise<TestDatabase> {
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

/**
 * A migrated database with no rows for one test file: PGlite by default, or a new schema on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again at the end).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  return url ? createSchema(url) : acquireEmbedded("empty");
}

/**
 * A database holding the test world (tests/support/world.ts). On PGlite it is the world the
 * global setup built once (tests/support/world-snapshot.ts); on a PostgreSQL server each file
 * builds it in its own schema, as its ids are then its own.
 */
export async function createTestWorld(): Promise<{ tdb: TestDatabase; world: World }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const tdb = await createSchema(url);
    return { tdb, world: await createWorld(tdb.db) };
  }
  const tdb = await acquireEmbedded("world");
  return { tdb, world: { ...structuredClone(inject("worldSnapshot").world), db: tdb.db } };
}
