import { TZDate, tz } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format, getISODay, startOfDay, startOfISOWeek, startOfMonth, startOfYear, endOfMonth } from "date-fns";

// Every calendar question (which day, which week, which month) is asked in Helsinki time,
// whatever the server's own time zone is. Instants are stored as UTC timestamps.
export const TIME_ZONE = "Europe/Helsinki";
const inHelsinki = tz(TIME_ZONE);

/** The instant as a Helsinki wall-clock date object (for date-fns calculations). */
export function helsinki(date: Date | number): TZDate {
  return new TZDate(typeof date === "number" ? date : date.getTime(), TIME_ZONE);
}

/** "2026-11-23": the Helsinki calendar day of an instant. */
export function dayKey(date: Date | number): string {
  return format(date, "yyyy-MM-dd", { in: inHelsinki });
}

/** 1 = Monday ... 7 = Sunday */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** ISO weekday (1 = Monday ... 7 = Sunday) in Helsinki. */
export function isoWeekday(date: Date | number): number {
  return getISODay(date, { in: inHelsinki });
}

/** Minutes after Helsinki midnight. */
export function minuteOfDay(date: Date | number): number {
  const h = helsinki(date);
  return h.getHours() * 60 + h.getMinutes();
}

/** The instant of a Helsinki wall-clock time: ("2026-11-23", "09:30"). */
export function helsinkiInstant(day: string, time = "00:00"): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, TIME_ZONE).getTime());
}

/**
 * Whether "YYYY-MM-DD" names a day that exists ("2024-02-29" yes, "2024-02-30" and "2024-13-45"
 * no). `new Date("2024-02-30")` would roll it over to 1.3., so the parts are checked by building
 * the day back from them. Years outside 1900..2999 are typing mistakes in this domain.
 */
export function isCalendarDay(day: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  const built = new Date(Date.UTC(y, m - 1, d));
  return built.getUTCFullYear() === y && built.getUTCMonth() === m - 1 && built.getUTCDate() === d;
}

/**
 * A `@db.Date` column holds a calendar day; Prisma hands it over as UTC midnight. These two
 * convert between that form and Helsinki calendar days.
 */
export function dateColumn(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
export function dayOfDateColumn(value: Date): string {
  return value.toISOString().slice(0, 10);
}
/** The Helsinki day of an instant, in `@db.Date` form: for comparing with validity dates. */
export function dateColumnOf(instant: Date | number): Date {
  return dateColumn(dayKey(instant));
}
/** "2027-01-01" → "2026-12-31": where a dated row ends when the next one starts. */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function startOfHelsinkiDay(date: Date | number): Date {
  return new Date(startOfDay(date, { in: inHelsinki }).getTime());
}
export function startOfHelsinkiWeek(date: Date | number): Date {
  return new Date(startOfISOWeek(date, { in: inHelsinki }).getTime());
}
export function startOfHelsinkiMonth(date: Date | number): Date {
  return new Date(startOfMonth(date, { in: inHelsinki }).getTime());
}
export function endOfHelsinkiMonth(date: Date | number): Date {
  return new Date(endOfMonth(date, { in: inHelsinki }).getTime());
}
export function startOfHelsinkiYear(date: Date | number): Date {
  return new Date(startOfYear(date, { in: inHelsinki }).getTime());
}
export function addHelsinkiDays(date: Date | number, days: number): Date {
  return new Date(addDays(helsinki(date), days).getTime());
}
export function calendarDaysBetween(later: Date | number, earlier: Date | number): number {
  return differenceInCalendarDays(later, earlier, { in: inHelsinki });
}

/** "09:30": the Helsinki wall-clock time of an instant, as a form's time field holds it. */
export function timeKey(date: Date | number): string {
  return format(date, "HH:mm", { in: inHelsinki });
}
