import type { OrderStatus } from "@/generated/prisma/enums";
import { addHelsinkiDays, dayKey, helsinkiInstant, isoWeekday } from "@/lib/dates";

// Pure planning of a demo order's schedule and states; the steps that write rows use these.

/** The order states in the order an order goes through them. */
export const ORDER_PATH: OrderStatus[] = ["DRAFT", "RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED", "IN_PROGRESS", "DONE", "APPROVED", "INVOICED"];

export type Session = { startsAt: Date; endsAt: Date };

/** Moves a Saturday or Sunday to the nearest weekday in `direction`. */
export function skipWeekend(day: Date, direction: 1 | -1): Date {
  let d = day;
  while (isoWeekday(d) >= 6) d = addHelsinkiDays(d, direction);
  return d;
}

export interface ScheduleSpec {
  /** first work day relative to today (Helsinki) */
  dayOffset: number;
  /** further sessions, days after the first */
  extraSessionDays?: number[];
  /** keep the days as given, weekend or not */
  exactDay?: boolean;
  /** a time window instead of sessions */
  window?: boolean;
}

/**
 * The sessions of an order (none for a window), each `minutes` long from `startTime`, and the
 * day the work starts. Without `exactDay`, work days fall on weekdays.
 */
export function planSessions(today: string, spec: ScheduleSpec, startTime: string, minutes: number) {
  let firstDay = addHelsinkiDays(helsinkiInstant(today, "12:00"), spec.dayOffset);
  if (!spec.exactDay) firstDay = skipWeekend(firstDay, spec.dayOffset >= 0 ? 1 : -1);
  const sessionDays = [0, ...(spec.extraSessionDays ?? [])].map((d) => {
    const date = addHelsinkiDays(firstDay, d);
    return dayKey(spec.exactDay || d === 0 ? date : skipWeekend(date, 1));
  });
  const sessions: Session[] = spec.window
    ? []
    : sessionDays.map((d) => {
        const startsAt = helsinkiInstant(d, startTime);
        return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000) };
      });
  const workDay = sessions[0]?.startsAt ?? firstDay;
  const lastEnd = sessions.length ? sessions[sessions.length - 1]!.endsAt : null;
  return { sessions, workDay, lastEnd };
}

/**
 * The states an order went through to reach `finalStatus`. A cancelled order went along the
 * path up to `cancelledFrom`; IN_PROGRESS is passed only by an order of several sessions.
 */
export function statePath(finalStatus: OrderStatus, sessionCount: number, cancelledFrom?: OrderStatus): OrderStatus[] {
  if (finalStatus === "CANCELLED") return [...ORDER_PATH.slice(0, ORDER_PATH.indexOf(cancelledFrom!) + 1), "CANCELLED"];
  return ORDER_PATH.slice(0, ORDER_PATH.indexOf(finalStatus) + 1).filter((s) => s !== "IN_PROGRESS" || finalStatus === "IN_PROGRESS" || sessionCount > 1);
}
