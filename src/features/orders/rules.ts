import { BOOKING_STATES, FILLED_STATES, isGigIn } from "@/features/gigs/rules";
import type { ChangeStatus, GigStatus, MessageKind, OrderStatus, ScheduleKind } from "@/generated/prisma/enums";
import { helsinkiInstant, isCalendarDay } from "@/lib/dates";
import { CHANGEABLE_ORDER_STATES, CLOSED_ORDER_STATES, isOrderIn, TERMS_ACCEPTED_STATES } from "./status";

/**
 * A new work session (an order's, one a coordinator adds, or a gig moved to a new time) cannot
 * start before now: nobody can be booked to work in the past. `now` is the request's clock
 * (the action's `now`), so tests and the app agree on it; the start is a Helsinki wall-clock
 * instant (`helsinkiInstant`), so "before now" is asked in Helsinki time whatever the server's zone.
 */
export function startsInPast(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() < now.getTime();
}

/**
 * True when the order's current terms are accepted: it may be offered to units and clients.
 * An order waiting for (re-)acceptance after a coordinator's price or scope change is not.
 * See docs/decisions/021-order-terms-acceptance.md.
 */
export function termsAccepted(order: { status: OrderStatus; reacceptanceRequired: boolean }): boolean {
  return TERMS_ACCEPTED_STATES.includes(order.status) && !order.reacceptanceRequired;
}

/** Only a draft can be edited by the orderer; after submission changes go through OrderChange. */
export function isEditable(order: { status: OrderStatus }): boolean {
  return order.status === "DRAFT";
}

/** The coordinator may propose an agreed price or a change of scope until the work is done. */
export function changeAllowed(order: { status: OrderStatus }): boolean {
  return isOrderIn(CHANGEABLE_ORDER_STATES, order.status);
}

/** The change waiting for the orderer's decision; a new proposal withdraws the old, so there is at most one. */
export function pendingChangeOf<C extends { status: ChangeStatus }>(changes: readonly C[]): C | undefined {
  return changes.find((c) => c.status === "PENDING");
}

/** The orderer and the coordinator can write about an order until it is cancelled. */
export function messagesOpen(order: { status: OrderStatus }): boolean {
  return order.status !== "CANCELLED";
}

/**
 * The cancellation fee in cents, or null when the order cannot be cancelled any more.
 * Free until workers are assigned; after that the fee of the accepted terms version applies
 * (docs/decisions/022-order-cancellation.md).
 */
export function cancellationFee(
  order: { status: OrderStatus },
  gigs: readonly { status: GigStatus }[],
  acceptedTermsFeeCents: number | null,
): number | null {
  if (isOrderIn(CLOSED_ORDER_STATES, order.status)) return null;
  // A booked gig (offered, accepted or already worked) means workers have been assigned.
  const assigned = gigs.some((g) => isGigIn(BOOKING_STATES, g.status));
  if (!assigned) return 0;
  return acceptedTermsFeeCents ?? 0;
}

export interface TermsRow {
  id: string;
  locale: string;
  version: number;
  validFrom: Date;
}

/**
 * The terms version in force on `day` (a `@db.Date` value) for the language: the highest version
 * that has started. Falls back to Finnish when the language has none.
 */
export function currentTerms<T extends TermsRow>(rows: readonly T[], locale: string, day: Date): T | null {
  const pick = (loc: string) => {
    let best: T | null = null;
    for (const r of rows) {
      if (r.locale !== loc || r.validFrom.getTime() > day.getTime()) continue;
      if (!best || r.version > best.version) best = r;
    }
    return best;
  };
  return pick(locale) ?? (locale === "fi" ? null : pick("fi"));
}

/** Is this version the one in force for its own language today? (The orderer accepts the text they read.) */
export function isCurrentTerms(rows: readonly TermsRow[], versionId: string, day: Date): boolean {
  const row = rows.find((r) => r.id === versionId);
  if (!row) return false;
  return currentTerms(rows, row.locale, day)?.id === row.id;
}

/** Feedback can be given on a gig whose work is done (reported or approved). */
export function feedbackAllowed(gig: { status: GigStatus }): boolean {
  return gig.status === "REPORTED" || gig.status === "APPROVED";
}

/** A hire can be recorded once the worker has said yes to the gig. */
export function hireAllowed(gig: { status: GigStatus }): boolean {
  return isGigIn(FILLED_STATES, gig.status);
}

/**
 * What a new message is: the coordinator may ask a question; the orderer's reply to an open
 * question (the last question or answer is a question) is its answer.
 */
export function messageKind(asOrderer: boolean, askedAsQuestion: boolean, lastQuestionOrAnswer: MessageKind | null): MessageKind {
  if (asOrderer) return lastQuestionOrAnswer === "QUESTION" ? "ANSWER" : "MESSAGE";
  return askedAsQuestion ? "QUESTION" : "MESSAGE";
}

/** The most minutes per worker an estimate may hold: 30 sessions of 12 hours. */
export const MAX_ESTIMATE_MINUTES = 30 * 12 * 60;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The estimate follows the schedule (ADR 035). With exact sessions, every worker works every
 * session, so the minutes per worker are the sessions' lengths added up (two 4-hour sessions
 * for 3 workers: 8 h × 3 = 24 h, not 4 h × 3); a session's length is asked in Helsinki time,
 * so a night across a clock change counts the hours really worked. With an indicative window
 * (or no complete session yet) the orderer's own estimate stands.
 */
export function estimatedMinutesPerWorker(f: {
  scheduleKind?: ScheduleKind;
  sessions?: readonly { date: string; start: string; end: string }[];
  minutesPerWorker?: number;
}): number | undefined {
  if (f.scheduleKind !== "EXACT") return f.minutesPerWorker;
  const complete = (f.sessions ?? []).filter((s) => isCalendarDay(s.date) && TIME.test(s.start) && TIME.test(s.end) && s.end > s.start);
  if (complete.length === 0) return f.minutesPerWorker;
  return complete.reduce((sum, s) => sum + (helsinkiInstant(s.date, s.end).getTime() - helsinkiInstant(s.date, s.start).getTime()) / 60_000, 0);
}
