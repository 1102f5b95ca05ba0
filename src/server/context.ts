import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { env } from "@/env";
import type { SessionUser } from "@/features/auth/session";
import type { Db } from "./db";

/**
 * What a server action or page needs from its request: the database, the signed-in person and
 * a way to refresh cached pages. In the app it comes from Next.js and next-auth; tests run the
 * very same actions inside `runWithContext` with a test database and a chosen person.
 */
export interface RequestContext {
  db: Db;
  user: SessionUser | null;
  revalidate: (path: string) => void;
  setCookie: (name: string, value: string, maxAgeSeconds: number) => Promise<void>;
  now: () => Date;
  /** Where the request came from, for throttling (client-ip.ts); unset in tests that do not care. */
  clientIp?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(ctx: RequestContext, fn: () => Promise<T>): Promise<T> {
  return storage.run(ctx, fn);
}

export async function getContext(): Promise<RequestContext> {
  const override = storage.getStore();
  if (override) return override;
  return requestContext();
}

/**
 * The layout and the page of one request both ask for the context: React's `cache` makes that
 * one session read (token, stored session, roles) per request instead of one per caller (ADR 091).
 * Outside a React render (a route handler) it simply calls through.
 */
const requestContext = cache(async (): Promise<RequestContext> => {
  const [{ getDb }, { loadSessionUser, readSessionToken }, { revalidatePath }, { cookies }, { requestClientIp }] = await Promise.all([
    import("./db"),
    import("@/features/auth/session"),
    import("next/cache"),
    import("next/headers"),
    import("./client-ip"),
  ]);
  const db = await getDb();
  const user = await loadSessionUser(db, await readSessionToken());
  return {
    db,
    user,
    revalidate: (path) => revalidatePath(path),
    setCookie: async (name, value, maxAge) => {
      const secure = env.NEXTAUTH_URL.startsWith("https://");
      (await cookies()).set(name, value, { path: "/", maxAge, sameSite: "lax", httpOnly: false, secure });
    },
    now: () => new Date(),
    clientIp: await requestClientIp(),
  };
});
