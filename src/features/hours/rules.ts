import type { GigStatus } from "@/generated/prisma/enums";
import { BOOKING_STATES, REPORTABLE_GIG_STATES, isGigIn } from "@/features/gigs/rules";
import type { RuleCode } from "@/server/errors";

// Recording a gig's hours (docs/decisions/033-client-data-for-coordinators.md). Approved hours
// are locked: a later change is a correction with a reason. Every change is an HoursEvent with
// who, when and why.

export type HoursStep = "APPROVE" | "ENTER" | "CORRECT";

/**
 * The change of hours staff may make to a gig in this state, or null for none:
 * REPORTED → approve what the client reported; APPROVED → correct (with a reason);
 * ACCEPTED/STARTED (still reportable, nothing reported yet) → enter the hours for a client
 * who does not use the app.
 */
export function hoursStepFor(status: GigStatus): HoursStep | null {
  if (status === "REPORTED") return "APPROVE";
  if (status === "APPROVED") return "CORRECT";
  if (isGigIn(REPORTABLE_GIG_STATES, status)) return "ENTER";
  return null;
}

/**
 * What a change of hours does to a gig, or the rule that stops it.
 * - APPROVE: REPORTED → APPROVED, with the reported minutes or corrected ones (a reason is
 *   needed when the minutes differ from what was reported).
 * - ENTER: staff enter the hours of a client who does not use the app: ACCEPTED/STARTED →
 *   REPORTED → APPROVED in one step.
 * - CORRECT: APPROVED stays APPROVED with new minutes; needs a reason (without one the hours
 *   are locked).
 */
export function hoursStepProblem(
  step: HoursStep,
  gig: { status: GigStatus; reportedMinutes: number | null },
  change: { minutes?: number | null; reason?: string | null },
): RuleCode | null {
  const reason = change.reason?.trim() ?? "";
  if (gig.status === "APPROVED" && step !== "CORRECT") return "HOURS_LOCKED";
  if (hoursStepFor(gig.status) !== step) return "GIG_NOT_IN_STATE";
  switch (step) {
    case "APPROVE":
      if (change.minutes == null && gig.reportedMinutes == null) return "GIG_NOT_IN_STATE";
      if (change.minutes != null && change.minutes !== gig.reportedMinutes && !reason) return "REASON_REQUIRED";
      return null;
    case "ENTER":
      if (change.minutes == null) return "GIG_NOT_IN_STATE";
      return null;
    case "CORRECT":
      if (!reason) return "HOURS_LOCKED";
      return null;
  }
}

/** Hours on an invoice are locked: a correction goes through a credit note and a new invoice (ADR 060). */
export function invoicedHoursProblem(invoiced: boolean): RuleCode | null {
  return invoiced ? "HOURS_INVOICED" : null;
}

interface HoursRow {
  status: GigStatus;
  plannedMinutes: number;
  approvedMinutes: number | null;
}

/** The gigs whose hours count: declined, cancelled and swapped-away gigs do not. */
export function countedGigs<T extends { status: GigStatus }>(gigs: readonly T[]): T[] {
  return gigs.filter((g) => isGigIn(BOOKING_STATES, g.status));
}

/** Planned versus approved minutes over an order's gigs that still count. */
export function hoursTotals(gigs: readonly HoursRow[]): { plannedMinutes: number; approvedMinutes: number; approvedGigs: number; gigs: number } {
  const counted = countedGigs(gigs);
  return {
    plannedMinutes: counted.reduce((s, g) => s + g.plannedMinutes, 0),
    approvedMinutes: counted.reduce((s, g) => s + (g.status === "APPROVED" ? (g.approvedMinutes ?? 0) : 0), 0),
    approvedGigs: counted.filter((g) => g.status === "APPROVED").length,
    gigs: counted.length,
  };
}
