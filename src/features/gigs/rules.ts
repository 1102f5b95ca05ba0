import type { GigStatus } from "@/generated/prisma/enums";

// A gig's life. Coordination creates and offers gigs; the client answers and reports; staff
// approve hours. Every move between states goes through `canMoveGig`.
const transitions: Record<GigStatus, readonly GigStatus[]> = {
  PLANNED: ["OFFERED", "CANCELLED", "REPLACED"],
  OFFERED: ["ACCEPTED", "DECLINED", "CANCELLED", "REPLACED"],
  ACCEPTED: ["STARTED", "REPORTED", "CANCELLED", "REPLACED"],
  DECLINED: [],
  STARTED: ["REPORTED", "CANCELLED"],
  // Staff may enter hours for a client who does not use the app: ACCEPTED → REPORTED → APPROVED.
  REPORTED: ["APPROVED", "REPORTED"],
  APPROVED: [],
  CANCELLED: [],
  REPLACED: [],
};

export function canMoveGig(from: GigStatus, to: GigStatus): boolean {
  return transitions[from].includes(to);
}

// The named sets of gig states. Every other file imports these; none spells a set out again.

/**
 * A gig that still counts: it holds the client's time (double-booking checks) and a place in
 * its order (not declined, cancelled or swapped away).
 */
export const BOOKING_STATES: readonly GigStatus[] = ["PLANNED", "OFFERED", "ACCEPTED", "STARTED", "REPORTED", "APPROVED"];
/** The client has said yes: the place in the session is filled. */
export const FILLED_STATES: readonly GigStatus[] = ["ACCEPTED", "STARTED", "REPORTED", "APPROVED"];
/** Not yet worked: a cancelled order cancels these. */
export const OPEN_GIG_STATES: readonly GigStatus[] = ["PLANNED", "OFFERED", "ACCEPTED", "STARTED"];
/** The coordinator may still swap the worker, reschedule or cancel. */
export const CHANGEABLE_GIG_STATES: readonly GigStatus[] = ["PLANNED", "OFFERED", "ACCEPTED"];
/** Hours can be reported (by the client) or entered (by staff). */
export const REPORTABLE_GIG_STATES: readonly GigStatus[] = ["ACCEPTED", "STARTED", "REPORTED"];

/** Nobody has said yes yet: the coordinator is told when such a gig is two days away (ADR 045). */
export const UNANSWERED_GIG_STATES: readonly GigStatus[] = ["PLANNED", "OFFERED"];

export function isGigIn(states: readonly GigStatus[], status: GigStatus | string): boolean {
  return (states as readonly string[]).includes(status);
}

interface TimeRange {
  startsAt: Date;
  endsAt: Date;
}

/** Two time ranges overlap when each starts before the other ends. */
export function overlaps(a: TimeRange, b: TimeRange): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** `overlaps(row, range)` as a database filter on a row's startsAt/endsAt (double bookings, a week's gigs). */
export function overlapping(range: TimeRange) {
  return { startsAt: { lt: range.endsAt }, endsAt: { gt: range.startsAt } };
}
