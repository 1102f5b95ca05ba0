import { describe, expect, it } from "vitest";
import { dateColumn, helsinkiInstant } from "@/lib/dates";
import {
  assignableFromList,
  assignmentProblems,
  matchPage,
  matchScore,
  nextStep,
  offerIsOpen,
  orderProgress,
  rankMatches,
  sessionStaffing,
  type AssignmentFacts,
  type NextStepFacts,
} from "./rules";

// 2026-11-23 is a Monday. Tests run in Pacific/Kiritimati (UTC+14): every day below is Helsinki's.
const weekly = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 14 * 60 }));
const now = helsinkiInstant("2026-11-20", "12:00");
const gigAt = (day: string, start: string, end: string) => ({ startsAt: helsinkiInstant(day, start), endsAt: helsinkiInstant(day, end) });

function facts(over: Partial<Omit<AssignmentFacts, "client">> & { client?: Partial<AssignmentFacts["client"]> } = {}): AssignmentFacts {
  const base: AssignmentFacts = {
    order: { status: "FINDING_WORKERS", reacceptanceRequired: false, contractModel: "EMPLOYMENT", jobcenterId: "jcD" },
    jobcenter: { kind: "DISABILITY_WORK_ACTIVITY", blockCommissionForUnemploymentBenefit: false },
    client: { jobcenterId: "jcD", readiness: "READY", benefits: ["DISABILITY_PENSION"], allowedContractModels: ["COMMISSION", "EMPLOYMENT"], weekly, moves: [] },
    nomination: { validUntil: helsinkiInstant("2026-12-31"), revokedAt: null, clientWantsGig: true, skillsCheck: "VERIFIED" },
    gig: gigAt("2026-11-28", "10:00", "13:00"), // a Saturday
    doubleBooked: false,
    workActivityDayConfirmed: false,
    now,
  };
  return { ...base, ...over, client: { ...base.client, ...over.client } };
}

describe("assignment rules", () => {
  it("allows a ready, nominated client at a free time", () => {
    expect(assignmentProblems(facts())).toEqual([]);
  });
  it("needs accepted terms, also after a change waiting for re-acceptance", () => {
    expect(assignmentProblems(facts({ order: { ...facts().order, status: "RECEIVED" } }))).toContain("TERMS_NOT_ACCEPTED");
    expect(assignmentProblems(facts({ order: { ...facts().order, reacceptanceRequired: true } }))).toContain("TERMS_NOT_ACCEPTED");
  });
  it("needs a valid readiness confirmation", () => {
    expect(assignmentProblems(facts({ nomination: null }))).toEqual(["READINESS_MISSING"]);
  });
  it("refuses a client of another Jobcenter", () => {
    expect(assignmentProblems(facts({ client: { jobcenterId: "jcR" } }))).toContain("CLIENT_NOT_IN_JOBCENTER");
  });
  it("refuses a double booking", () => {
    expect(assignmentProblems(facts({ doubleBooked: true }))).toEqual(["DOUBLE_BOOKED"]);
  });
  it("blocks a commission contract for a client on labour market subsidy when the Jobcenter says so", () => {
    const rehab = { kind: "REHABILITATIVE_WORK_ACTIVITY" as const, blockCommissionForUnemploymentBenefit: true };
    const order = { ...facts().order, contractModel: "COMMISSION" as const };
    const client = { benefits: ["LABOUR_MARKET_SUBSIDY" as const], allowedContractModels: ["COMMISSION" as const] };
    expect(assignmentProblems(facts({ jobcenter: rehab, order, client }))).toEqual(["COMMISSION_BLOCKED_UNEMPLOYMENT_BENEFIT"]);
    expect(assignmentProblems(facts({ jobcenter: { ...rehab, blockCommissionForUnemploymentBenefit: false }, order, client }))).toEqual([]);
  });
  it("refuses a contract model not allowed for the client", () => {
    expect(assignmentProblems(facts({ order: { ...facts().order, contractModel: "PARTNER_EMPLOYER" } }))).toEqual(["CONTRACT_MODEL_NOT_ALLOWED_FOR_CLIENT"]);
  });
  it("disability: a gig on a work-activity day needs staff confirmation, even outside the hours", () => {
    const gig = gigAt("2026-11-24", "15:00", "17:00");
    expect(assignmentProblems(facts({ gig }))).toEqual(["WORK_ACTIVITY_DAY_NOT_CONFIRMED"]);
    expect(assignmentProblems(facts({ gig, workActivityDayConfirmed: true }))).toEqual([]);
  });
  it("rehabilitative: a gig must be outside the work-activity hours of the day", () => {
    const jobcenter = { kind: "REHABILITATIVE_WORK_ACTIVITY" as const, blockCommissionForUnemploymentBenefit: true };
    expect(assignmentProblems(facts({ jobcenter, gig: gigAt("2026-11-24", "13:00", "15:00") }))).toEqual(["OVERLAPS_WORK_ACTIVITY_HOURS"]);
    expect(assignmentProblems(facts({ jobcenter, gig: gigAt("2026-11-24", "15:00", "17:00") }))).toEqual([]);
    const moves = [{ fromDate: dateColumn("2026-11-24"), toDate: dateColumn("2026-11-28") }];
    expect(assignmentProblems(facts({ jobcenter, gig: gigAt("2026-11-24", "10:00", "12:00"), client: { moves } }))).toEqual([]);
  });
});

