import { isCalendarDay } from "@/lib/dates";

// Orders from any channel (issue 10, ADR 024/025): repeat work as one schedule, and the emailed
// review link of an order a coordinator entered. Pure: the database and the clock come in.

/** A schedule never makes more sessions than this (a year of weekly work). */
export const MAX_RECURRING_SESSIONS = 52;

export interface Recurrence {
  /** The first session's day, "YYYY-MM-DD" (its weekday is the schedule's weekday). */
  firstDate: string;
  start: string;
  end: string;
  /** 1 = every week, 2 = every other week … */
  everyWeeks: number;
  /** The last day a session may fall on (inclusive) … */
  until?: string | null;
  /** … or how many sessions in all. */
  count?: number | null;
}

export interface PlannedSession {
  date: string;
  start: string;
  end: string;
}

/** "2026-10-20" + 14 → "2026-11-03", on the calendar (no clock, no zone, no DST). */
export function addCalendarDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The sessions of a repeating schedule ("2 h every other week on Tuesdays at 10"): each one on
 * the same weekday and the same Helsinki wall-clock time. The dates are counted on the calendar
 * and only turned into instants by `helsinkiInstant` when they are stored, so a session at 10:00
 * stays at 10:00 local across the October and March clock changes. Bounded: at most
 * MAX_RECURRING_SESSIONS, and never more than `count` or past `until`. Without either the
 * schedule is refused (an empty list): repeat work has an end.
 */
export function recurringSessions(r: Recurrence): PlannedSession[] {
  if (!isCalendarDay(r.firstDate) || !Number.isInteger(r.everyWeeks) || r.everyWeeks < 1 || r.everyWeeks > 8) return [];
  if (!(r.end > r.start)) return [];
  const hasUntil = !!r.until && isCalendarDay(r.until);
  const hasCount = typeof r.count === "number" && Number.isInteger(r.count) && r.count > 0;
  if (!hasUntil && !hasCount) return [];
  const limit = Math.min(MAX_RECURRING_SESSIONS, hasCount ? r.count! : MAX_RECURRING_SESSIONS);
  const out: PlannedSession[] = [];
  for (let i = 0; out.length < limit; i++) {
    const date = addCalendarDays(r.firstDate, i * 7 * r.everyWeeks);
    if (hasUntil && date > r.until!) break;
    out.push({ date, start: r.start, end: r.end });
  }
  return out;
}

/**
 * "Order again" from a finished order: the same sessions' weekdays and times, moved so that the
 * first falls on the new first day. The gaps between the sessions stay as they were.
 */
export function shiftSessions(sessions: readonly PlannedSession[], newFirstDate: string): PlannedSession[] {
  if (sessions.length === 0 || !isCalendarDay(newFirstDate)) return [];
  const sorted = [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
  const first = sorted[0]!.date;
  const offset = Math.round((Date.parse(`${newFirstDate}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
  return sorted.map((s) => ({ ...s, date: addCalendarDays(s.date, offset) }));
}

/** A review link works once, until it expires, and only for its own kind. */
export function reviewLinkUsable(token: { kind: string; usedAt: Date | null; expiresAt: Date; orderId: string | null } | null, now: Date): boolean {
  return !!token && token.kind === "ORDER_REVIEW" && token.orderId !== null && token.usedAt === null && token.expiresAt > now;
}

/**
 * The new dates of "order again": the old sessions moved by whole weeks (same weekdays and
 * times) so that the first is at least a week after today; the form lets them be changed.
 */
export function repeatDates(sessions: readonly PlannedSession[], today: string): PlannedSession[] {
  if (sessions.length === 0 || !isCalendarDay(today)) return [];
  const first = [...sessions].sort((a, b) => a.date.localeCompare(b.date))[0]!.date;
  const earliest = addCalendarDays(today, 7);
  const days = Math.round((Date.parse(`${earliest}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
  const weeks = Math.max(0, Math.ceil(days / 7));
  return shiftSessions(sessions, addCalendarDays(first, weeks * 7));
}
