import { BOOKING_STATES } from "@/features/gigs/rules";
import type { GigStatus, JobcenterKind } from "@/generated/prisma/enums";
import { gigHasBegun } from "@/features/hours/rules";

// The client's phone app: what the home page shows first and which buttons a gig has.
// Pure; see docs/decisions/042-client-app.md.

/** The default of the named setting `GIG_START_WINDOW_MINUTES`: "I started" opens this long before the start. */
export const DEFAULT_START_WINDOW_MINUTES = 15;
/** A started gig whose planned end passed more than this long ago is a forgotten check-out. */
export const FORGOTTEN_CHECKOUT_HOURS = 4;
/** An offer without an answer for this long shows to unit staff as "not answered". */
export const UNANSWERED_OFFER_HOURS = 24;
/** Reported time is rounded to this many minutes. */
export const ROUND_MINUTES = 15;
/** The longest one gig may be reported as (a whole day). */
export const MAX_REPORTED_MINUTES = 16 * 60;

/** The client sees a gig once it is offered: a planned gig is still the coordinator's draft. */
export const CLIENT_VISIBLE_GIG_STATES: readonly GigStatus[] = BOOKING_STATES.filter((s) => s !== "PLANNED");
/** The states unit staff watch in the support list: offers to answer, check-outs to remember. */
export const SUPPORT_WATCH_STATES: readonly GigStatus[] = ["OFFERED", "STARTED"];

/** Rounds worked time to the nearest quarter hour, at least one quarter. */
export function roundWorkedMinutes(minutes: number): number {
  const q = Math.round(minutes / ROUND_MINUTES) * ROUND_MINUTES;
  return Math.min(MAX_REPORTED_MINUTES, Math.max(ROUND_MINUTES, q));
}

/** "I finished": the time from "I started" until now, rounded to a quarter hour. */
export function minutesBetween(startedAt: Date, finishedAt: Date): number {
  return roundWorkedMinutes((finishedAt.getTime() - startedAt.getTime()) / 60_000);
}

/**
 * When "I finished" was pressed, as the server counts it: the phone's time when the press was
 * queued offline (ADR 080), but never before "I started" nor after the server's now, so a
 * wrong phone clock cannot add hours. Without a claimed time: now.
 */
export function finishInstant(startedAt: Date, claimed: Date | undefined, now: Date): Date {
  if (!claimed) return now;
  const t = Math.min(now.getTime(), Math.max(startedAt.getTime(), claimed.getTime()));
  return new Date(t);
}

/** "I finished" this soon after "I started" is more likely a slip than work: the phone asks first. */
export const CONFIRM_FINISH_WITHIN_MS = 60_000;

export function finishLooksTooSoon(startedAt: Date, now: Date): boolean {
  return now.getTime() - startedAt.getTime() < CONFIRM_FINISH_WITHIN_MS;
}

/**
 * "I started" opens `windowMinutes` before the planned start (the setting
 * GIG_START_WINDOW_MINUTES), never hours ahead: a press at 05:43 for a 15:00 gig is refused.
 * Instants are compared, so the server's time zone does not matter.
 */
export function canStartYet(gig: { startsAt: Date }, now: Date, windowMinutes: number): boolean {
  return now.getTime() >= gig.startsAt.getTime() - windowMinutes * 60_000;
}

/** Hours can be reported only once the gig has begun (the same rule as staff approval). */
export function canReportYet(gig: { startsAt: Date }, now: Date): boolean {
  return gigHasBegun(gig, now);
}

export function isForgottenCheckOut(gig: { status: GigStatus; endsAt: Date }, now: Date): boolean {
  return gig.status === "STARTED" && now.getTime() > gig.endsAt.getTime() + FORGOTTEN_CHECKOUT_HOURS * 3_600_000;
}

/** An offer waiting too long; the gig's last change is when it was offered. */
export function isUnansweredOffer(gig: { status: GigStatus; updatedAt: Date }, now: Date): boolean {
  return gig.status === "OFFERED" && now.getTime() - gig.updatedAt.getTime() > UNANSWERED_OFFER_HOURS * 3_600_000;
}

