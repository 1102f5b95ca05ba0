import type { BenefitType, ConsentParty, ConsentScope, ContractModel, JobcenterKind, ReadinessStatus, SkillsCheck } from "@/generated/prisma/enums";
import { dateColumn, dayKey, dayOfDateColumn, helsinkiInstant, isoWeekday, minuteOfDay, startOfHelsinkiWeek } from "@/lib/dates";
import type { RuleCode } from "@/server/errors";

// Rules about the client rather than the order: the client's work-activity hours on a Helsinki
// day, what the client's benefits and agreed contract models allow, and readiness.
// See docs/decisions/030-assignment-rules.md and 031-work-activity-days.md.

export interface WeeklyHours {
  weekday: number; // ISO 1..7
  startMinute: number;
  endMinute: number;
}
export interface DayMove {
  fromDate: Date; // @db.Date
  toDate: Date; // @db.Date
}
export interface DayHours {
  startMinute: number;
  endMinute: number;
}

/** ISO weekday of a Helsinki calendar day ("2026-11-23"). */
export function weekdayOfDay(day: string): number {
  return isoWeekday(helsinkiInstant(day, "12:00"));
}

/**
 * The client's work-activity hours on a Helsinki day: the regular hours of that ISO weekday,
 * unless the day was moved away; a day moved here brings the moved day's hours with it.
 */
export function workActivityHoursOn(day: string, weekly: readonly WeeklyHours[], moves: readonly DayMove[]): DayHours | null {
  const movedIn = moves.find((m) => dayOfDateColumn(m.toDate) === day);
  if (movedIn) {
    const from = weekly.find((w) => w.weekday === weekdayOfDay(dayOfDateColumn(movedIn.fromDate)));
    if (from) return { startMinute: from.startMinute, endMinute: from.endMinute };
  }
  if (moves.some((m) => dayOfDateColumn(m.fromDate) === day)) return null;
  const regular = weekly.find((w) => w.weekday === weekdayOfDay(day));
  return regular ? { startMinute: regular.startMinute, endMinute: regular.endMinute } : null;
}

/** A work-activity day may be moved only within the same ISO week (Monday to Sunday, Helsinki). */
export function isMoveWithinWeek(fromDay: string, toDay: string): boolean {
  if (fromDay === toDay) return false;
  return startOfHelsinkiWeek(helsinkiInstant(fromDay, "12:00")).getTime() === startOfHelsinkiWeek(helsinkiInstant(toDay, "12:00")).getTime();
}

/** The Helsinki days a time range touches, with its minutes on each day. */
export function daySpans(range: { startsAt: Date; endsAt: Date }): { day: string; startMinute: number; endMinute: number }[] {
  const startDay = dayKey(range.startsAt);
  const endDay = dayKey(range.endsAt);
  if (startDay === endDay) return [{ day: startDay, startMinute: minuteOfDay(range.startsAt), endMinute: minuteOfDay(range.endsAt) }];
  return [
    { day: startDay, startMinute: minuteOfDay(range.startsAt), endMinute: 24 * 60 },
    { day: endDay, startMinute: 0, endMinute: minuteOfDay(range.endsAt) },
  ];
}

/** Whether a gig falls on a work-activity day at all, and whether it overlaps the hours. */
export function workActivityClash(
  gig: { startsAt: Date; endsAt: Date },
  weekly: readonly WeeklyHours[],
  moves: readonly DayMove[],
): { onWorkActivityDay: boolean; overlapsHours: boolean } {
  let onDay = false;
  let overlapsHours = false;
  for (const span of daySpans(gig)) {
    const hours = workActivityHoursOn(span.day, weekly, moves);
    if (!hours) continue;
    onDay = true;
    if (span.startMinute < hours.endMinute && hours.startMinute < span.endMinute) overlapsHours = true;
  }
  return { onWorkActivityDay: onDay, overlapsHours };
}

export interface NominationFacts {
  validUntil: Date;
  revokedAt: Date | null;
  clientWantsGig: boolean;
  skillsCheck: SkillsCheck;
}

/**
 * A readiness confirmation is valid while it is not revoked and not expired, the client wants
 * the gig, and the client's readiness is READY, or PRACTISING when staff chose "practised first".
 */
