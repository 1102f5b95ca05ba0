import { dateColumnOf } from "./dates";

// Rows with calendar-day validity (prices, VAT rates, benefit limits, terms): the rules change on
// dates, so they live as dated rows and every reader picks the one in force the same way.

/** A row valid on calendar days (`@db.Date` values: UTC midnight of the Helsinki day); validTo is inclusive. */
export interface Dated {
  validFrom: Date;
  validTo: Date | null;
}

/** True when the row is valid on `day` (a `@db.Date` value). */
export function isValidOn(row: Dated, day: Date): boolean {
  return row.validFrom.getTime() <= day.getTime() && (row.validTo === null || row.validTo.getTime() >= day.getTime());
}

/** The row in force on `day`: of the valid ones, the latest start wins (a newer row overrides). */
export function pickValid<T extends Dated>(rows: readonly T[], day: Date): T | null {
  let best: T | null = null;
  for (const row of rows) {
    if (isValidOn(row, day) && (!best || row.validFrom.getTime() > best.validFrom.getTime())) best = row;
  }
  return best;
}

/** The row in force on the Helsinki calendar day of `instant`. */
export function pickValidAt<T extends Dated>(rows: readonly T[], instant: Date): T | null {
  return pickValid(rows, dateColumnOf(instant));
}
