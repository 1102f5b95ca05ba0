import { env } from "@/env";
import { openPglite, openPostgres, type Db, type OpenDatabase } from "./connect";

export type { Db } from "./connect";
export type { Prisma } from "@/generated/prisma/client";

// Kept on globalThis so that hot reloads in development reuse one embedded database
// instead of opening its files twice.
const holder = globalThis as unknown as { __tasmatyoDb?: Promise<OpenDatabase> };

function open(): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    // A server database is migrated with `npm run db:migrate` before the app starts.
    return openPostgres(env.DATABASE_URL);
  }
  return openPglite(env.PGLITE_DATA_DIR, (line) => console.log(`[db] ${line}`));
}

export async function getDb(): Promise<Db> {
  holder.__tasmatyoDb ??= open().catch((error) => {
    holder.__tasmatyoDb = undefined;
    throw error;
  });
  return (await holder.__tasmatyoDb).prisma;
}
