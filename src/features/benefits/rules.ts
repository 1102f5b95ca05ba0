import type { BenefitLimitKind, BenefitType, ContractModel, LimitPeriod } from "@/generated/prisma/enums";
import { addHelsinkiDays, dayKey, endOfHelsinkiMonth, startOfHelsinkiDay, startOfHelsinkiMonth, startOfHelsinkiYear } from "@/lib/dates";
import { pickValidAt, type Dated } from "@/lib/dated";
import { centsForMinutes, mulDivRound } from "@/lib/money";

// What a client earns from gigs, and how it compares with the earnings limits of their
// benefits. Pure: the figures come in as dated rows (BenefitLimit), never as constants.
// See docs/decisions/041-earnings-and-benefit-limits.md.

export interface LimitRow extends Dated {
  id: string;
  kind: BenefitLimitKind;
  period: LimitPeriod;
  amountCents: number;
  source: string | null;
}

export interface LimitSlot {
  kind: BenefitLimitKind;
  period: LimitPeriod;
}

/**
 * Which limits matter for this client: from the benefits recorded by staff, plus the YEL limit
 * for anyone with commission-contract income this year.
 */
export function applicableLimits(benefits: readonly BenefitType[], hasCommissionIncome: boolean): LimitSlot[] {
  const out: LimitSlot[] = [];
  if (benefits.includes("DISABILITY_PENSION")) out.push({ kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH" });
  if (benefits.includes("LABOUR_MARKET_SUBSIDY")) {
    out.push({ kind: "LABOUR_MARKET_SUBSIDY_PROTECTED", period: "MONTH" });
    out.push({ kind: "LABOUR_MARKET_SUBSIDY_PROTECTED", period: "FOUR_WEEKS" });
  }
  if (benefits.includes("BASIC_SOCIAL_ASSISTANCE")) out.push({ kind: "BASIC_SOCIAL_ASSISTANCE_PROTECTED", period: "MONTH" });
  if (benefits.includes("PENSIONERS_HOUSING_ALLOWANCE")) out.push({ kind: "PENSIONERS_HOUSING_ALLOWANCE_REVIEW", period: "YEAR" });
  if (hasCommissionIncome) out.push({ kind: "YEL_COMMISSION_INCOME", period: "YEAR" });
  return out;
}

/** One approved gig as earnings: worker pay per hour × approved minutes. */
export interface EarningGig {
  /** when the work was done (the gig's start) */
  workedAt: Date;
  approvedMinutes: number;
  workerPayCents: number;
  contractModel: ContractModel;
}

export function gigEarningsCents(g: Pick<EarningGig, "approvedMinutes" | "workerPayCents">): number {
  return centsForMinutes(g.workerPayCents, g.approvedMinutes);
}

export interface Earnings {
  monthCents: number;
  monthMinutes: number;
  yearCents: number;
  yearMinutes: number;
  /** the last four weeks: today and the 27 Helsinki days before it */
  fourWeeksCents: number;
  /** commission-contract income this year (counts towards the YEL limit) */
  commissionYearCents: number;
}

/** Sums approved gigs by the Helsinki month and year of the work day. Each gig is rounded on its own. */
export function summariseEarnings(gigs: readonly EarningGig[], now: Date): Earnings {
  const month = startOfHelsinkiMonth(now).getTime();
  const year = startOfHelsinkiYear(now).getTime();
  const fourWeeks = startOfHelsinkiDay(addHelsinkiDays(now, -27)).getTime();
  const end = startOfHelsinkiDay(addHelsinkiDays(now, 1)).getTime();
  const e: Earnings = { monthCents: 0, monthMinutes: 0, yearCents: 0, yearMinutes: 0, fourWeeksCents: 0, commissionYearCents: 0 };
  for (const g of gigs) {
    const t = g.workedAt.getTime();
    if (t >= end || t < year) continue;
    const cents = gigEarningsCents(g);
    e.yearCents += cents;
    e.yearMinutes += g.approvedMinutes;
    if (g.contractModel === "COMMISSION") e.commissionYearCents += cents;
    if (t >= month) {
      e.monthCents += cents;
      e.monthMinutes += g.approvedMinutes;
    }
    if (t >= fourWeeks) e.fourWeeksCents += cents;
  }
  return e;
}

/** The earnings that count against a limit of this kind and period. */
export function earnedFor(slot: LimitSlot, e: Earnings): number {
  if (slot.kind === "YEL_COMMISSION_INCOME") return e.commissionYearCents;
  switch (slot.period) {
    case "MONTH":
      return e.monthCents;
    case "FOUR_WEEKS":
      return e.fourWeeksCents;
    case "YEAR":
      return e.yearCents;
  }
}

export type MeterLevel = "below" | "close" | "over";
/** From this share of the limit on, the meter says "close: talk to your instructor". */
export const CLOSE_PERCENT = 80;

export interface Meter {
  earnedCents: number;
  limitCents: number;
  /** rounded; never shows 100 before the limit is really reached */
  percent: number;
  /** how much more may be earned before the limit (0 when reached) */
  remainingCents: number;
  /** how much over the limit (0 when below) */
  overCents: number;
  level: MeterLevel;
}

/** Earnings against a limit: below, close (≥ 80 %) or over (the limit reached or crossed). */
export function meter(earnedCents: number, limitCents: number): Meter {
  if (limitCents <= 0) throw new RangeError("limit must be positive");
  const over = earnedCents >= limitCents;
  let percent = mulDivRound(earnedCents, 100, limitCents);
  if (!over && percent >= 100) percent = 99;
  const close = earnedCents * 100 >= CLOSE_PERCENT * limitCents;
  return {
    earnedCents,
    limitCents,
    percent,
    remainingCents: Math.max(0, limitCents - earnedCents),
    overCents: Math.max(0, earnedCents - limitCents),
    level: over ? "over" : close ? "close" : "below",
  };
}

/**
 * The figures are old when the row took effect in an earlier calendar year than today's
 * (limits are revised every year): the page then says they are examples until an admin
 * enters the current year's figures.
 */
export function isOutdated(row: Pick<Dated, "validFrom">, now: Date): boolean {
  return row.validFrom.getUTCFullYear() < Number(dayKey(now).slice(0, 4));
}

/** How many whole hours at this pay fit below the limit (for "about N more hours"). */
export function hoursLeft(remainingCents: number, workerPayCents: number): number {
  if (workerPayCents <= 0) return 0;
  return Math.floor(remainingCents / workerPayCents);
}

export interface LimitMeter {
  slot: LimitSlot;
  /** null when no limit row is valid today: the page says the figure is missing */
  limit: LimitRow | null;
  meter: Meter | null;
  outdated: boolean;
}

/** Every limit that matters for the client, with the row valid today and the meter. */
export function limitMeters(
  rows: readonly LimitRow[],
  benefits: readonly BenefitType[],
  earnings: Earnings,
  now: Date,
): LimitMeter[] {
  return applicableLimits(benefits, earnings.commissionYearCents > 0).map((slot) => {
    const limit = pickValidAt(
      rows.filter((r) => r.kind === slot.kind && r.period === slot.period),
      now,
    );
    return {
      slot,
      limit,
      meter: limit && limit.amountCents > 0 ? meter(earnedFor(slot, earnings), limit.amountCents) : null,
      outdated: limit ? isOutdated(limit, now) : false,
    };
  });
}

/** The periods each limit is expressed in (the admin form offers only these). */
export const LIMIT_PERIODS: Record<BenefitLimitKind, readonly LimitPeriod[]> = {
  DISABILITY_PENSION_EARNINGS: ["MONTH"],
  LABOUR_MARKET_SUBSIDY_PROTECTED: ["MONTH", "FOUR_WEEKS"],
  BASIC_SOCIAL_ASSISTANCE_PROTECTED: ["MONTH"],
  PENSIONERS_HOUSING_ALLOWANCE_REVIEW: ["YEAR"],
  YEL_COMMISSION_INCOME: ["YEAR"],
};


/** The ids of the rows valid at `instant`: one per limit and period at most (for the admin's table). */
export function currentLimitIds(rows: readonly LimitRow[], instant: Date): Set<string> {
  const byLimit = new Map<string, LimitRow[]>();
  for (const r of rows) byLimit.set(`${r.kind}/${r.period}`, [...(byLimit.get(`${r.kind}/${r.period}`) ?? []), r]);
  const ids = new Set<string>();
  for (const group of byLimit.values()) {
    const valid = pickValidAt(group, instant);
    if (valid) ids.add(valid.id);
  }
  return ids;
}

// ───── the forecast and the offer's warning (ADR 081) ─────

/** Approved hours are earnings; reported ones wait for approval; accepted gigs are the plan. */
export type EarningStage = "approved" | "waiting" | "planned";

/** A gig of the client that counts, or will count, towards a limit. */
export interface StagedGig {
  workedAt: Date;
  /** approved, else reported, else planned minutes */
  minutes: number;
  workerPayCents: number;
  contractModel: ContractModel;
  stage: EarningStage;
}

export interface StagedCents {
  approved: number;
  waiting: number;
  planned: number;
  /** approved + waiting + planned: the month as it will be if the plan holds */
  total: number;
}

/** The period of a limit that holds `at`: [from, to). Four weeks end with `at`'s day. */
export function periodWindow(period: LimitPeriod, at: Date): { from: Date; to: Date } {
  switch (period) {
    case "MONTH":
      return { from: startOfHelsinkiMonth(at), to: startOfHelsinkiDay(addHelsinkiDays(endOfHelsinkiMonth(at), 1)) };
    case "FOUR_WEEKS":
      return { from: startOfHelsinkiDay(addHelsinkiDays(at, -27)), to: startOfHelsinkiDay(addHelsinkiDays(at, 1)) };
    case "YEAR": {
      const from = startOfHelsinkiYear(at);
      return { from, to: startOfHelsinkiYear(addHelsinkiDays(from, 370)) };
    }
  }
}

/** The client's gigs in the period of `slot` that holds `at`, by stage (the YEL limit: commission income only). */
export function stagedFor(slot: LimitSlot, gigs: readonly StagedGig[], at: Date): StagedCents {
  const { from, to } = periodWindow(slot.period, at);
  const out: StagedCents = { approved: 0, waiting: 0, planned: 0, total: 0 };
  for (const g of gigs) {
    const t = g.workedAt.getTime();
    if (t < from.getTime() || t >= to.getTime()) continue;
    if (slot.kind === "YEL_COMMISSION_INCOME" && g.contractModel !== "COMMISSION") continue;
    const cents = centsForMinutes(g.workerPayCents, g.minutes);
    out[g.stage] += cents;
    out.total += cents;
  }
  return out;
}

export interface ForecastMeter {
  slot: LimitSlot;
  limit: LimitRow | null;
  parts: StagedCents;
  /** the meter on the forecast (approved + waiting + planned); null without a valid limit */
  meter: Meter | null;
  outdated: boolean;
}

function commissionThisYear(gigs: readonly StagedGig[], at: Date): boolean {
  const { from, to } = periodWindow("YEAR", at);
  return gigs.some((g) => g.contractModel === "COMMISSION" && g.workedAt >= from && g.workedAt < to);
}

/**
 * Every limit that matters, with the row valid at `at` and the period's earnings split into
 * approved, waiting and planned. The level is the forecast's: a client with 250 € approved and
 * 100 € accepted is told now, not after the approval, that the 300 € month is over.
 */
export function forecastMeters(rows: readonly LimitRow[], benefits: readonly BenefitType[], gigs: readonly StagedGig[], at: Date): ForecastMeter[] {
  return applicableLimits(benefits, commissionThisYear(gigs, at)).map((slot) => {
    const limit = pickValidAt(
      rows.filter((r) => r.kind === slot.kind && r.period === slot.period),
      at,
    );
    const parts = stagedFor(slot, gigs, at);
    return {
      slot,
      limit,
      parts,
      meter: limit && limit.amountCents > 0 ? meter(parts.total, limit.amountCents) : null,
      outdated: limit ? isOutdated(limit, at) : false,
    };
  });
}

export interface OfferWarning {
  slot: LimitSlot;
  /** with the offered gig: close (≥ 80 %) or over (the limit reached) */
  level: Exclude<MeterLevel, "below">;
  limitCents: number;
  /** the period's forecast with the offered gig */
  withGigCents: number;
}

/**
 * Before a client says yes (and before staff nominate): would this gig take the client close
 * to or over a limit in the gig's own period? The offer is added as planned to the client's
 * other gigs; limits the gig does not count towards (YEL for a non-commission gig) stay quiet.
 */
export function offerWarnings(
  rows: readonly LimitRow[],
  benefits: readonly BenefitType[],
  otherGigs: readonly StagedGig[],
  offer: Omit<StagedGig, "stage">,
): OfferWarning[] {
  const withOffer = [...otherGigs, { ...offer, stage: "planned" as const }];
  const out: OfferWarning[] = [];
  for (const f of forecastMeters(rows, benefits, withOffer, offer.workedAt)) {
    if (!f.meter || f.meter.level === "below") continue;
    if (f.slot.kind === "YEL_COMMISSION_INCOME" && offer.contractModel !== "COMMISSION") continue;
    out.push({ slot: f.slot, level: f.meter.level, limitCents: f.meter.limitCents, withGigCents: f.meter.earnedCents });
  }
  // the most serious first: over before close
  return out.sort((a, b) => (a.level === b.level ? 0 : a.level === "over" ? -1 : 1));
}
