import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { verifySecret } from "./password";
import { clearThrottleRows, Throttle, type ThrottleStore } from "@/server/db/rate-limit";
import { findClientAccount, findStaffAccount } from "./queries";
import { accountKey, delayAfterFailures, SIGN_IN_KEYS, SIGN_IN_THROTTLE, signInThrottleRows, sourceKey } from "./rules";

/** Account settings: the language is remembered on the account too, so reminders come in it. */
export async function setAccountLocale(tx: Tx, userId: string, locale: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { locale } });
}

export type SignInResult =
  | { ok: true; user: { id: string; name: string; sessionVersion: number } }
  | { ok: false; error: "INVALID_CREDENTIALS" | "RATE_LIMITED"; retryAfterSeconds?: number };

// A fixed hash to compare against when the account does not exist, so that the answer takes
// as long either way and does not tell which emails have accounts.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

// ───── sign-in throttling (ADR 050) ─────

/** The counts behind sign-in throttling, on one store and clock. */
export function signInThrottles(store: ThrottleStore, now: () => Date) {
  const p = SIGN_IN_THROTTLE;
  return {
    // Failures per (account, source); never refuses by itself, it only sets the next wait.
    failures: new Throttle(store, SIGN_IN_KEYS.failures, { points: 1_000_000, durationSeconds: p.sourceWindowSeconds }, now),
    // The wait before a source's next try, and the one attempt in flight per (account, source).
    wait: new Throttle(store, SIGN_IN_KEYS.wait, { points: 1, durationSeconds: IN_FLIGHT_SECONDS }, now),
    account: new Throttle(store, SIGN_IN_KEYS.account, { points: p.accountAttempts, durationSeconds: p.accountWindowSeconds }, now),
    ip: new Throttle(store, SIGN_IN_KEYS.ip, { points: p.ipAttempts, durationSeconds: p.ipWindowSeconds }, now),
    known: new Throttle(store, SIGN_IN_KEYS.known, { points: 1, durationSeconds: p.knownSourceSeconds }, now),
  };
}

// Holds the (account, source) while its secret is checked, so that a burst of parallel
// guesses gets one check, not many. Released at once when the check ends.
const IN_FLIGHT_SECONDS = 30;

async function checkCredentials(
  db: Db,
  kind: "staff" | "client",
  identifier: string,
  secret: string,
  ip: string,
  now: Date,
  find: () => Promise<{ id: string; name: string; sessionVersion: number; active: boolean; hash: string | null } | null>,
): Promise<SignInResult> {
  const t = signInThrottles(db, () => now);
  const account = accountKey(kind, identifier);
  const source = sourceKey(kind, identifier, ip);

  // One attempt at a time per (account, source), and none while its wait runs. Counted
  // before the check, so that parallel requests cannot all slip past a read-then-write.
  const gate = await t.wait.hit(source);
  if (!gate.ok) return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: gate.retryAfterSeconds };

  // A source the account signed in from before is limited by its own count only: this is
  // what keeps the real person in while others hammer the account.
  const known = (await t.known.peek(source)) !== null;
  if (!known) {
    for (const [limit, key] of [
      [t.ip, ip],
      [t.account, account],
    ] as const) {
      const hit = await limit.hit(key);
      if (!hit.ok) {
        await t.wait.clear(source);
        return { ok: false, error: "RATE_LIMITED", retryAfterSeconds: hit.retryAfterSeconds };
      }
    }
  }

  const found = await find();
  const valid = await verifySecret(secret, found?.hash ?? DUMMY_HASH);
  if (!found || !found.active || !valid) {
    const failures = await t.failures.hit(source);
    const wait = failures.ok ? delayAfterFailures(failures.consumed) : SIGN_IN_THROTTLE.maxDelaySeconds;
    if (wait > 0) await t.wait.block(source, wait);
    else await t.wait.clear(source);
    return { ok: false, error: "INVALID_CREDENTIALS", ...(wait > 0 ? { retryAfterSeconds: wait } : {}) };
  }
  // Only failures count against the shared budgets: a success gives its attempt back.
  if (!known) {
    await t.ip.refund(ip);
    await t.account.refund(account);
  }
  await t.failures.clear(source);
  await t.wait.clear(source);
  await t.known.set(source, 1, SIGN_IN_THROTTLE.knownSourceSeconds);
  await db.user.update({ where: { id: found.id }, data: { lastSignInAt: now } });
  return { ok: true, user: { id: found.id, name: found.name, sessionVersion: found.sessionVersion } };
}

/**
 * Clears the throttling of one account: its failure counts and waits on every source, and the
 * account-wide count. Known sources stay known. Used by staff and when a new PIN is issued.
 */
export async function clearSignInThrottle(store: ThrottleStore, kind: "staff" | "client", identifier: string): Promise<number> {
  return clearThrottleRows(store, signInThrottleRows(kind, identifier));
}
// ───── end of sign-in throttling ─────

export function signInStaff(db: Db, email: string, password: string, ip: string, now = new Date()): Promise<SignInResult> {
  return checkCredentials(db, "staff", email, password, ip, now, async () => {
    const u = await findStaffAccount(db, email);
    return u && { id: u.id, name: u.name, sessionVersion: u.sessionVersion, active: u.active, hash: u.passwordHash };
  });
}

export function signInClient(db: Db, username: string, pin: string, ip: string, now = new Date()): Promise<SignInResult> {
  return checkCredentials(db, "client", username, pin, ip, now, async () => {
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
