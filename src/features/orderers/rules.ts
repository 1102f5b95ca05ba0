import type { OrdererStatus } from "@/generated/prisma/enums";
import type { RuleCode } from "@/server/errors";

// Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.
// Weights 7, 9, 10, 5, 8, 4, 2; sum mod 11; remainder 0 → check 0; remainder 1 → never issued;
// otherwise the check digit is 11 − remainder.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/** The check digit for seven digits, or null when no valid ID has them (remainder 1). */
export function businessIdCheckDigit(sevenDigits: string): number | null {
  if (!/^\d{7}$/.test(sevenDigits)) return null;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(sevenDigits[i]), 0);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return null;
  return 11 - r;
}

/** "0737546-2" → true. Old six-digit IDs are written with a leading zero. */
export function isValidBusinessId(value: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(value.trim());
  if (!m) return false;
  const check = businessIdCheckDigit(m[1]!);
  return check !== null && check === Number(m[2]);
}

/** Tidies what people type: spaces away; "07375462" → "0737546-2". */
export function normalizeBusinessId(value: string): string {
  const v = value.replace(/\s/g, "");
  return /^\d{8}$/.test(v) ? `${v.slice(0, 7)}-${v.slice(7)}` : v;
}

// ───────────── who the orderer is (ADR 055) ─────────────

/**
 * ORDERER_UNVERIFIED: the order's orderer is not (yet) verified, so its order may not be
 * offered to units, given to workers or approved for billing. The order may still be read,
 * discussed and cancelled.
 */
export function ordererProblem(orderer: { status: OrdererStatus }): RuleCode | null {
  return orderer.status === "VERIFIED" ? null : "ORDERER_UNVERIFIED";
}

/** Orders that reach the coordinator: the contact has opened the email link. */
export const VISIBLE_ORDERER_STATES: readonly OrdererStatus[] = ["UNVERIFIED", "VERIFIED", "REFUSED"];

export function isOrdererIn(states: readonly OrdererStatus[], status: OrdererStatus): boolean {
  return states.includes(status);
}

/** A coordinator may decide on an orderer only while it waits for a decision. */
export function reviewProblem(
  orderer: { status: OrdererStatus; duplicateOfId: string | null },
  decision: "VERIFIED" | "REFUSED" | "JOINED",
): RuleCode | null {
  if (orderer.status !== "UNVERIFIED") return "ORDERER_NOT_WAITING";
  // A registration with an existing orderer's business ID is joined to it or refused:
  // verifying it on its own would make the twin the check is there to stop.
  if (decision === "VERIFIED" && orderer.duplicateOfId) return "ORDERER_DUPLICATE_BUSINESS_ID";
  if (decision === "JOINED" && !orderer.duplicateOfId) return "ORDERER_NOT_DUPLICATE";
  return null;
}

/** The existing orderer a new registration's business ID points at: the oldest live one. */
export function duplicateOf<T extends { id: string; status: OrdererStatus; createdAt: Date }>(sameBusinessId: readonly T[]): T | null {
  const live = sameBusinessId.filter((o) => o.status === "VERIFIED" || o.status === "UNVERIFIED");
  const verified = live.filter((o) => o.status === "VERIFIED");
  const pick = (verified.length > 0 ? verified : live).slice().sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return pick[0] ?? null;
}
