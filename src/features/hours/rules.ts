import type { GigStatus } from "@/generated/prisma/enums";
import { BOOKING_STATES, REPORTABLE_GIG_STATES, isGigIn } from "@/features/gigs/rules";
import { addHelsinkiDays } from "@/lib/dates";
import type { RuleCode } from "@/server/errors";

// Recording a gig's hours (docs/decisions/033-client-data-for-coordinators.md). Approved hours
// are locked: a later change is a correction with a reason. Every change is an HoursEvent with
// who, when and why.

export type HoursStep = "APPROVE" | "ENTER" | "CORRECT";

/**
 * Hours exist only once the gig has begun: reporting, entering and approving wait for the
 * planned start (instants compared, so the server's zone plays no part). Staff may enter the
 * hours of any past gig.
 */
export function gigHasBegun(gig: { startsAt: Date }, now: Date): boolean {
  return now.getTime() >= gig.startsAt.getTime();
}

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
 * Approving and entering wait until the gig has begun (GIG_NOT_BEGUN).
 */
export function hoursStepProblem(
  step: HoursStep,
  gig: { status: GigStatus; reportedMinutes: number | null; startsAt: Date },
  change: { minutes?: number | null; reason?: string | null },
  now: Date,
): RuleCode | null {
  const reason = change.reason?.trim() ?? "";
  if (gig.status === "APPROVED" && step !== "CORRECT") return "HOURS_LOCKED";
  if (hoursStepFor(gig.status) !== step) return "GIG_NOT_IN_STATE";
  if (step !== "CORRECT" && !gigHasBegun(gig, now)) return "GIG_NOT_BEGUN";
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

/** An order may be approved only when every gig that counts has approved hours (none still reported). */
export function orderHoursApproved(gigs: readonly { status: GigStatus }[]): boolean {
  const counted = countedGigs(gigs);
  return counted.length > 0 && counted.every((g) => g.status === "APPROVED");
}

// ───────────── the orderer's review of done work (ADR 035) ─────────────

export interface ReviewGig {
  id: string;
  status: GigStatus;
  approvedAt: Date | null;
  hoursConfirmedAt: Date | null;
  hoursDisputedAt: Date | null;
}

/**
 * When the orderer's review opens: once every gig that counts has approved hours, at the last
 * approval (a later correction moves it, and with it the deadline). Null while hours are open.
 */
export function reviewOpensAt(gigs: readonly ReviewGig[]): Date | null {
  if (!orderHoursApproved(gigs)) return null;
  const times = countedGigs(gigs).map((g) => g.approvedAt?.getTime() ?? 0);
  return new Date(Math.max(...times));
}

/** The orderer's deadline: the terms' days after the review opened, counted in Helsinki calendar days. */
export function confirmationDeadline(gigs: readonly ReviewGig[], days: number): Date | null {
  const opens = reviewOpensAt(gigs);
  return opens && addHelsinkiDays(opens, days);
}

/** A gig whose approved hours still wait for the orderer: neither confirmed nor disputed. */
export function awaitsReview(g: ReviewGig): boolean {
  return g.status === "APPROVED" && g.hoursConfirmedAt === null && g.hoursDisputedAt === null;
}

/** Confirming or disputing: only once all hours are approved, and only a gig that still waits. */
export function reviewProblem(gigs: readonly ReviewGig[], gig?: ReviewGig): RuleCode | null {
  if (!reviewOpensAt(gigs)) return "HOURS_NOT_READY";
  if (gig) {
    if (gig.hoursConfirmedAt) return "HOURS_ALREADY_CONFIRMED";
    if (gig.hoursDisputedAt) return "HOURS_IN_DISPUTE";
    return null;
  }
  return countedGigs(gigs).some(awaitsReview) ? null : "HOURS_ALREADY_CONFIRMED";
}

/** The gigs the deadline confirms: every gig still waiting, once the deadline has passed (a dispute waits for the coordinator). */
export function gigsDeemedConfirmed<G extends ReviewGig>(gigs: readonly G[], days: number, now: Date): G[] {
  const deadline = confirmationDeadline(gigs, days);
  if (!deadline || now.getTime() < deadline.getTime()) return [];
  return countedGigs(gigs).filter(awaitsReview);
}

export type ReviewState = "open" | "toConfirm" | "disputed" | "confirmed";

/** Where the orderer's review stands: hours still open, waiting for the orderer, a dispute open, or all confirmed. */
export function reviewState(gigs: readonly ReviewGig[]): ReviewState {
  if (!reviewOpensAt(gigs)) return "open";
  const counted = countedGigs(gigs);
  if (counted.some((g) => g.hoursDisputedAt !== null && g.hoursConfirmedAt === null)) return "disputed";
  if (counted.some(awaitsReview)) return "toConfirm";
  return "confirmed";
}
