import type { OutboxChannel } from "@/generated/prisma/enums";
import { addHelsinkiDays, dayKey, helsinkiInstant, minuteOfDay } from "@/lib/dates";

// Which channels a notification goes out on, and when (ADR 044). Pure: the caller brings the
// person's preferences, their addresses and the clock.

export interface ChannelPrefs {
  email: boolean;
  sms: boolean;
  push: boolean;
  /** Helsinki minutes after midnight; both null = no quiet hours. */
  quietStartMin: number | null;
  quietEndMin: number | null;
}

/** No preference row yet: in-app always, email and push on; SMS costs money, so it is asked for. */
export const DEFAULT_PREFS: ChannelPrefs = { email: true, sms: false, push: true, quietStartMin: null, quietEndMin: null };

/** "urgent" (a cancellation the same morning: "you don't need to come") is not held by quiet hours. */
export type Urgency = "normal" | "urgent";

export interface Reach {
  email: string | null;
  phone: string | null;
  pushDevices: number;
}

export interface ChannelPlan {
  channel: OutboxChannel;
  /** null: send now */
  notBefore: Date | null;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Whether `minute` falls in [start, end), where the span may wrap past midnight (22:00–07:00). */
export function inQuietHours(minute: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The next instant at or after `now` when the Helsinki clock shows `endMin` (DST-aware). */
export function nextWallClock(now: Date, endMin: number): Date {
  const time = `${pad(Math.floor(endMin / 60))}:${pad(endMin % 60)}`;
  const today = helsinkiInstant(dayKey(now), time);
  return today.getTime() > now.getTime() ? today : helsinkiInstant(dayKey(addHelsinkiDays(now, 1)), time);
}

/**
 * Channels beyond in-app (which is always written). Email is never held: it waits in the inbox
 * anyway. SMS and push make a phone buzz, so during quiet hours they wait until the hours end.
 */
export function channelsFor(prefs: ChannelPrefs, now: Date, urgency: Urgency, reach: Reach): ChannelPlan[] {
  const quiet =
    urgency === "normal" && prefs.quietStartMin !== null && prefs.quietEndMin !== null && inQuietHours(minuteOfDay(now), prefs.quietStartMin, prefs.quietEndMin);
  const held = quiet ? nextWallClock(now, prefs.quietEndMin!) : null;
  const out: ChannelPlan[] = [];
  if (prefs.email && reach.email) out.push({ channel: "EMAIL", notBefore: null });
  if (prefs.sms && reach.phone) out.push({ channel: "SMS", notBefore: held });
  if (prefs.push && reach.pushDevices > 0) out.push({ channel: "PUSH", notBefore: held });
  return out;
}

// ───────────── who is told what (ADR 046) ─────────────

/** Within this long of its start, a change to a gig is told at once, quiet hours or not. */
export const URGENT_CHANGE_MS = 24 * 3_600_000;

/**
 * A cancellation or a new time is urgent ("you don't need to come" must not wait for the
 * morning) when the gig starts within a day, or the day-before reminder already went out.
 */
export function changeUrgency(gig: { startsAt: Date; remindedAt: Date | null }, now: Date): Urgency {
  return gig.remindedAt !== null || gig.startsAt.getTime() - now.getTime() < URGENT_CHANGE_MS ? "urgent" : "normal";
}

/** The client knew of the gig (it was offered to them): only then is a change news to them. */
export function clientHasSeenGig(status: string): boolean {
  return status === "OFFERED" || status === "ACCEPTED" || status === "STARTED";
}

/** "Did not answer" (ADR 046): how long an offer may wait, and how close to the start. */
export const UNANSWERED = { minWaitMs: 2 * 3_600_000, soonMs: 48 * 3_600_000, longMs: 72 * 3_600_000 } as const;

/** "Forgotten check-out": hours missing this long after the planned end; looked back this far. */
export const CHECKOUT = { graceMs: 2 * 3_600_000, lookBackMs: 14 * 86_400_000 } as const;

/**
 * The period a benefit-limit warning is told once in: the Helsinki month or year of `now`, and
 * for the rolling four weeks a fixed 28-day block, so a client who stays near the limit is not
 * raised again with every approved gig of the same period.
 */
export function limitPeriodKey(period: "MONTH" | "YEAR" | "FOUR_WEEKS", now: Date): string {
  const day = dayKey(now);
  if (period === "MONTH") return day.slice(0, 7);
  if (period === "YEAR") return day.slice(0, 4);
  const days = Math.floor(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000);
  return `4w${Math.floor(days / 28)}`;
}

// ───────────── the direct route's retries (POST /api/jobs/reminders, ADR 008 and 047) ─────────────

/** Attempts the direct route gives a message: the first and eight retries, as the queue's send job. */
export const DIRECT_MAX_ATTEMPTS = 9;
const DIRECT_RETRY_BASE_MS = 30_000;

/**
 * When the direct route may try a failed message again: after a growing wait (30 s, 1 min, 2 min,
 * ...; the route runs when its caller calls it, so this is the earliest), or never (null) when the
 * failure cannot heal by waiting (a 4xx: a bad number, a gone device) or the attempts are used up.
 */
export function nextDirectAttempt(retryable: boolean, attemptsSoFar: number, now: Date): Date | null {
  if (!retryable || attemptsSoFar >= DIRECT_MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + DIRECT_RETRY_BASE_MS * 2 ** Math.max(0, attemptsSoFar - 1));
}
