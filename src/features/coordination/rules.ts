import type { BenefitType, ContractModel, JobcenterKind, OrderStatus, ReadinessStatus, SkillsCheck, TaskCategory } from "@/generated/prisma/enums";
import { termsAccepted } from "@/features/orders/rules";
import { dayKey, dayOfDateColumn, helsinkiInstant, isoWeekday, minuteOfDay, startOfHelsinkiWeek } from "@/lib/dates";
import type { RuleCode } from "@/server/errors";

// Pure coordination rules: may this client be assigned to this gig, how well does a client fit
// an order, and a client's work-activity hours on a given Helsinki day.
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
  return jobcenter.blockCommissionForUnemploymentBenefit && contractModel === "COMMISSION" && client.benefits.includes("LABOUR_MARKET_SUBSIDY");
}

export interface AssignmentFacts {
  order: { status: OrderStatus; reacceptanceRequired: boolean; contractModel: ContractModel; jobcenterId: string };
  jobcenter: { kind: JobcenterKind; blockCommissionForUnemploymentBenefit: boolean };
  client: {
    jobcenterId: string;
    readiness: ReadinessStatus;
    benefits: readonly BenefitType[];
    allowedContractModels: readonly ContractModel[];
    weekly: readonly WeeklyHours[];
    moves: readonly DayMove[];
  };
  nomination: NominationFacts | null;
  gig: { startsAt: Date; endsAt: Date };
  /** The client has another gig in a booking state that overlaps this one. */
  doubleBooked: boolean;
  /** Disability work activity: unit staff confirmed the gig on a work-activity day. */
  workActivityDayConfirmed: boolean;
  now: Date;
}

/** Every rule that stops this assignment, in the order they are shown. Empty: may assign. */
export function assignmentProblems(f: AssignmentFacts): RuleCode[] {
  const problems: RuleCode[] = [];
  if (!termsAccepted(f.order)) problems.push("TERMS_NOT_ACCEPTED");
  if (f.client.jobcenterId !== f.order.jobcenterId) problems.push("CLIENT_NOT_IN_JOBCENTER");
  if (!readinessValid(f.client.readiness, f.nomination, f.now)) problems.push("READINESS_MISSING");
  if (commissionBlocked(f.jobcenter, f.client, f.order.contractModel)) problems.push("COMMISSION_BLOCKED_UNEMPLOYMENT_BENEFIT");
  else if (!f.client.allowedContractModels.includes(f.order.contractModel)) problems.push("CONTRACT_MODEL_NOT_ALLOWED_FOR_CLIENT");
  if (f.doubleBooked) problems.push("DOUBLE_BOOKED");
  const clash = workActivityClash(f.gig, f.client.weekly, f.client.moves);
  if (f.jobcenter.kind === "DISABILITY_WORK_ACTIVITY" && clash.onWorkActivityDay && !f.workActivityDayConfirmed) {
    problems.push("WORK_ACTIVITY_DAY_NOT_CONFIRMED");
  }
  if (f.jobcenter.kind === "REHABILITATIVE_WORK_ACTIVITY" && clash.overlapsHours) problems.push("OVERLAPS_WORK_ACTIVITY_HOURS");
  return problems;
}

// ───────────── matching ─────────────

/** Skill words that fit each task category (skills are staff's free words, lower case). */
const categorySkills: Record<TaskCategory, readonly string[]> = {
  CLEANING: ["cleaning", "siivous"],
  OUTDOOR: ["outdoor", "ulkotyö", "ulkotyöt"],
  PACKING_MAILING: ["packing", "mailing", "pakkaaminen", "postitus"],
  ARCHIVING: ["archiving", "arkistointi"],
  MOVING: ["moving", "muutto", "muuttoapu"],
  ELDERLY_HELP: ["elderly_help", "elderly", "vanhusapu"],
  SEWING: ["sewing", "ompelu"],
  OTHER: [],
};

export function fitsCategory(words: readonly string[], category: TaskCategory, title = ""): boolean {
  const wanted = categorySkills[category];
  const titleLower = title.toLowerCase();
  return words.some((w) => {
    const word = w.trim().toLowerCase();
    return word.length > 0 && (wanted.includes(word) || titleLower.includes(word));
  });
}

export type MatchReason =
  | "readinessConfirmed"
  | "skillsFit"
  | "interestsFit"
  | "unitOffered"
  | "sameArea"
  | "free"
  | "noReadiness"
  | "noSkills"
  | "blocked";

