// Permissions as data: which role may do what to which row. Pure, no I/O.

export const roles = ["ADMIN", "COORDINATOR", "UNIT_STAFF", "ORDERER_CONTACT", "CLIENT"] as const;
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

/** Sign-in attempts allowed before a key (an account, an IP address) is locked for a while. */
export interface LimitPolicy {
  /** attempts allowed within the window */
  max: number;
  windowMs: number;
  /** how long the key stays locked after reaching max */
  lockMs: number;
}

export const SIGN_IN_POLICY: LimitPolicy = { max: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const SIGN_IN_IP_POLICY: LimitPolicy = { max: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
