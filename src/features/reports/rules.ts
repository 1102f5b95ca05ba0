// The figures' pure parts (ADR 070): the period, the small-cell rule, age bands and the ratios.
import type { PathwayKind } from "@/generated/prisma/enums";
import { dateColumn, dayKey, isCalendarDay } from "@/lib/dates";

export const periodKinds = ["month", "quarter", "year", "custom"] as const;
export type PeriodKind = (typeof periodKinds)[number];

export interface Period {
  kind: PeriodKind;
  /** first and last Helsinki day, both included */
  from: string;
  to: string;
}

/** A period longer than this is refused: the monthly series and the PDF stay bounded. */
export const MAX_PERIOD_DAYS = 3 * 366;

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "2026-12-06" → the next day. */
export function dayAfter(day: string): string {
  const d = dateColumn(day);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function daysIn(from: string, to: string): number {
  return Math.round((dateColumn(to).getTime() - dateColumn(from).getTime()) / 86_400_000) + 1;
}

/**
 * The period a query string asks for; anything missing or malformed falls back to the month of
 * `today` (a report page opens on this month). Quarters and years are calendar ones.
 */
export function parsePeriod(q: { period?: string; month?: string; quarter?: string; year?: string; from?: string; to?: string }, today: string): Period {
  const [ty, tm] = today.split("-").map(Number) as [number, number];
  const month = (y: number, m: number): Period => ({ kind: "month", from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}` });
  const year = (s: string | undefined) => (s && /^\d{4}$/.test(s) && Number(s) >= 2000 && Number(s) <= 2999 ? Number(s) : ty);
  switch (q.period) {
    case "quarter": {
      const m = /^(\d{4})-Q([1-4])$/.exec(q.quarter ?? "");
      const y = m ? Number(m[1]) : ty;
      const qn = m ? Number(m[2]) : Math.floor((tm - 1) / 3) + 1;
      const first = (qn - 1) * 3 + 1;
      return { kind: "quarter", from: `${y}-${pad(first)}-01`, to: `${y}-${pad(first + 2)}-${pad(lastDayOfMonth(y, first + 2))}` };
    }
    case "year": {
      const y = year(q.year);
      return { kind: "year", from: `${y}-01-01`, to: `${y}-12-31` };
    }
    case "custom": {
      const p = customPeriod(q.from, q.to);
      if (p) return p;
      return month(ty, tm);
    }
    default: {
      const m = /^(\d{4})-(\d{2})$/.exec(q.month ?? "");
      if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return month(Number(m[1]), Number(m[2]));
      return month(ty, tm);
    }
  }
}

/** from..to as given (exports take them raw), or null when they are not a valid, bounded period. */
export function customPeriod(from: string | undefined, to: string | undefined): Period | null {
  if (!from || !to || !isCalendarDay(from) || !isCalendarDay(to) || from > to) return null;
  if (daysIn(from, to) > MAX_PERIOD_DAYS) return null;
  return { kind: "custom", from, to };
}

/** "2026-01" … "2026-12": the calendar months the period touches, in order. */
export function monthsOf(p: { from: string; to: string }): string[] {
  const out: string[] = [];
  let [y, m] = p.from.split("-").map(Number) as [number, number];
  const last = p.to.slice(0, 7);
  for (;;) {
    const key = `${y}-${pad(m)}`;
    out.push(key);
    if (key >= last) return out;
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
}

// ───── the small-cell rule ─────

/** No count of people under this is shown (ADR 070). */
export const MIN_CELL = 5;

/**
 * Which cells of one group to hide, for counts of people that add up to a total that is shown.
 * 1. Every count of 1..4 is hidden (0 identifies nobody and stays).
 * 2. If exactly one cell is hidden, the total minus the shown cells would give it back, so the
 *    smallest other non-zero cell is hidden too (complementary suppression).
 * Returns a mask: true = hidden. `totalShown` false (the total itself is hidden, or the cells do
 * not add up to any shown figure) skips step 2.
 */
export function suppressionMask(counts: readonly number[], totalShown = true): boolean[] {
  const mask = counts.map((n) => n > 0 && n < MIN_CELL);
  const hidden = mask.filter(Boolean).length;
  if (totalShown && hidden === 1) {
    let pick = -1;
    counts.forEach((n, i) => {
      if (!mask[i] && n > 0 && (pick < 0 || n < counts[pick]!)) pick = i;
    });
    if (pick >= 0) mask[pick] = true;
  }
  return mask;
}

/** One count of people on its own (a total, a single figure): hidden under MIN_CELL. */
export function smallCell(n: number): boolean {
  return n > 0 && n < MIN_CELL;
}

/** A shown figure or the marker of a hidden one. */
export type Shown<T> = { hidden: false; value: T } | { hidden: true };
export const shown = <T>(value: T): Shown<T> => ({ hidden: false, value });
export const HIDDEN = { hidden: true } as const;

// ───── age bands, gender ─────

/** Age at the period's last day; the bands follow Statistics Finland's ten-year groups, the young apart. */
export const ageBands = ["UNDER_25", "25_34", "35_44", "45_54", "55_64", "65_PLUS", "UNKNOWN"] as const;
export type AgeBand = (typeof ageBands)[number];

export function ageBandOf(birthDay: string | null, onDay: string): AgeBand {
  if (!birthDay) return "UNKNOWN";
  const [by, bm, bd] = birthDay.split("-").map(Number) as [number, number, number];
  const [y, m, d] = onDay.split("-").map(Number) as [number, number, number];
  const age = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  if (age < 25) return "UNDER_25";
  if (age < 35) return "25_34";
  if (age < 45) return "35_44";
  if (age < 55) return "45_54";
  if (age < 65) return "55_64";
  return "65_PLUS";
}

export const genders = ["FEMALE", "MALE", "OTHER", "NOT_TOLD"] as const;

// ───── pathways ─────

/** The outcomes that are paid work (the pilots' 50–70 % aim, ADR 071). */
export const PAID_WORK_KINDS: readonly PathwayKind[] = ["HIRED_BY_ORDERER", "SUPPORTED_EMPLOYMENT", "OPEN_LABOUR_MARKET"];

/** The path's events the report counts, in the order of a client's path. */
export const REPORTED_PATHWAY_KINDS: readonly PathwayKind[] = [
  "STARTED",
  "FIRST_GIG",
  "HIRED_BY_ORDERER",
  "SUPPORTED_EMPLOYMENT",
  "EDUCATION",
  "OPEN_LABOUR_MARKET",
  "KELA_VOCATIONAL_REHABILITATION",
  "PERIOD_ENDED",
];

/** A share in basis points (2160 = 21.6 %), or null when there is nothing to divide by. */
export function shareBp(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 10_000) / whole);
}

/** Minutes per person, rounded to whole minutes; null without people. */
export function perPerson(minutes: number, people: number): number | null {
  return people > 0 ? Math.round(minutes / people) : null;
}

/** Today's Helsinki day as the reports compare it (the window of the 6- and 12-month shares). */
export const todayOf = (now: Date) => dayKey(now);

// ───── the report as shown: figures with the small-cell rule applied ─────

export interface UnitInput {
  unitId: string;
  unitName: string;
  clientsWorked: number;
  approvedMinutes: number;
  gigs: number;
  ordersWorked: number;
  cancelledGigs: number;
  noShows: number;
  ratingSum: number;
  ratingCount: number;
  earningsCents: number;
  enrolled: number;
  enrolledWorked: number;
}

export interface UnitRow {
  unitId: string;
  unitName: string;
  clientsWorked: Shown<number>;
  approvedMinutes: number;
  minutesPerClient: Shown<number | null>;
  gigs: number;
  ordersWorked: number;
  cancelledGigs: number;
  noShows: number;
  /** average of the orderers' 1–5 ratings ×100 (e.g. 435 = 4.35) */
  ratingX100: Shown<number | null>;
  earningsCents: Shown<number>;
  /** share of the unit's clients who worked, basis points */
  workedShareBp: Shown<number | null>;
}

const avgX100 = (sum: number, count: number) => (count > 0 ? Math.round((sum * 100) / count) : null);

/**
 * The unit table. Counts of people (clients who worked) follow the small-cell rule across the
 * Jobcenter's units, whose total is shown; what is per person (minutes per client, the rating
 * average, earnings, the share who worked) is hidden with the count it is about, since it would
 * describe those few people. Hours, gigs and orders describe the unit's work and stay.
 */
export function unitRows(units: readonly UnitInput[]): { rows: UnitRow[]; total: UnitRow } {
  const mask = suppressionMask(units.map((u) => u.clientsWorked));
  const sum = (f: (u: UnitInput) => number) => units.reduce((a, u) => a + f(u), 0);
  const row = (u: UnitInput, hidden: boolean): UnitRow => ({
    unitId: u.unitId,
    unitName: u.unitName,
    clientsWorked: hidden ? HIDDEN : shown(u.clientsWorked),
    approvedMinutes: u.approvedMinutes,
    minutesPerClient: hidden ? HIDDEN : shown(perPerson(u.approvedMinutes, u.clientsWorked)),
    gigs: u.gigs,
    ordersWorked: u.ordersWorked,
    cancelledGigs: u.cancelledGigs,
    noShows: u.noShows,
    ratingX100: hidden ? HIDDEN : shown(avgX100(u.ratingSum, u.ratingCount)),
    earningsCents: hidden ? HIDDEN : shown(u.earningsCents),
    workedShareBp: hidden || smallCell(u.enrolled) ? HIDDEN : shown(shareBp(u.enrolledWorked, u.enrolled)),
  });
  const totalInput: UnitInput = {
    unitId: "",
    unitName: "",
    clientsWorked: sum((u) => u.clientsWorked),
    approvedMinutes: sum((u) => u.approvedMinutes),
    gigs: sum((u) => u.gigs),
    ordersWorked: sum((u) => u.ordersWorked),
    cancelledGigs: sum((u) => u.cancelledGigs),
    noShows: sum((u) => u.noShows),
    ratingSum: sum((u) => u.ratingSum),
    ratingCount: sum((u) => u.ratingCount),
    earningsCents: sum((u) => u.earningsCents),
    enrolled: sum((u) => u.enrolled),
    enrolledWorked: sum((u) => u.enrolledWorked),
  };
  return { rows: units.map((u, i) => row(u, mask[i]!)), total: row(totalInput, smallCell(totalInput.clientsWorked)) };
}

export interface GroupInput {
  gender: string;
  band: string;
  clientsWorked: number;
  approvedMinutes: number;
}

export interface SplitCell {
  key: string;
  clientsWorked: Shown<number>;
  approvedMinutes: Shown<number>;
}

/**
 * The split by gender and by age band (each on its own, not crossed: crossed cells would almost
 * all be under five). The hours of a hidden group are hidden with it, or the hours of the
 * shown groups and the total would give them back.
 */
export function splits(groups: readonly GroupInput[]): { gender: SplitCell[]; age: SplitCell[]; total: number } {
  const split = (keys: readonly string[], keyOf: (g: GroupInput) => string): SplitCell[] => {
    const counts = keys.map((k) => groups.filter((g) => keyOf(g) === k).reduce((a, g) => a + g.clientsWorked, 0));
    const minutes = keys.map((k) => groups.filter((g) => keyOf(g) === k).reduce((a, g) => a + g.approvedMinutes, 0));
    const total = counts.reduce((a, n) => a + n, 0);
    const mask = suppressionMask(counts, !smallCell(total));
    return keys.map((key, i) => ({
      key,
      clientsWorked: mask[i] || smallCell(total) ? HIDDEN : shown(counts[i]!),
      approvedMinutes: mask[i] || smallCell(total) ? HIDDEN : shown(minutes[i]!),
    }));
  };
  return { gender: split(genders, (g) => g.gender), age: split(ageBands, (g) => g.band), total: groups.reduce((a, g) => a + g.clientsWorked, 0) };
}

export interface PathwayInput {
  unitId: string | null;
  kind: string;
  clients: number;
}

/**
 * Pathway outcomes: for each kind, the Jobcenter's distinct count and each unit's, with the
 * small-cell rule across units. Unit counts may add up to more than the Jobcenter's (a client
 * who moved counts in both units), so the complementary step runs as if the total were shown:
 * the stricter choice.
 */
export function pathwayTable(counts: readonly PathwayInput[], unitIds: readonly string[]) {
  return REPORTED_PATHWAY_KINDS.map((kind) => {
    const total = counts.find((c) => c.kind === kind && c.unitId === null)?.clients ?? 0;
    const perUnit = unitIds.map((id) => counts.find((c) => c.kind === kind && c.unitId === id)?.clients ?? 0);
    const mask = suppressionMask(perUnit);
    return {
      kind,
      total: smallCell(total) ? (HIDDEN as Shown<number>) : shown(total),
      units: perUnit.map((n, i): Shown<number> => (mask[i] ? HIDDEN : shown(n))),
    };
  });
}

/** A share with its group size; hidden when the group is under five people. */
export function cohortShare(reached: number, cohort: number): { cohort: Shown<number>; shareBp: Shown<number | null> } {
  if (smallCell(cohort)) return { cohort: HIDDEN, shareBp: HIDDEN };
  return { cohort: shown(cohort), shareBp: shown(shareBp(reached, cohort)) };
}

/** The CSV's and XLSX's clients_worked: "<5" under five (the sheets have no total row to subtract from). */
export function exportCount(n: number): string | number {
  return smallCell(n) ? `<${MIN_CELL}` : n;
}