export function readinessValid(readiness: ReadinessStatus, nomination: NominationFacts | null, now: Date): boolean {
  if (!nomination || nomination.revokedAt || nomination.validUntil <= now || !nomination.clientWantsGig) return false;
  if (readiness === "READY") return true;
  return readiness === "PRACTISING" && nomination.skillsCheck === "PRACTISED_FIRST";
}

/** The pilot's hardest lesson: a commission contract stops a labour market subsidy. */
export function commissionBlocked(
  jobcenter: { blockCommissionForUnemploymentBenefit: boolean },
  client: { benefits: readonly BenefitType[] },
  contractModel: ContractModel,
): boolean {
  return contractModel === "COMMISSION" && benefitBlocksCommission(jobcenter, client);
}

/**
 * The Jobcenter's rule for this client's benefits: a commission contract would stop a labour
 * market subsidy. Shown on the client's profile; `commissionBlocked` applies it to an order.
 */
export function benefitBlocksCommission(
  jobcenter: { blockCommissionForUnemploymentBenefit: boolean },
  client: { benefits: readonly BenefitType[] },
): boolean {
  return jobcenter.blockCommissionForUnemploymentBenefit && client.benefits.includes("LABOUR_MARKET_SUBSIDY");
}

/** What stops this client working under the order's contract model, if anything. */
export function contractModelProblem(
  jobcenter: { blockCommissionForUnemploymentBenefit: boolean },
  client: { benefits: readonly BenefitType[]; allowedContractModels: readonly ContractModel[] },
  contractModel: ContractModel,
): RuleCode | null {
  if (commissionBlocked(jobcenter, client, contractModel)) return "COMMISSION_BLOCKED_UNEMPLOYMENT_BENEFIT";
  if (!client.allowedContractModels.includes(contractModel)) return "CONTRACT_MODEL_NOT_ALLOWED_FOR_CLIENT";
  return null;
}

/**
 * What the client's work activity says about a gig at this time: in disability work activity
 * a gig on a work-activity day needs unit staff's confirmation; in rehabilitative work
 * activity a gig may not overlap the day's hours.
 */
export function workActivityProblem(
  kind: JobcenterKind,
  gig: { startsAt: Date; endsAt: Date },
  weekly: readonly WeeklyHours[],
  moves: readonly DayMove[],
  dayConfirmed: boolean,
): RuleCode | null {
  const clash = workActivityClash(gig, weekly, moves);
  if (kind === "DISABILITY_WORK_ACTIVITY" && clash.onWorkActivityDay && !dayConfirmed) return "WORK_ACTIVITY_DAY_NOT_CONFIRMED";
  if (kind === "REHABILITATIVE_WORK_ACTIVITY" && clash.overlapsHours) return "OVERLAPS_WORK_ACTIVITY_HOURS";
  return null;
}

/** A gig on a disability work-activity day is marked so (staff confirmed it when assigning). */
export function isOnWorkActivityDay(
  kind: JobcenterKind,
  gig: { startsAt: Date; endsAt: Date },
  weekly: readonly WeeklyHours[],
  moves: readonly DayMove[],
): boolean {
  return kind === "DISABILITY_WORK_ACTIVITY" && workActivityClash(gig, weekly, moves).onWorkActivityDay;
}

/**
 * A staff page load renders in several RSC requests, and people refresh: reading the same
 * client again within this many minutes is the same read and writes no second `client.read` row.
 */
export const CLIENT_READ_DEDUPE_MINUTES = 2;

/** The start of the dedupe window that ends at `now`. */
export function clientReadWindowStart(now: Date): Date {
  return new Date(now.getTime() - CLIENT_READ_DEDUPE_MINUTES * 60_000);
}

/** Whether a profile read at `now` writes an audit row, given the same person's last read of the client. */
export function shouldRecordClientRead(lastReadAt: Date | null, now: Date): boolean {
  return lastReadAt === null || lastReadAt.getTime() <= clientReadWindowStart(now).getTime();
}

/**
 * Whether staff may nominate a client with this readiness: READY, or PRACTISING when they
 * chose "practised first". The same condition `readinessValid` asks of the nomination later,
 * asked up front so that staff hear the reason instead of the coordinator finding a
 * nomination that never counts.
 */
