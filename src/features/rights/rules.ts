import { dateColumn, dayOfDateColumn } from "@/lib/dates";

// Data rights (ADR 074): when a former client or a closed account is due for erasure, and what
// of a client stays after it. Pure.

/**
 * The last Helsinki day on which a period or an account must have ended for it to be due on
 * `today`: `years` whole years back (29 February falls back to 28 February).
 */
export function retentionCutoff(today: string, years: number): string {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** Whether something that ended on `endedOn` (a Helsinki day) is due on `today`. */
export function retentionDue(endedOn: string, today: string, years: number): boolean {
  return endedOn <= retentionCutoff(today, years);
}

/**
 * The birth date an erased client keeps: 1 January of the birth year. The year is what an age
 * band needs; the day and month, with the unit and the gender, could point at one person.
 */
export function erasedBirthDate(birthDate: Date | null): Date | null {
  if (!birthDate) return null;
  return dateColumn(`${dayOfDateColumn(birthDate).slice(0, 4)}-01-01`);
}

/** The name an erased person's rows carry. Not translated: it is stored, not shown as UI text. */
export const ERASED_FIRST_NAME = "Poistettu";
export const ERASED_LAST_NAME = "henkilö";
export const ERASED_USER_NAME = "Poistettu käyttäjä";