describe("matching", () => {
  const order = { category: "CLEANING" as const, title: "Toimiston siivous", city: "Helsinki" };
  const client = { skills: ["cleaning"], interests: ["cleaning"], area: "Helsinki", unitId: "u1" };
  it("explains each point of the rank", () => {
    const m = matchScore({ order, client, offeredUnitIds: ["u1"], problems: [] });
    expect(m.reasons).toEqual(["readinessConfirmed", "skillsFit", "interestsFit", "unitOffered", "sameArea", "free"]);
    expect(m.score).toBe(100);
  });
  it("ranks any blocked client below every assignable one", () => {
    const blocked = matchScore({ order, client, offeredUnitIds: ["u1"], problems: ["COMMISSION_BLOCKED_UNEMPLOYMENT_BENEFIT"] });
    const plain = matchScore({ order, client: { skills: [], interests: [], area: null, unitId: "u2" }, offeredUnitIds: [], problems: ["READINESS_MISSING"] });
    expect(blocked.reasons).toContain("blocked");
    const ranked = rankMatches([
      { name: "A", match: blocked },
      { name: "B", match: plain },
    ]);
    expect(ranked.map((r) => r.name)).toEqual(["B", "A"]);
  });
  it("keeps ties in name order", () => {
    const m = matchScore({ order, client, offeredUnitIds: [], problems: [] });
    expect(rankMatches([{ name: "Ö", match: m }, { name: "A", match: m }]).map((r) => r.name)).toEqual(["A", "Ö"]);
  });
});

describe("order progress", () => {
  const sessions = [{ id: "s1", workersNeeded: 2 }];
  it("is SCHEDULED when every session has its workers accepted", () => {
    expect(orderProgress("FINDING_WORKERS", sessions, [{ sessionId: "s1", status: "ACCEPTED" }, { sessionId: "s1", status: "OFFERED" }])).toBeNull();
    expect(orderProgress("FINDING_WORKERS", sessions, [{ sessionId: "s1", status: "ACCEPTED" }, { sessionId: "s1", status: "ACCEPTED" }])).toBe("SCHEDULED");
  });
  it("goes back to finding workers when a worker drops out, and is DONE when all is approved", () => {
    expect(orderProgress("SCHEDULED", sessions, [{ sessionId: "s1", status: "ACCEPTED" }, { sessionId: "s1", status: "CANCELLED" }])).toBe("FINDING_WORKERS");
    const approved = [{ sessionId: "s1", status: "APPROVED" }, { sessionId: "s1", status: "APPROVED" }, { sessionId: "s1", status: "REPLACED" }];
    expect(orderProgress("SCHEDULED", sessions, approved)).toBe("DONE");
    expect(orderProgress("DONE", sessions, approved)).toBeNull();
  });
});

