import type { Db } from "@/server/db";
import { listThrottleRows, type ThrottleStore } from "@/server/db/rate-limit";
import { SIGN_IN_THROTTLE, signInThrottleRows } from "./rules";

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

// ───── sign-in throttling (ADR 050) ─────

export interface SignInThrottleStatus {
  /** wrong tries counted now, over all sources */
  failures: number;
  /** sources (addresses) with wrong tries */
  sources: number;
  /** sources that must wait before their next try */
  waitingSources: number;
  /** seconds until sources new to the account may try again; null when they may */
  newSourcesRefusedSeconds: number | null;
}

/** What staff see of an account's throttling: is it locked, or being tried? */
export async function signInThrottleStatus(
  store: ThrottleStore,
  kind: "staff" | "client",
  identifier: string,
  now: Date,
): Promise<SignInThrottleStatus> {
  const { keys, prefixes } = signInThrottleRows(kind, identifier);
  const [failurePrefix, waitPrefix] = prefixes as [string, string];
  const [failureRows, waitRows, accountRows] = await Promise.all([
    listThrottleRows(store, failurePrefix, now),
    listThrottleRows(store, waitPrefix, now),
    listThrottleRows(store, keys[0]!, now),
  ]);
  const account = accountRows.find((r) => r.key === keys[0]);
  const refused = account && account.points >= SIGN_IN_THROTTLE.accountAttempts && account.expire;
  return {
    failures: failureRows.reduce((sum, r) => sum + r.points, 0),
    sources: failureRows.length,
    // A wait is a blocked row (points past the gate's one); a lone point is an attempt in flight.
    waitingSources: waitRows.filter((r) => r.points > 1).length,
    newSourcesRefusedSeconds: refused ? Math.max(1, Math.ceil((refused.getTime() - now.getTime()) / 1000)) : null,
  };
}

/** The account whose sign-in staff clear, with what it belongs to. */
export function findAccountForThrottle(db: Pick<Db, "user">, userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, clientUsername: true, client: { select: { id: true, unitId: true } } },
  });
}

/** How an account signs in, for its throttle keys; null when it has no way to. */
export function signInIdentity(account: { email: string | null; clientUsername: string | null }): { kind: "staff" | "client"; identifier: string } | null {
  if (account.clientUsername) return { kind: "client", identifier: account.clientUsername };
  if (account.email) return { kind: "staff", identifier: account.email };
  return null;
}

/** The throttling of one account (by user id), for the staff pages; null when it cannot sign in. */
export async function accountThrottleStatus(db: Pick<Db, "user" | "rateLimiterFlexible">, userId: string, now: Date): Promise<SignInThrottleStatus | null> {
  const account = await findAccountForThrottle(db, userId);
  const identity = account && signInIdentity(account);
  return identity ? signInThrottleStatus(db, identity.kind, identity.identifier, now) : null;
}

export function isThrottled(status: SignInThrottleStatus): boolean {
  return status.failures > 0 || status.waitingSources > 0 || status.newSourcesRefusedSeconds !== null;
}

/** An account whose email was never confirmed by a link may not sign in (ADR 055). */
export async function emailVerified(db: Pick<Db, "user">, userId: string): Promise<boolean> {
  const u = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  return !!u && (u.email === null || u.emailVerifiedAt !== null);
}

/** The stored session behind a token's session id (ADR 052). */
export function findAuthSession(db: Pick<Db, "authSession">, sessionId: string) {
  return db.authSession.findUnique({ where: { id: sessionId }, select: { userId: true, kind: true, lastSeenAt: true, endedAt: true } });
}
