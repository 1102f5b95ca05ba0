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

/** The stored session behind a token's session id (ADR 052). */
export function findAuthSession(db: Pick<Db, "authSession">, sessionId: string) {
  return db.authSession.findUnique({ where: { id: sessionId }, select: { userId: true, kind: true, lastSeenAt: true, endedAt: true } });
}