export function nominationReadinessProblem(readiness: ReadinessStatus, skillsCheck: SkillsCheck): RuleCode | null {
  if (readiness === "READY") return null;
  if (readiness === "PRACTISING") return skillsCheck === "PRACTISED_FIRST" ? null : "CLIENT_PRACTISING_NOT_PRACTISED";
  return "CLIENT_NOT_READY";
}

/**
 * What stops moving a work-activity day from one Helsinki day to another (ADR 031): the
 * move stays within the ISO week, leaves a day that is a work-activity day (after earlier
 * moves) for one that is not, and no live gig of the client on the new day then breaks the
 * work-activity rule (rehabilitative: inside the hours; disability: a gig nobody confirmed).
 */
export function dayMoveProblem(args: {
  kind: JobcenterKind;
  fromDay: string;
  toDay: string;
  weekly: readonly WeeklyHours[];
  moves: readonly DayMove[];
  gigs: readonly { startsAt: Date; endsAt: Date; dayConfirmed: boolean }[];
}): RuleCode | null {
  if (!isMoveWithinWeek(args.fromDay, args.toDay)) return "MOVE_OUTSIDE_WEEK";
  if (!workActivityHoursOn(args.fromDay, args.weekly, args.moves)) return "MOVE_FROM_NOT_WORK_ACTIVITY_DAY";
  if (workActivityHoursOn(args.toDay, args.weekly, args.moves)) return "MOVE_TO_WORK_ACTIVITY_DAY";
  const after = [...args.moves, { fromDate: dateColumn(args.fromDay), toDate: dateColumn(args.toDay) }];
  for (const gig of args.gigs) {
    if (!daySpans(gig).some((s) => s.day === args.toDay)) continue;
    if (workActivityProblem(args.kind, gig, args.weekly, after, gig.dayConfirmed)) return "MOVE_CLASHES_WITH_GIG";
  }
  return null;
}

/** A client counted as able to take a contract model: active, ready (or practising) and allowed it. */
export interface StaffableClient {
  active: boolean;
  readiness: ReadinessStatus;
  benefits: readonly BenefitType[];
  allowedContractModels: readonly ContractModel[];
}

/**
 * The contract models the Jobcenter can staff (ADR 034): those it lists for which at least one
 * active client who is ready or practising could work under the benefit rules. A model no
 * client can take is never offered to an orderer, so no order waits for workers who cannot come.
 */
export function staffableContractModels(
  jobcenter: { contractModels: readonly ContractModel[]; blockCommissionForUnemploymentBenefit: boolean },
  clients: readonly StaffableClient[],
): ContractModel[] {
  const able = clients.filter((c) => c.active && (c.readiness === "READY" || c.readiness === "PRACTISING"));
  return jobcenter.contractModels.filter((model) => able.some((c) => contractModelProblem(jobcenter, c, model) === null));
}

// ───────────── consent that gates (ADR 072) ─────────────

export interface ConsentLike {
  id: string;
  partyKinds: readonly ConsentParty[];
  scopes: readonly ConsentScope[];
  agreedOn: Date; // @db.Date
  validUntil: Date | null; // @db.Date
  withdrawnAt: Date | null;
}

/**
 * The consent that lets `party` see the client's `scope` on the Helsinki day `today`, or null.
 * Valid means: agreed on or before today, not past its last day, never withdrawn (a withdrawal
 * counts from the moment it is recorded, so it hides the data at once), and naming both the
 * party and the scope. When several do, the one that lasts longest is returned, because the
 * page names it ("shown because of the consent of ..., valid until ...").
 */
export function consentAllows<C extends ConsentLike>(consents: readonly C[], party: ConsentParty, scope: ConsentScope, today: string): C | null {
  let best: C | null = null;
  for (const c of consents) {
    if (c.withdrawnAt !== null) continue;
    if (!c.partyKinds.includes(party) || !c.scopes.includes(scope)) continue;
    if (dayOfDateColumn(c.agreedOn) > today) continue;
    if (c.validUntil !== null && dayOfDateColumn(c.validUntil) < today) continue;
    if (best === null || lastsLonger(c, best)) best = c;
  }
  return best;
}

function lastsLonger(a: ConsentLike, b: ConsentLike): boolean {
  if (b.validUntil === null) return false;
  return a.validUntil === null || a.validUntil.getTime() > b.validUntil.getTime();
}
