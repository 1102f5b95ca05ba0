import { describe, expect, it } from "vitest";
import { dateColumn, helsinkiInstant } from "@/lib/dates";
import {
  CLIENT_READ_DEDUPE_MINUTES,
  clientReadWindowStart,
  shouldRecordClientRead,
  benefitBlocksCommission,
  commissionBlocked,
  contractModelProblem,
  dayMoveProblem,
  daySpans,
  isMoveWithinWeek,
  nominationReadinessProblem,
  staffableContractModels,
  isOnWorkActivityDay,
  readinessValid,
  weekdayOfDay,
  workActivityClash,
  workActivityHoursOn,
  workActivityProblem,
} from "./rules";

// 2026-11-23 is a Monday. Tests run in Pacific/Kiritimati (UTC+14): every day below is Helsinki's.
const weekly = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 14 * 60 }));
const now = helsinkiInstant("2026-11-20", "12:00");
const gigAt = (day: string, start: string, end: string) => ({ startsAt: helsinkiInstant(day, start), endsAt: helsinkiInstant(day, end) });

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

describe("benefits and contract models", () => {
  const rehab = { blockCommissionForUnemploymentBenefit: true };
  it("blocks a commission contract for a client on labour market subsidy when the Jobcenter says so", () => {
    expect(commissionBlocked(rehab, { benefits: ["LABOUR_MARKET_SUBSIDY"] }, "COMMISSION")).toBe(true);
    expect(commissionBlocked({ blockCommissionForUnemploymentBenefit: false }, { benefits: ["LABOUR_MARKET_SUBSIDY"] }, "COMMISSION")).toBe(false);
    expect(commissionBlocked(rehab, { benefits: ["LABOUR_MARKET_SUBSIDY"] }, "EMPLOYMENT")).toBe(false);
    expect(commissionBlocked(rehab, { benefits: ["DISABILITY_PENSION"] }, "COMMISSION")).toBe(false);
    expect(benefitBlocksCommission(rehab, { benefits: ["LABOUR_MARKET_SUBSIDY"] })).toBe(true);
    expect(benefitBlocksCommission(rehab, { benefits: [] })).toBe(false);
  });
  it("names the blocking benefit before a contract model the client has not agreed to", () => {
    const client = { benefits: ["LABOUR_MARKET_SUBSIDY" as const], allowedContractModels: ["EMPLOYMENT" as const] };
    expect(contractModelProblem(rehab, client, "COMMISSION")).toBe("COMMISSION_BLOCKED_UNEMPLOYMENT_BENEFIT");
    expect(contractModelProblem(rehab, client, "PARTNER_EMPLOYER")).toBe("CONTRACT_MODEL_NOT_ALLOWED_FOR_CLIENT");
    expect(contractModelProblem(rehab, client, "EMPLOYMENT")).toBeNull();
  });
});

describe("work activity and a gig", () => {
  it("disability: a gig on a work-activity day needs staff confirmation", () => {
    const gig = gigAt("2026-11-24", "15:00", "17:00");
    expect(workActivityProblem("DISABILITY_WORK_ACTIVITY", gig, weekly, [], false)).toBe("WORK_ACTIVITY_DAY_NOT_CONFIRMED");
    expect(workActivityProblem("DISABILITY_WORK_ACTIVITY", gig, weekly, [], true)).toBeNull();
    expect(isOnWorkActivityDay("DISABILITY_WORK_ACTIVITY", gig, weekly, [])).toBe(true);
    expect(isOnWorkActivityDay("REHABILITATIVE_WORK_ACTIVITY", gig, weekly, [])).toBe(false);
  });
  it("rehabilitative: a gig may not overlap the day's hours", () => {
    expect(workActivityProblem("REHABILITATIVE_WORK_ACTIVITY", gigAt("2026-11-24", "13:00", "15:00"), weekly, [], false)).toBe("OVERLAPS_WORK_ACTIVITY_HOURS");
    expect(workActivityProblem("REHABILITATIVE_WORK_ACTIVITY", gigAt("2026-11-24", "15:00", "17:00"), weekly, [], false)).toBeNull();
  });
});