describe("assigning from the matching list", () => {
  it("offers the button when nothing blocks, or only the work-activity day waits for its confirmation", () => {
    expect(assignableFromList([])).toBe(true);
    expect(assignableFromList(["WORK_ACTIVITY_DAY_NOT_CONFIRMED"])).toBe(true);
  });
  it("does not when any other rule blocks", () => {
    expect(assignableFromList(["READINESS_MISSING"])).toBe(false);
    expect(assignableFromList(["WORK_ACTIVITY_DAY_NOT_CONFIRMED", "DOUBLE_BOOKED"])).toBe(false);
  });
});

describe("offers to units", () => {
  it("is open until withdrawn or until its order is done or cancelled", () => {
    expect(offerIsOpen({ status: "PENDING", order: { status: "FINDING_WORKERS" } })).toBe(true);
    expect(offerIsOpen({ status: "NOMINATED", order: { status: "IN_PROGRESS" } })).toBe(true);
    expect(offerIsOpen({ status: "WITHDRAWN", order: { status: "FINDING_WORKERS" } })).toBe(false);
    for (const status of ["DONE", "APPROVED", "INVOICED", "CANCELLED"] as const) expect(offerIsOpen({ status: "INTERESTED", order: { status } })).toBe(false);
  });
});

describe("a session's staffing", () => {
  const session = { workersNeeded: 2, endsAt: helsinkiInstant("2026-12-05", "13:00") };
  const before = helsinkiInstant("2026-12-05", "09:00");
  const gigs = [{ status: "ACCEPTED" as const }, { status: "OFFERED" as const }, { status: "REPLACED" as const }, { status: "DECLINED" as const }];
  it("counts the gigs that hold a place, and the accepted ones as filled", () => {
    const s = sessionStaffing(session, gigs, { status: "SCHEDULED" }, before);
    expect(s.live.map((g) => g.status)).toEqual(["ACCEPTED", "OFFERED"]);
    expect(s.filled).toBe(1);
    expect(s.open).toBe(false);
  });
  it("is open while a place is free, the order is not closed and the session has not ended", () => {
    const one = [{ status: "ACCEPTED" as const }, { status: "CANCELLED" as const }];
    expect(sessionStaffing(session, one, { status: "FINDING_WORKERS" }, before).open).toBe(true);
    expect(sessionStaffing(session, one, { status: "CANCELLED" }, before).open).toBe(false);
    expect(sessionStaffing(session, one, { status: "FINDING_WORKERS" }, helsinkiInstant("2026-12-05", "13:00")).open).toBe(false);
  });
});

