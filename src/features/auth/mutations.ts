import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { verifySecret } from "./password";
import { findClientAccount, findStaffAccount, isLocked } from "./queries";
import { SIGN_IN_IP_POLICY, SIGN_IN_POLICY, type LimitPolicy } from "./rules";

type Runner = Pick<Db, "$queryRaw" | "$executeRaw">;

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

/** Account settings: the language is remembered on the account too, so reminders come in it. */
export async function setAccountLocale(tx: Tx, userId: string, locale: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { locale } });
}

export type SignInResult =
  | { ok: true; user: { id: string; name: string; sessionVersion: number } }
  | { ok: false; error: "INVALID_CREDENTIALS" | "LOCKED" };

// A fixed hash to compare against when the account does not exist, so that the answer takes
// as long either way and does not tell which emails have accounts.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

async function checkCredentials(
  db: Db,
  kind: "staff" | "client",
  identifier: string,
  secret: string,
  ip: string,
  find: () => Promise<{ id: string; name: string; sessionVersion: number; active: boolean; hash: string | null } | null>,
): Promise<SignInResult> {
  const accountKey = `signin:${kind}:${identifier}`;
  const ipKey = `signin:ip:${ip}`;
  if ((await isLocked(db, accountKey)) || (await isLocked(db, ipKey))) return { ok: false, error: "LOCKED" };
  const account = await find();
  const valid = await verifySecret(secret, account?.hash ?? DUMMY_HASH);
  if (!account || !account.active || !valid) {
    const lockedNow = await recordFailure(db, accountKey, SIGN_IN_POLICY);
    await recordFailure(db, ipKey, SIGN_IN_IP_POLICY);
    return { ok: false, error: lockedNow ? "LOCKED" : "INVALID_CREDENTIALS" };
  }
  await clearLimit(db, accountKey);
  await db.user.update({ where: { id: account.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: account.id, name: account.name, sessionVersion: account.sessionVersion } };
}

export function signInStaff(db: Db, email: string, password: string, ip: string): Promise<SignInResult> {
  return checkCredentials(db, "staff", email, password, ip, async () => {
    const u = await findStaffAccount(db, email);
    return u && { id: u.id, name: u.name, sessionVersion: u.sessionVersion, active: u.active, hash: u.passwordHash };
  });
}

export function signInClient(db: Db, username: string, pin: string, ip: string): Promise<SignInResult> {
  return checkCredentials(db, "client", username, pin, ip, async () => {
    const u = await findClientAccount(db, username);
    return (
      u && {
        id: u.id,
        name: u.name,
        sessionVersion: u.sessionVersion,
        active: u.active && !!u.client?.active,
        hash: u.pinHash,
      }
    );
  });
}

type SessionWriter = Pick<Db, "authSession">;

/** A new row per sign-in; its id goes into the session token. */
export async function startAuthSession(db: SessionWriter, userId: string, kind: "staff" | "client", now = new Date()): Promise<string> {
  const row = await db.authSession.create({ data: { userId, kind, createdAt: now, lastSeenAt: now }, select: { id: true } });
  return row.id;
}

/** The session was used: the client's idle time starts again from now. */
export async function touchAuthSession(db: SessionWriter, sessionId: string, now = new Date()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } });
}

/** Signing out ends this session only: the token in the cookie is refused from now on, wherever it is replayed. */
export async function endAuthSession(db: SessionWriter, sessionId: string, now = new Date()): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: now } });
}

/** "Sign out everywhere": every open session of the person ends. Returns how many did. */
export async function endAllAuthSessions(db: Pick<Tx, "authSession">, userId: string, now = new Date()): Promise<number> {
  const { count } = await db.authSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: now } });
  return count;
}