describe("shouldRecordClientRead", () => {
  const now = new Date("2026-11-23T10:00:00Z");
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  it("records the first read", () => expect(shouldRecordClientRead(null, now)).toBe(true));
  it("skips a read within the window", () => {
    expect(shouldRecordClientRead(minutesAgo(0), now)).toBe(false);
    expect(shouldRecordClientRead(minutesAgo(CLIENT_READ_DEDUPE_MINUTES - 1), now)).toBe(false);
  });
  it("records again once the window has passed", () => {
    expect(shouldRecordClientRead(minutesAgo(CLIENT_READ_DEDUPE_MINUTES), now)).toBe(true);
    expect(shouldRecordClientRead(minutesAgo(CLIENT_READ_DEDUPE_MINUTES + 30), now)).toBe(true);
  });
  it("measures the window back from now", () => expect(clientReadWindowStart(now)).toEqual(minutesAgo(CLIENT_READ_DEDUPE_MINUTES)));
});

describe("nominating: readiness first", () => {
  it("lets staff nominate a ready client, and a practising one only practised first", () => {
    expect(nominationReadinessProblem("READY", "VERIFIED")).toBeNull();
    expect(nominationReadinessProblem("PRACTISING", "PRACTISED_FIRST")).toBeNull();
    expect(nominationReadinessProblem("PRACTISING", "VERIFIED")).toBe("CLIENT_PRACTISING_NOT_PRACTISED");
    expect(nominationReadinessProblem("NOT_ASSESSED", "PRACTISED_FIRST")).toBe("CLIENT_NOT_READY");
    expect(nominationReadinessProblem("PAUSED", "VERIFIED")).toBe("CLIENT_NOT_READY");
  });
  it("agrees with readinessValid on every readiness and skills check", () => {
    const valid = { validUntil: helsinkiInstant("2026-12-31"), revokedAt: null, clientWantsGig: true };
    for (const readiness of ["NOT_ASSESSED", "PRACTISING", "READY", "PAUSED"] as const)
      for (const skillsCheck of ["VERIFIED", "PRACTISED_FIRST"] as const)
        expect(nominationReadinessProblem(readiness, skillsCheck) === null).toBe(readinessValid(readiness, { ...valid, skillsCheck }, now));
  });
});

