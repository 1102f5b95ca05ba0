import type { Db } from "@/server/db";

/** The account behind a session token, with what its roles are read from. */
export function findSessionAccount(db: Pick<Db, "user">, userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    include: { memberships: { where: { active: true } }, client: { select: { id: true, unitId: true, active: true } } },
  });
}

export function findStaffAccount(db: Pick<Db, "user">, email: string) {
  return db.user.findUnique({ where: { email } });
}

export function findClientAccount(db: Pick<Db, "user">, username: string) {
  return db.user.findUnique({ where: { clientUsername: username }, include: { client: true } });
}

/** Is the rate-limit key locked right now? The counters live in PostgreSQL so every app instance sees the same attempts. */
export async function isLocked(db: Pick<Db, "$queryRaw">, key: string, now = new Date()): Promise<boolean> {
  const rows = await db.$queryRaw<{ lockedUntil: Date | null }[]>`
    SELECT "lockedUntil" FROM "RateLimit" WHERE key = ${key}`;
  const until = rows[0]?.lockedUntil;
  return !!until && until > now;
}

/** An account whose email was never confirmed by a link may not sign in (ADR 055). */
export async function emailVerified(db: Pick<Db, "user">, userId: string): Promise<boolean> {
  const u = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  return !!u && (u.email === null || u.emailVerifiedAt !== null);
}
