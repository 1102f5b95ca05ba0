import type { BenefitType, ContractModel, GigStatus, JobcenterKind, OrderStatus, ReadinessStatus, TaskCategory, UnitOfferStatus } from "@/generated/prisma/enums";
import { contractModelProblem, readinessValid, workActivityProblem, type DayMove, type NominationFacts, type WeeklyHours } from "@/features/clients/rules";
import { BOOKING_STATES, FILLED_STATES, isGigIn } from "@/features/gigs/rules";
import { termsAccepted } from "@/features/orders/rules";
import { CLOSED_ORDER_STATES, isOrderIn } from "@/features/orders/status";
import type { RuleCode } from "@/server/errors";

// Pure coordination rules: may this client be assigned to this gig, how well does a client fit
// an order, and where an order's gigs put the order. The rules about the client alone (work
// activity, benefits, readiness) are in clients/rules.ts.
// See docs/decisions/030-assignment-rules.md and 031-work-activity-days.md.

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
  const contract = contractModelProblem(f.jobcenter, f.client, f.order.contractModel);
  if (contract) problems.push(contract);
  if (f.doubleBooked) problems.push("DOUBLE_BOOKED");
  const workActivity = workActivityProblem(f.jobcenter.kind, f.gig, f.client.weekly, f.client.moves, f.workActivityDayConfirmed);
  if (workActivity) problems.push(workActivity);
  return problems;
}

/**
 * From the matching list the coordinator may assign a client no rule blocks, or one whose gig
 * only waits for the work-activity day confirmation they tick with the assignment.
 */
export function assignableFromList(problems: readonly RuleCode[]): boolean {
  return problems.every((p) => p === "WORK_ACTIVITY_DAY_NOT_CONFIRMED");
}

/** The unit may still send clients to the order: it has neither declined nor been withdrawn from. */
export const LIVE_OFFER_STATES: readonly UnitOfferStatus[] = ["PENDING", "INTERESTED", "NOMINATED"];

/** An offer to a unit is still open: not withdrawn, and its order is not finished or cancelled. */
export function offerIsOpen(offer: { status: UnitOfferStatus; order: { status: OrderStatus } }): boolean {
  return offer.status !== "WITHDRAWN" && !isOrderIn(CLOSED_ORDER_STATES, offer.order.status);
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

/** The skill words that fit a task category (matching asks the database with the same words). */
export function categoryWords(category: TaskCategory): readonly string[] {
  return categorySkills[category];
}

function fitsCategory(words: readonly string[], category: TaskCategory, title = ""): boolean {
  const wanted = categorySkills[category];
  const titleLower = title.toLowerCase();
  return words.some((w) => {
    const word = w.trim().toLowerCase();
    return word.length > 0 && (wanted.includes(word) || titleLower.includes(word));
  });
}

type MatchReason =
  | "readinessConfirmed"
  | "skillsFit"
  | "interestsFit"
  | "unitOffered"
  | "sameArea"
  | "free"
  | "noReadiness"
  | "noSkills"
  | "blocked";

interface MatchFacts {
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
 * The points of each reason. A confirmed readiness outweighs every softer reason together
 * (40 - -20 > 25 + 15 + 10 + 5), which lets matching rank in SQL by readiness first (ADR 090).
 */
export const MATCH_POINTS = {
  blocked: -1000,
  noReadiness: -20,
  readinessConfirmed: 40,
  skillsFit: 25,
  interestsFit: 15,
  unitOffered: 10,
  sameArea: 5,
  free: 5,
} as const;

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
    score += MATCH_POINTS.blocked;
  }
  if (f.problems.includes("READINESS_MISSING")) {
    reasons.push("noReadiness");
    score += MATCH_POINTS.noReadiness;
  } else {
    reasons.push("readinessConfirmed");
    score += MATCH_POINTS.readinessConfirmed;
  }
  if (fitsCategory(f.client.skills, f.order.category, f.order.title)) {
    reasons.push("skillsFit");
    score += MATCH_POINTS.skillsFit;
  } else reasons.push("noSkills");
  if (fitsCategory(f.client.interests, f.order.category, f.order.title)) {
    reasons.push("interestsFit");
    score += MATCH_POINTS.interestsFit;
  }
  if (f.offeredUnitIds.includes(f.client.unitId)) {
    reasons.push("unitOffered");
    score += MATCH_POINTS.unitOffered;
  }
  if (f.client.area && f.order.city && f.client.area.trim().toLowerCase() === f.order.city.trim().toLowerCase()) {
    reasons.push("sameArea");
    score += MATCH_POINTS.sameArea;
  }
  if (!f.problems.includes("DOUBLE_BOOKED")) {
    reasons.push("free");
    score += MATCH_POINTS.free;
  }
  return { score, reasons, problems: [...f.problems] };
}

/** Best first; ties by name, then id, so that the list is stable (pages depend on it). */
export function rankMatches<T extends { match: Match; name: string; clientId?: string }>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) => b.match.score - a.match.score || a.name.localeCompare(b.name, "fi") || (a.clientId ?? "").localeCompare(b.clientId ?? ""),
  );
}

/**
 * A window of candidates read in the database's ranking (ADR 090), ranked by the rules: best
 * score first, and on equal scores the database's order (a stable sort keeps it), so the rows
 * of a larger window start with the rows of a smaller one whenever the two rankings agree.
 */
export function rankWindow<T extends { match: Match }>(rowsInSqlOrder: readonly T[]): T[] {
  return [...rowsInSqlOrder].sort((a, b) => b.match.score - a.match.score);
}