describe("moving a work-activity day", () => {
  // Monday to Wednesday mornings; 2026-11-23 is a Monday.
  const mornings = [1, 2, 3].map((weekday) => ({ weekday, startMinute: 8 * 60, endMinute: 12 * 60 }));
  const base = { kind: "REHABILITATIVE_WORK_ACTIVITY" as const, weekly: mornings, moves: [], gigs: [] };
  it("moves a work-activity day to a free day of the same week", () => {
    expect(dayMoveProblem({ ...base, fromDay: "2026-11-23", toDay: "2026-11-26" })).toBeNull();
  });
  it("stays within the ISO week", () => {
    expect(dayMoveProblem({ ...base, fromDay: "2026-11-23", toDay: "2026-11-30" })).toBe("MOVE_OUTSIDE_WEEK");
    expect(dayMoveProblem({ ...base, fromDay: "2026-11-23", toDay: "2026-11-23" })).toBe("MOVE_OUTSIDE_WEEK");
  });
  it("moves only a work-activity day, counting earlier moves", () => {
    expect(dayMoveProblem({ ...base, fromDay: "2026-11-26", toDay: "2026-11-27" })).toBe("MOVE_FROM_NOT_WORK_ACTIVITY_DAY");
    const moves = [{ fromDate: dateColumn("2026-11-23"), toDate: dateColumn("2026-11-26") }];
    expect(dayMoveProblem({ ...base, moves, fromDay: "2026-11-23", toDay: "2026-11-27" })).toBe("MOVE_FROM_NOT_WORK_ACTIVITY_DAY");
    expect(dayMoveProblem({ ...base, moves, fromDay: "2026-11-26", toDay: "2026-11-27" })).toBeNull();
  });
  it("never onto a day that already is a work-activity day", () => {
    expect(dayMoveProblem({ ...base, fromDay: "2026-11-23", toDay: "2026-11-24" })).toBe("MOVE_TO_WORK_ACTIVITY_DAY");
    const moves = [{ fromDate: dateColumn("2026-11-23"), toDate: dateColumn("2026-11-26") }];
    expect(dayMoveProblem({ ...base, moves, fromDay: "2026-11-24", toDay: "2026-11-26" })).toBe("MOVE_TO_WORK_ACTIVITY_DAY");
  });
  it("rehabilitative: never onto a day whose gig would then fall inside the work-activity hours", () => {
    const gig = { ...gigAt("2026-11-26", "10:00", "12:00"), dayConfirmed: false };
    expect(dayMoveProblem({ ...base, gigs: [gig], fromDay: "2026-11-23", toDay: "2026-11-26" })).toBe("MOVE_CLASHES_WITH_GIG");
    const afternoon = { ...gigAt("2026-11-26", "13:00", "15:00"), dayConfirmed: false };
    expect(dayMoveProblem({ ...base, gigs: [afternoon], fromDay: "2026-11-23", toDay: "2026-11-26" })).toBeNull();
  });
  it("a gig over midnight into the new day counts", () => {
    const night = { startsAt: helsinkiInstant("2026-11-25", "22:00"), endsAt: helsinkiInstant("2026-11-26", "09:00"), dayConfirmed: false };
    expect(dayMoveProblem({ ...base, gigs: [night], fromDay: "2026-11-23", toDay: "2026-11-26" })).toBe("MOVE_CLASHES_WITH_GIG");
  });
  it("disability: a gig on the new day needs the staff's confirmation", () => {
    const disability = { ...base, kind: "DISABILITY_WORK_ACTIVITY" as const };
    const gig = gigAt("2026-11-26", "13:00", "15:00");
    expect(dayMoveProblem({ ...disability, gigs: [{ ...gig, dayConfirmed: false }], fromDay: "2026-11-23", toDay: "2026-11-26" })).toBe("MOVE_CLASHES_WITH_GIG");
    expect(dayMoveProblem({ ...disability, gigs: [{ ...gig, dayConfirmed: true }], fromDay: "2026-11-23", toDay: "2026-11-26" })).toBeNull();
  });
});

describe("contract models the Jobcenter can staff", () => {
  const rehab = { contractModels: ["COMMISSION", "EMPLOYMENT"] as const, blockCommissionForUnemploymentBenefit: true };
  const subsidy = { active: true, readiness: "READY" as const, benefits: ["LABOUR_MARKET_SUBSIDY"] as const, allowedContractModels: ["COMMISSION", "EMPLOYMENT"] as const };
  it("drops the commission contract when every client is on labour market subsidy", () => {
    expect(staffableContractModels(rehab, [subsidy, subsidy])).toEqual(["EMPLOYMENT"]);
  });
  it("keeps a model one ready client can take", () => {
    const pension = { ...subsidy, benefits: ["DISABILITY_PENSION"] as const };
    expect(staffableContractModels(rehab, [subsidy, pension])).toEqual(["COMMISSION", "EMPLOYMENT"]);
  });
  it("offers only models the Jobcenter lists", () => {
    expect(staffableContractModels({ ...rehab, contractModels: ["COMMISSION"] }, [subsidy])).toEqual([]);
  });
  it("counts only active clients who are ready or practising", () => {
    const pension = { ...subsidy, benefits: ["DISABILITY_PENSION"] as const };
    expect(staffableContractModels(rehab, [subsidy, { ...pension, active: false }, { ...pension, readiness: "PAUSED" }])).toEqual(["EMPLOYMENT"]);
    expect(staffableContractModels(rehab, [subsidy, { ...pension, readiness: "PRACTISING" }])).toEqual(["COMMISSION", "EMPLOYMENT"]);
    expect(staffableContractModels(rehab, [])).toEqual([]);
  });
  it("respects each client's agreed models", () => {
    const employmentOnly = { ...subsidy, benefits: ["DISABILITY_PENSION"] as const, allowedContractModels: ["EMPLOYMENT"] as const };
    expect(staffableContractModels(rehab, [employmentOnly])).toEqual(["EMPLOYMENT"]);
  });
});