describe("the coordinator's next step", () => {
  const base: NextStepFacts = {
    status: "FINDING_WORKERS",
    ordererUnverified: false,
    termsAccepted: true,
    reacceptanceRequired: false,
    offers: [{ status: "PENDING" }],
    unassignedNominations: 0,
    sessions: [{ open: true }],
    gigs: [],
  };
  const gig = (status: string, onWorkActivityDay = false, workActivityDayConfirmedById: string | null = null) => ({ status, onWorkActivityDay, workActivityDayConfirmedById });

  it("blocks on who the orderer is and on the terms before anything else", () => {
    expect(nextStep({ ...base, ordererUnverified: true, termsAccepted: false })).toBe("verifyOrderer");
    expect(nextStep({ ...base, status: "RECEIVED", termsAccepted: false })).toBe("waitTerms");
    expect(nextStep({ ...base, termsAccepted: false, reacceptanceRequired: true })).toBe("waitReacceptance");
  });
  it("puts what waits for the coordinator first: hours, closing, sending", () => {
    expect(nextStep({ ...base, gigs: [gig("REPORTED"), gig("PLANNED")] })).toBe("approveHours");
    expect(nextStep({ ...base, status: "DONE", gigs: [gig("APPROVED")] })).toBe("closeOrder");
    expect(nextStep({ ...base, gigs: [gig("PLANNED"), gig("PLANNED", true)] })).toBe("sendGigs");
    expect(nextStep({ ...base, gigs: [gig("PLANNED", true, "staff")] })).toBe("sendGigs");
  });
  it("a planned gig waiting for the staff's work-activity day confirmation is not ready to send", () => {
    expect(nextStep({ ...base, gigs: [gig("PLANNED", true)] })).toBe("waitStaffConfirmation");
  });
  it("then staffing: sessions, offers to units, assigning the nominated", () => {
    expect(nextStep({ ...base, sessions: [] })).toBe("addSessions");
    expect(nextStep({ ...base, offers: [] })).toBe("offerToUnits");
    expect(nextStep({ ...base, offers: [{ status: "WITHDRAWN" }, { status: "DECLINED" }] })).toBe("offerToUnits");
    expect(nextStep({ ...base, unassignedNominations: 2 })).toBe("assign");
    expect(nextStep(base)).toBe("waitForUnits");
  });
  it("last what waits for others, and a closed order", () => {
    expect(nextStep({ ...base, status: "SCHEDULED", sessions: [{ open: false }], gigs: [gig("OFFERED")] })).toBe("waitForClients");
    expect(nextStep({ ...base, status: "SCHEDULED", sessions: [{ open: false }], gigs: [gig("ACCEPTED")] })).toBe("followWork");
    for (const status of ["APPROVED", "INVOICED", "CANCELLED"] as const) expect(nextStep({ ...base, status })).toBe("closed");
  });
});

describe("a page of the matching list", () => {
  const rows = Array.from({ length: 30 }, (_, i) => i);
  it("shows one page first, and every candidate page by page", () => {
    expect(matchPage(rows, undefined)).toEqual({ rows: rows.slice(0, 12), total: 30, next: 24 });
    expect(matchPage(rows, 24)).toEqual({ rows: rows.slice(0, 24), total: 30, next: 30 });
    expect(matchPage(rows, 30)).toEqual({ rows, total: 30, next: null });
  });
  it("rounds odd or bad counts to whole pages and never beyond the list", () => {
    expect(matchPage(rows, 13).rows).toHaveLength(24);
    expect(matchPage(rows, 1000)).toEqual({ rows, total: 30, next: null });
    expect(matchPage(rows, -5).rows).toHaveLength(12);
    expect(matchPage(rows, Number.NaN).rows).toHaveLength(12);
    expect(matchPage([], 12)).toEqual({ rows: [], total: 0, next: null });
  });
  it("ranks ties by name, then id, so that pages do not reorder", () => {
    const match = { score: 10, reasons: [], problems: [] };
    const ranked = rankMatches([
      { clientId: "b", name: "Aino A", match },
      { clientId: "a", name: "Aino A", match },
      { clientId: "c", name: "Aapo A", match: { ...match, score: 5 } },
    ]);
    expect(ranked.map((r) => r.clientId)).toEqual(["a", "b", "c"]);
  });
});

describe("matching windows (ADR 090)", () => {
  it("pages a window of a longer list by the total the database counted", async () => {
    const { matchWindow, rankWindow } = await import("./rules");
    expect(matchWindow(undefined)).toBe(12);
    expect(matchWindow(13)).toBe(24);
    expect(matchWindow(-1)).toBe(12);
    const window = Array.from({ length: 12 }, (_, i) => i);
    expect(matchPage(window, undefined, 12, 40)).toEqual({ rows: window, total: 40, next: 24 });
    expect(matchPage(window.slice(0, 4), 36, 12, 40)).toMatchObject({ total: 40, next: 16 });
    // Equal scores keep the database's order; a blocked row sorts last.
    const m = (id: string, score: number) => ({ id, match: { score, reasons: [], problems: [] } });
    expect(rankWindow([m("a", 50), m("b", 70), m("c", 50), m("d", -980), m("e", 50)]).map((r) => r.id)).toEqual(["b", "a", "c", "e", "d"]);
  });
});
