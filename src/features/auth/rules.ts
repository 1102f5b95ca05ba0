// Permissions as data: which role may do what to which row. Pure, no I/O.

export const roles = ["ADMIN", "COORDINATOR", "UNIT_STAFF", "ORDERER_CONTACT", "CLIENT", "MANAGER"] as const;
export type Role = (typeof roles)[number];

/** One role a signed-in person holds, with the organisation it is bound to. */
export interface Grant {
  role: Role;
  jobcenterId?: string | null;
  unitId?: string | null;
  ordererId?: string | null;
  clientId?: string | null;
}

export interface Subject {
  userId: string;
  grants: readonly Grant[];
}

type Ids = string | readonly string[] | null | undefined;

/** What a row belongs to. A field may list several ids (an order offered to several units). */
export interface Target {
  jobcenterId?: Ids;
  unitId?: Ids;
  ordererId?: Ids;
  clientId?: Ids;
  userId?: Ids;
}

/**
 * - any: every row (admins)
 * - jobcenter: rows of the grant's Jobcenter
 * - unit: rows of the grant's unit
 * - orderer: rows of the grant's Orderer
 * - self: the client's own rows, or the user's own account
 * - signedIn: no row to check (e.g. creating something new that the action itself scopes)
 */
export type Scope = "any" | "jobcenter" | "unit" | "orderer" | "self" | "signedIn";

export interface PermissionRule {
  role: Role;
  scope: Scope;
}

export type PermissionTable = Record<string, readonly PermissionRule[]>;

function includes(ids: Ids, id: string | null | undefined): boolean {
  if (!id || ids === null || ids === undefined) return false;
  return typeof ids === "string" ? ids === id : ids.includes(id);
}

export function grantMatches(rule: PermissionRule, grant: Grant, subject: Subject, target: Target): boolean {
  if (rule.role !== grant.role) return false;
  switch (rule.scope) {
    case "any":
    case "signedIn":
      return true;
    case "jobcenter":
      return includes(target.jobcenterId, grant.jobcenterId);
    case "unit":
      return includes(target.unitId, grant.unitId);
    case "orderer":
      return includes(target.ordererId, grant.ordererId);
    case "self":
      return includes(target.clientId, grant.clientId) || includes(target.userId, subject.userId);
  }
}

export function can(table: PermissionTable, subject: Subject | null, action: string, target: Target = {}): boolean {
  if (!subject) return false;
  const rules = table[action];
  if (!rules) throw new Error(`Unknown permission: ${action}`);
  return rules.some((rule) => subject.grants.some((grant) => grantMatches(rule, grant, subject, target)));
}

// ───── sign-in throttling (ADR 050) ─────

/**
 * How sign-in attempts are throttled. Three counts, so that nobody can lock out someone else:
 * - per account *and* source (address): a few free failures, then a wait that doubles with
 *   each further failure. This is the only limit on a source the account has signed in from
 *   before, so the real person on their own device or network keeps signing in whatever
 *   others do to the account.
 * - per account, over all sources it has not signed in from: bounded, so that many addresses
 *   together cannot guess more than this per window. Exhausting it refuses new sources only.
 * - per address, over all accounts: against trying one PIN on many accounts.
 */
export const SIGN_IN_THROTTLE = {
  freeFailures: 5,
  firstDelaySeconds: 60,
  maxDelaySeconds: 4 * 3600,
  /** a source's failure count is kept this long from its first failure (a success clears it) */
  sourceWindowSeconds: 24 * 3600,
  /** attempts on one account from sources it has not signed in from, per window */
  accountAttempts: 20,
  accountWindowSeconds: 24 * 3600,
  /** attempts from one address (on accounts it is new to), per window */
  ipAttempts: 50,
  ipWindowSeconds: 15 * 60,
  /** a successful sign-in makes its (account, source) known for this long */
  knownSourceSeconds: 90 * 24 * 3600,
} as const;

export type SignInThrottlePolicy = typeof SIGN_IN_THROTTLE;

/** Seconds to wait after the `failures`-th failure from one source before it may try again. */
export function delayAfterFailures(failures: number, policy: SignInThrottlePolicy = SIGN_IN_THROTTLE): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = failures - policy.freeFailures;
  // 2^doublings overflows nothing here: the cap is reached after a dozen doublings.
  return Math.min(policy.firstDelaySeconds * 2 ** Math.min(doublings, 30), policy.maxDelaySeconds);
}

/**
 * The most guesses one (account, source) can make in `seconds`, trying again the moment each
 * wait ends. The failure count restarts a window after its first failure, as the store does.
 */
export function maxGuessesFromOneSource(seconds: number, policy: SignInThrottlePolicy = SIGN_IN_THROTTLE): number {
  let t = 0;
  let guesses = 0;
  let windowStart = 0;
  let failures = 0;
  while (t < seconds) {
    if (t >= windowStart + policy.sourceWindowSeconds) {
      windowStart = t;
      failures = 0;
    }
    guesses++;
    failures++;
    t += Math.max(delayAfterFailures(failures, policy), 1);
  }
  return guesses;
}

/** Guesses an attacker gets on one account in `seconds`: every new source shares one account-wide budget. */
export function maxGuessesOnAccount(
  seconds: number,
  knownSourcesUsed: number,
  policy: SignInThrottlePolicy = SIGN_IN_THROTTLE,
): number {
  const windows = Math.ceil(seconds / policy.accountWindowSeconds);
  return windows * policy.accountAttempts + knownSourcesUsed * maxGuessesFromOneSource(seconds, policy);
}
/** Store key prefixes of the sign-in counts (the library stores `prefix:key`). */
export const SIGN_IN_KEYS = {
  failures: "signin:fail",
  wait: "signin:wait",
  account: "signin:acct",
  ip: "signin:ip",
  known: "signin:known",
} as const;

/** One account, whether or not it exists (an unknown name is throttled the same way). */
export function accountKey(kind: "staff" | "client", identifier: string): string {
  return `${kind}:${encodeURIComponent(identifier.trim().toLowerCase())}`;
}

/** One account from one source address. */
export function sourceKey(kind: "staff" | "client", identifier: string, ip: string): string {
  return `${accountKey(kind, identifier)}|${ip}`;
}

/** The store rows that throttle this account (not its known sources, which help its owner). */
export function signInThrottleRows(kind: "staff" | "client", identifier: string): { keys: string[]; prefixes: string[] } {
  const account = accountKey(kind, identifier);
  return {
    keys: [`${SIGN_IN_KEYS.account}:${account}`],
    prefixes: [`${SIGN_IN_KEYS.failures}:${account}|`, `${SIGN_IN_KEYS.wait}:${account}|`],
  };
}
// ───── end of sign-in throttling ─────