export type GigStep = "answer" | "start" | "finish" | "enterHours" | "waiting" | "approved" | "none";

/** The one thing the gig screen asks the client to do now. */
export function nextStep(gig: { status: GigStatus; startsAt: Date }, now: Date, startWindowMinutes: number): GigStep {
  switch (gig.status) {
    case "OFFERED":
      return "answer";
    case "ACCEPTED":
      return canStartYet(gig, now, startWindowMinutes) ? "start" : "none";
    case "STARTED":
      return "finish";
    case "REPORTED":
      return "waiting";
    case "APPROVED":
      return "approved";
    default:
      return "none";
  }
}

export interface HomeGig {
  id: string;
  status: GigStatus;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The home page in the client's order: the next gig first (one already started, else the
 * earliest accepted one), then offers waiting for an answer, then done gigs (newest first).
 */
export function homeSections<G extends HomeGig>(gigs: readonly G[]): { next: G | null; upcoming: G[]; offers: G[]; done: G[] } {
  const byStart = [...gigs].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const started = byStart.filter((g) => g.status === "STARTED");
  const accepted = byStart.filter((g) => g.status === "ACCEPTED");
  const active = [...started, ...accepted];
  return {
    next: active[0] ?? null,
    upcoming: active.slice(1),
    offers: byStart.filter((g) => g.status === "OFFERED"),
    done: byStart.filter((g) => g.status === "REPORTED" || g.status === "APPROVED").reverse(),
  };
}

export function mapUrl(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

/** "09 310 12345" → "tel:+358931012345" (Finnish numbers), otherwise the digits as given. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  if (digits.startsWith("+")) return `tel:${digits}`;
  if (digits.startsWith("0")) return `tel:+358${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** Client usernames: short, lower-case, easy to type on a phone. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

export function normaliseUsername(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * What the client's gig page and reminder say about things: what the client brings (only what
 * the assignment says) and what the orderer provides, kept apart so that the orderer's tools
 * are never shown as something to bring.
 */
export function gigThings(gig: { bringItems: string | null; order: { ordererProvides: string | null } }): { bring: string | null; provided: string | null } {
  const clean = (v: string | null) => (v && v.trim() ? v.trim() : null);
  return { bring: clean(gig.bringItems), provided: clean(gig.order.ordererProvides) };
}

/**
 * Disability-service transport is for work activity only: in disability work activity the trip
 * to a gig is at the client's own cost (002: 1940), and the client is told so.
 */
export function travelAtOwnCost(kind: JobcenterKind): boolean {
  return kind === "DISABILITY_WORK_ACTIVITY";
}

// ───── the phone's queue (ADR 080) ─────

/** What the phone keeps when "I finished" or "Send hours" finds no connection. */
export type QueuedGigCall =
  | { kind: "finish"; gigId: string; note?: string; finishedAt: string; queuedAt: string }
  | { kind: "hours"; gigId: string; hours: number; minutes: number; note?: string; queuedAt: string };

/** One waiting call per gig and kind: hours entered again offline replace the earlier ones. */
export function queueKey(call: Pick<QueuedGigCall, "kind" | "gigId">): string {
  return `${call.kind}:${call.gigId}`;
}

/**
 * What to do with a queued call after one try. No answer (NETWORK), a busy server
 * (RATE_LIMITED) or an ended session (UNAUTHENTICATED: kept until sign-in, cleared on sign-out)
 * → keep and try again. An answer → done: ok, or a refusal that sending again cannot change
 * (the gig moved on, e.g. staff entered the hours), which the page then shows as it is.
 */
export function queueOutcome(result: { ok: boolean; error?: string }): "sent" | "refused" | "retry" {
  if (result.ok) return "sent";
  if (result.error === "NETWORK" || result.error === "RATE_LIMITED" || result.error === "UNAUTHENTICATED") return "retry";
  return "refused";
}
