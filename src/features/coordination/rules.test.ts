import { describe, expect, it } from "vitest";
import { dateColumn, helsinkiInstant } from "@/lib/dates";
import {
  assignmentProblems,
  commissionBlocked,
  daySpans,
  inboxSort,
  isMoveWithinWeek,
  matchScore,
  orderProgress,
  rankMatches,
  readinessValid,
  weekdayOfDay,
  workActivityClash,
  workActivityHoursOn,
  type AssignmentFacts,
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

describe("work-activity days", () => {
  it("knows the ISO weekday of a Helsinki day whatever the server's zone", () => {
    expect(weekdayOfDay("2026-11-23")).toBe(1);
    expect(weekdayOfDay("2026-11-29")).toBe(7);
  });
  it("gives the regular hours of the weekday, none at the weekend", () => {
    expect(workActivityHoursOn("2026-11-24", weekly, [])).toEqual({ startMinute: 540, endMinute: 840 });
    expect(workActivityHoursOn("2026-11-28", weekly, [])).toBeNull();
  });
  it("follows a moved day: gone from the old day, there on the new one", () => {
    const moves = [{ fromDate: dateColumn("2026-11-24"), toDate: dateColumn("2026-11-28") }];
    expect(workActivityHoursOn("2026-11-24", weekly, moves)).toBeNull();
    expect(workActivityHoursOn("2026-11-28", weekly, moves)).toEqual({ startMinute: 540, endMinute: 840 });
  });
  it("allows a move only within the same ISO week", () => {
    expect(isMoveWithinWeek("2026-11-23", "2026-11-29")).toBe(true);
    expect(isMoveWithinWeek("2026-11-29", "2026-11-30")).toBe(false);
    expect(isMoveWithinWeek("2026-11-23", "2026-11-23")).toBe(false);
  });
  it("splits a gig over midnight into two Helsinki days", () => {
    expect(daySpans({ startsAt: helsinkiInstant("2026-11-23", "22:00"), endsAt: helsinkiInstant("2026-11-24", "02:00") })).toEqual([
      { day: "2026-11-23", startMinute: 1320, endMinute: 1440 },
      { day: "2026-11-24", startMinute: 0, endMinute: 120 },
    ]);
  });
  it("tells a gig on a work-activity day from one overlapping the hours", () => {
    expect(workActivityClash(gigAt("2026-11-24", "15:00", "17:00"), weekly, [])).toEqual({ onWorkActivityDay: true, overlapsHours: false });
    expect(workActivityClash(gigAt("2026-11-24", "13:00", "15:00"), weekly, [])).toEqual({ onWorkActivityDay: true, overlapsHours: true });
    expect(workActivityClash(gigAt("2026-11-28", "10:00", "12:00"), weekly, [])).toEqual({ onWorkActivityDay: false, overlapsHours: false });
  });
  it("ends hours exactly at the gig's start without overlap", () => {
    expect(workActivityClash(gigAt("2026-11-24", "14:00", "16:00"), weekly, []).overlapsHours).toBe(false);
  });
});

describe("readiness confirmation", () => {
  const n = { validUntil: helsinkiInstant("2026-12-01"), revokedAt: null, clientWantsGig: true, skillsCheck: "VERIFIED" as const };
  it("is valid while not expired or revoked and the client is ready", () => {
    expect(readinessValid("READY", n, now)).toBe(true);
    expect(readinessValid("READY", null, now)).toBe(false);
    expect(readinessValid("READY", { ...n, revokedAt: now }, now)).toBe(false);
    expect(readinessValid("READY", { ...n, validUntil: now }, now)).toBe(false);
    expect(readinessValid("PAUSED", n, now)).toBe(false);
    expect(readinessValid("NOT_ASSESSED", n, now)).toBe(false);
  });
  it("accepts a practising client only when skills were practised first", () => {
    expect(readinessValid("PRACTISING", n, now)).toBe(false);
    expect(readinessValid("PRACTISING", { ...n, skillsCheck: "PRACTISED_FIRST" }, now)).toBe(true);
  });
});

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
    expect(commissionBlocked(rehab, { benefits: ["LABOUR_MARKET_SUBSIDY"] }, "EMPLOYMENT")).toBe(false);
    expect(commissionBlocked(rehab, { benefits: ["DISABILITY_PENSION"] }, "COMMISSION")).toBe(false);
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

describe("inbox", () => {
  it("puts new orders first, then the soonest session", () => {
    const row = (id: string, status: "RECEIVED" | "FINDING_WORKERS", next: string | null) => ({
      id,
      status,
      nextSessionAt: next ? helsinkiInstant(next) : null,
      createdAt: helsinkiInstant("2026-11-01"),
    });
    const sorted = inboxSort([row("late", "FINDING_WORKERS", "2026-12-10"), row("none", "FINDING_WORKERS", null), row("soon", "FINDING_WORKERS", "2026-11-25"), row("new", "RECEIVED", null)]);
    expect(sorted.map((r) => r.id)).toEqual(["new", "soon", "late", "none"]);
  });
});