export interface MatchFacts {
  order: { category: TaskCategory; title: string; city: string | null };
  client: { skills: readonly string[]; interests: readonly string[]; area: string | null; unitId: string };
  offeredUnitIds: readonly string[];
  /** Rules that stop assigning this client to the session (from assignmentProblems). */
  problems: readonly RuleCode[];
}

export interface Match {
  score: number;
  reasons: MatchReason[];
  problems: RuleCode[];
}

/**
 * Ranks a client for an order. Hard rules first: a client any rule blocks sorts below every
 * assignable one. Then readiness, skills, interests, the offered unit and the area.
 */
export function matchScore(f: MatchFacts): Match {
  const reasons: MatchReason[] = [];
  let score = 0;
  const hard = f.problems.filter((p) => p !== "READINESS_MISSING" && p !== "WORK_ACTIVITY_DAY_NOT_CONFIRMED");
  if (hard.length > 0) {
    reasons.push("blocked");
    score -= 1000;
  }
  if (f.problems.includes("READINESS_MISSING")) {
    reasons.push("noReadiness");
    score -= 20;
  } else {
    reasons.push("readinessConfirmed");
    score += 40;
  }
  if (fitsCategory(f.client.skills, f.order.category, f.order.title)) {
    reasons.push("skillsFit");
    score += 25;
  } else reasons.push("noSkills");
  if (fitsCategory(f.client.interests, f.order.category, f.order.title)) {
    reasons.push("interestsFit");
    score += 15;
  }
  if (f.offeredUnitIds.includes(f.client.unitId)) {
    reasons.push("unitOffered");
    score += 10;
  }
  if (f.client.area && f.order.city && f.client.area.trim().toLowerCase() === f.order.city.trim().toLowerCase()) {
    reasons.push("sameArea");
    score += 5;
  }
  if (!f.problems.includes("DOUBLE_BOOKED")) {
    reasons.push("free");
    score += 5;
  }
  return { score, reasons, problems: [...f.problems] };
}

/** Best first; ties by name so that the list is stable. */
export function rankMatches<T extends { match: Match; name: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => b.match.score - a.match.score || a.name.localeCompare(b.name, "fi"));
}

/** A session has its workers when enough gigs in it are accepted (or further). */
export const FILLED_STATES = ["ACCEPTED", "STARTED", "REPORTED", "APPROVED"] as const;
/** Gigs that still count in an order (not cancelled, declined or swapped away). */
export const LIVE_STATES = ["PLANNED", "OFFERED", "ACCEPTED", "STARTED", "REPORTED", "APPROVED"] as const;

/**
 * Where an order should be, given its sessions and gigs: SCHEDULED when every session has its
 * workers with accepted gigs, DONE when every live gig is approved; otherwise null (no move).
 */
export function orderProgress(
  status: OrderStatus,
  sessions: readonly { id: string; workersNeeded: number }[],
  gigs: readonly { sessionId: string | null; status: string }[],
): OrderStatus | null {
  const live = gigs.filter((g) => (LIVE_STATES as readonly string[]).includes(g.status));
  const filled = (s: { id: string; workersNeeded: number }) =>
    live.filter((g) => g.sessionId === s.id && (FILLED_STATES as readonly string[]).includes(g.status)).length >= s.workersNeeded;
  const allFilled = sessions.length > 0 && sessions.every(filled);
  const allApproved = live.length > 0 && live.every((g) => g.status === "APPROVED") && allFilled;
  if (allApproved && (status === "SCHEDULED" || status === "IN_PROGRESS")) return "DONE";
  if (allFilled && (status === "TERMS_ACCEPTED" || status === "FINDING_WORKERS")) return "SCHEDULED";
  if (!allFilled && status === "SCHEDULED") return "FINDING_WORKERS";
  return null;
}

/** Inbox urgency: new orders first, then by the soonest upcoming session. */
export function inboxSort<T extends { status: OrderStatus; nextSessionAt: Date | null; createdAt: Date }>(rows: T[]): T[] {
  const rank = (r: T) => (r.status === "RECEIVED" ? 0 : r.status === "TERMS_ACCEPTED" ? 1 : 2);
  return [...rows].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    const at = a.nextSessionAt?.getTime() ?? Number.POSITIVE_INFINITY;
    const bt = b.nextSessionAt?.getTime() ?? Number.POSITIVE_INFINITY;
    if (at !== bt) return at - bt;
    return a.createdAt.getTime() - b.createdAt.getTime();
  });
}
