import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations, type SqlConnection } from "./migrate";
import { setUpRoles } from "./roles";

/**
 * The embedded database's stand-ins for the server's two roles (ADR 057). PGlite has one
 * session, signed in as its superuser; the app works under SET ROLE of the app role, so a
 * mistaken statement meets the same refusals as on a server.
 */
export const PGLITE_ROLES = { owner: "tasmatyo_owner", app: "tasmatyo_app" } as const;

export type Db = PrismaClient;

export interface OpenDatabase {
  prisma: PrismaClient;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

/** Runs `fn` on one pg connection whose search_path is `schema` (when given). */
export async function withPgConnection<T>(
  url: string,
  fn: (conn: SqlConnection) => Promise<T>,
  schema?: string,
): Promise<T> {
  const client = new pg.Client({ connectionString: url, options: schema ? `-c search_path="${schema}"` : undefined });
  await client.connect();
  try {
    return await fn({
      query: async (sql, params) => client.query(sql, params as unknown[]) as never,
      exec: (sql) => client.query(sql),
    });
  } finally {
    await client.end();
  }
}

export async function openPostgres(url: string, options: { schema?: string; migrate?: boolean } = {}): Promise<OpenDatabase> {
  if (options.migrate) {
    await withPgConnection(url, (conn) => applyMigrations(conn, { useAdvisoryLock: true }), options.schema);
  }
  const adapter = new PrismaPg(
    { connectionString: url, options: options.schema ? `-c search_path="${options.schema}"` : undefined },
    options.schema ? { schema: options.schema } : undefined,
  );
  const prisma = new PrismaClient({ adapter });
  return { prisma, kind: "postgres", close: () => prisma.$disconnect() };
}

/**
 * The embedded PostgreSQL. `dataDir` undefined means in memory (tests). PGlite serves one
 * process: the README says so, and several instances need a PostgreSQL server.
 */
export async function openPglite(dataDir: string | undefined, log?: (line: string) => void): Promise<OpenDatabase> {
  if (dataDir) {
    // PGlite does not create the parent folder of its data directory.
    await mkdir(path.dirname(path.resolve(dataDir)), { recursive: true });
  }
  const pglite = dataDir ? new PGlite(path.resolve(dataDir)) : new PGlite();
  await pglite.waitReady;
  const conn = pglite as unknown as SqlConnection;
  // Migrates as the owner, then grants (a data directory from before the roles is taken over).
  await setUpRoles(conn, { ...PGLITE_ROLES, log, summary: () => {} });
  // Only the session's own superuser could RESET this; PGlite cannot sign in as another role.
  await conn.exec(`SET ROLE "${PGLITE_ROLES.app}"`);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
