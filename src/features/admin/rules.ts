import type { AuthTokenKind, JobcenterKind, Role } from "@/generated/prisma/enums";

// Pure account and organisation rules of the admin area. See docs/decisions/010-invitations-and-resets.md.

/** An invitation link is valid for a week, a password reset link for a day. */
export const INVITE_VALID_MS = 7 * 24 * 3_600_000;
export const RESET_VALID_MS = 24 * 3_600_000;
export const MIN_PASSWORD_LENGTH = 10;
/** A new registration's email link: two days, so that a weekend does not lose the order. */
export const EMAIL_VERIFY_VALID_MS = 2 * 24 * 3_600_000;
/** The review link of an order a coordinator entered (ADR 024): two weeks. */
export const ORDER_REVIEW_VALID_MS = 14 * 24 * 3_600_000;

/** The public page behind each kind of link. */
export function tokenPathOf(kind: AuthTokenKind, token: string): string {
  const page = kind === "INVITE" ? "invite" : kind === "PASSWORD_RESET" ? "reset" : kind === "ORDER_REVIEW" ? "review" : "verify-email";
  return `/${page}/${token}`;
}

export interface TokenFacts {
  expiresAt: Date;
  usedAt: Date | null;
}

/** A token works once, before it expires. */
export function tokenUsable(token: TokenFacts | null, now: Date): boolean {
  return !!token && token.usedAt === null && token.expiresAt > now;
}

/**
 * LAST_ADMIN: the change would leave no active person with an active ADMIN membership.
 * `activeAdminIds` are the users who are active admins now; `losingAdmin` is the user who
 * would stop being one (deactivated, or the ADMIN role removed).
 */
export function wouldRemoveLastAdmin(activeAdminIds: readonly string[], losingAdmin: string): boolean {
  return activeAdminIds.includes(losingAdmin) && activeAdminIds.filter((id) => id !== losingAdmin).length === 0;
}

/** The pilot's lesson: commission contracts are blocked by default in rehabilitative work activity. */
export function defaultBlockCommission(kind: JobcenterKind): boolean {
  return kind === "REHABILITATIVE_WORK_ACTIVITY";
}

/** Which organisation each staff role is bound to. */
export const membershipScope: Record<Exclude<Role, "CLIENT">, "none" | "jobcenter" | "unit" | "orderer"> = {
  ADMIN: "none",
  COORDINATOR: "jobcenter",
  UNIT_STAFF: "unit",
  ORDERER_CONTACT: "orderer",
  MANAGER: "jobcenter",
};

export type StaffRole = Exclude<Role, "CLIENT">;

export interface MembershipInput {
  role: StaffRole;
  jobcenterId?: string | null;
  unitId?: string | null;
  ordererId?: string | null;
}

export interface NormalizedMembership {
  role: MembershipInput["role"];
  jobcenterId: string | null;
  unitId: string | null;
  ordererId: string | null;
}

/** Keeps only the organisation id the role needs; null when that id is missing. */
export function normalizeMembership(m: MembershipInput): NormalizedMembership | null {
  const scope = membershipScope[m.role];
  const pick = (k: "jobcenterId" | "unitId" | "ordererId") => (scope === k.replace("Id", "") ? m[k] || null : null);
  const out = { role: m.role, jobcenterId: pick("jobcenterId"), unitId: pick("unitId"), ordererId: pick("ordererId") };
  if (scope === "jobcenter" && !out.jobcenterId) return null;
  if (scope === "unit" && !out.unitId) return null;
  if (scope === "orderer" && !out.ordererId) return null;
  return out;
}

/** Audit log paging. */
export const AUDIT_PAGE_SIZE = 50;
export function pageOf(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}