/**
 * Where an order should be, given its sessions and gigs: SCHEDULED when every session has its
 * workers with accepted gigs, DONE when every live gig is approved; otherwise null (no move).
 */
export function orderProgress(
  status: OrderStatus,
  sessions: readonly { id: string; workersNeeded: number }[],
  gigs: readonly { sessionId: string | null; status: GigStatus | string }[],
): OrderStatus | null {
  const live = gigs.filter((g) => isGigIn(BOOKING_STATES, g.status));
  const filled = (s: { id: string; workersNeeded: number }) => live.filter((g) => g.sessionId === s.id && isGigIn(FILLED_STATES, g.status)).length >= s.workersNeeded;
  const allFilled = sessions.length > 0 && sessions.every(filled);
  const allApproved = live.length > 0 && live.every((g) => g.status === "APPROVED") && allFilled;
  if (allApproved && (status === "SCHEDULED" || status === "IN_PROGRESS")) return "DONE";
  if (allFilled && (status === "TERMS_ACCEPTED" || status === "FINDING_WORKERS")) return "SCHEDULED";
  if (!allFilled && status === "SCHEDULED") return "FINDING_WORKERS";
  return null;
}

/**
 * A work session's staffing: the gigs that hold one of its places (`live`), how many of them
 * the clients have accepted (`filled`), and whether more clients may still be assigned
 * (`open`: the order is not closed, a place is free and the session has not ended).
 */
export function sessionStaffing<G extends { status: GigStatus | string }>(
  session: { workersNeeded: number; endsAt: Date },
  gigs: readonly G[],
  order: { status: OrderStatus },
  now: Date,
): { live: G[]; filled: number; open: boolean } {
  const live = gigs.filter((g) => isGigIn(BOOKING_STATES, g.status));
  const filled = live.filter((g) => isGigIn(FILLED_STATES, g.status)).length;
  const open = !isOrderIn(CLOSED_ORDER_STATES, order.status) && live.length < session.workersNeeded && session.endsAt > now;
  return { live, filled, open };
}

// ───────────── the coordinator's next step ─────────────

export type NextStep =
  | "closed"
  | "verifyOrderer"
  | "waitTerms"
  | "waitReacceptance"
  | "approveHours"
  | "closeOrder"
  | "sendGigs"
  | "waitStaffConfirmation"
  | "addSessions"
  | "offerToUnits"
  | "assign"
  | "waitForUnits"
  | "waitForClients"
  | "followWork";

export interface NextStepFacts {
  status: OrderStatus;
  ordererUnverified: boolean;
  termsAccepted: boolean;
  reacceptanceRequired: boolean;
  offers: readonly { status: UnitOfferStatus }[];
  /** Readiness confirmations that still hold, of clients not yet in a session of the order. */
  unassignedNominations: number;
  sessions: readonly { open: boolean }[];
  gigs: readonly { status: GigStatus | string; onWorkActivityDay: boolean; workActivityDayConfirmedById: string | null }[];
}

/**
 * What the coordinator should do now on an order, the first that applies: a step that blocks
 * the others first (who the orderer is, the terms), then what is waiting for the coordinator
 * (hours to approve, the order to close, gigs to send), then staffing the sessions, and last
 * what waits for others. The order page puts it at the top with its action.
 */
export function nextStep(f: NextStepFacts): NextStep {
  if (f.status === "APPROVED" || f.status === "INVOICED" || f.status === "CANCELLED") return "closed";
  if (f.ordererUnverified) return "verifyOrderer";
  if (!f.termsAccepted) return f.reacceptanceRequired ? "waitReacceptance" : "waitTerms";
  if (f.gigs.some((g) => g.status === "REPORTED")) return "approveHours";
  if (f.status === "DONE") return "closeOrder";
  const planned = f.gigs.filter((g) => g.status === "PLANNED");
  if (planned.some((g) => !g.onWorkActivityDay || g.workActivityDayConfirmedById !== null)) return "sendGigs";
  if (planned.length > 0) return "waitStaffConfirmation";
  if (f.sessions.length === 0) return "addSessions";
  if (f.sessions.some((s) => s.open)) {
    if (!f.offers.some((o) => LIVE_OFFER_STATES.includes(o.status))) return "offerToUnits";
    if (f.unassignedNominations > 0) return "assign";
    return "waitForUnits";
  }
  if (f.gigs.some((g) => g.status === "OFFERED")) return "waitForClients";
  return "followWork";
}

/** How many ranked clients a session shows at a time. */
export const MATCH_PAGE_SIZE = 12;

/**
 * One page of a ranked list: the first `shown` rows (at least one page, at most all), and how
 * many a "more" link would show next (null when nothing is left). `rows` may be only the window
 * the database read (ADR 090), with `total` the count of every candidate. The ranking is stable
 * (score, then the database's order), so growing the page never reorders what was shown.
 */
export function matchPage<T>(
  rows: readonly T[],
  shown: number | null | undefined,
  size = MATCH_PAGE_SIZE,
  total = rows.length,
): { rows: T[]; total: number; next: number | null } {
  const count = Math.min(matchWindow(shown, size), rows.length);
  const all = Math.max(total, rows.length);
  return { rows: rows.slice(0, count), total: all, next: count < all ? Math.min(count + size, all) : null };
}

/** How many candidates a session's list reads for `shown` (whole pages, at least one). */
export function matchWindow(shown: number | null | undefined, size = MATCH_PAGE_SIZE): number {
  return Number.isInteger(shown) && shown! > 0 ? Math.ceil(shown! / size) * size : size;
}
