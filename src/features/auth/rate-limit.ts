import type { Db } from "@/server/db";

// Counters live in PostgreSQL so that every app instance sees the same attempts.
export interface LimitPolicy {
  /** attempts allowed within the window */
  max: number;
  windowMs: number;
  /** how long the key stays locked after reaching max */
  lockMs: number;
}

export const SIGN_IN_POLICY: LimitPolicy = { max: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const SIGN_IN_IP_POLICY: LimitPolicy = { max: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

type Runner = Pick<Db, "$queryRaw" | "$executeRaw">;

/** Is the key locked right now? */
export async function isLocked(db: Runner, key: string, now = new Date()): Promise<boolean> {
  const rows = await db.$queryRaw<{ lockedUntil: Date | null }[]>`
    SELECT "lockedUntil" FROM "RateLimit" WHERE key = ${key}`;
  const until = rows[0]?.lockedUntil;
  return !!until && until > now;
}

/**
 * Counts one failed attempt atomically; returns true when the key is now locked.
 * A new window starts when the previous one has passed.
 */
export async function recordFailure(db: Runner, key: string, policy: LimitPolicy, now = new Date()): Promise<boolean> {
  const windowStartLimit = new Date(now.getTime() - policy.windowMs);
  const lockUntil = new Date(now.getTime() + policy.lockMs);
  const rows = await db.$queryRaw<{ count: number; lockedUntil: Date | null }[]>`
    INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" < ${windowStartLimit} THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < ${windowStartLimit} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING count, "lockedUntil"`;
  const count = Number(rows[0]?.count ?? 0);
  if (count >= policy.max) {
    await db.$executeRaw`UPDATE "RateLimit" SET "lockedUntil" = ${lockUntil}, count = 0, "windowStart" = ${now} WHERE key = ${key}`;
    return true;
  }
  return false;
}

export async function clearLimit(db: Runner, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE key = ${key}`;
}
