import { describe, expect, it } from "vitest";
import { hoursStepProblem, hoursTotals } from "./rules";

describe("hours steps", () => {
  const reported = { status: "REPORTED" as const, reportedMinutes: 180 };
  it("approves what the client reported", () => {
    expect(hoursStepProblem("APPROVE", reported, {})).toBeNull();
    expect(hoursStepProblem("APPROVE", reported, { minutes: 180 })).toBeNull();
  });
  it("needs a reason to approve other minutes than reported", () => {
    expect(hoursStepProblem("APPROVE", reported, { minutes: 150 })).toBe("REASON_REQUIRED");
    expect(hoursStepProblem("APPROVE", reported, { minutes: 150, reason: "  " })).toBe("REASON_REQUIRED");
    expect(hoursStepProblem("APPROVE", reported, { minutes: 150, reason: "Lähti aiemmin" })).toBeNull();
  });
  it("approves only reported gigs", () => {
    expect(hoursStepProblem("APPROVE", { status: "ACCEPTED", reportedMinutes: null }, {})).toBe("GIG_NOT_IN_STATE");
  });
  it("locks approved hours: a change needs a reason", () => {
    const approved = { status: "APPROVED" as const, reportedMinutes: 180 };
    expect(hoursStepProblem("APPROVE", approved, {})).toBe("HOURS_LOCKED");
    expect(hoursStepProblem("ENTER", approved, { minutes: 60 })).toBe("HOURS_LOCKED");
    expect(hoursStepProblem("CORRECT", approved, { minutes: 60 })).toBe("HOURS_LOCKED");
    expect(hoursStepProblem("CORRECT", approved, { minutes: 60, reason: "Laskuvirhe" })).toBeNull();
    expect(hoursStepProblem("CORRECT", reported, { minutes: 60, reason: "x" })).toBe("GIG_NOT_IN_STATE");
  });
  it("lets staff enter hours for an accepted or started gig", () => {
    expect(hoursStepProblem("ENTER", { status: "ACCEPTED", reportedMinutes: null }, { minutes: 120 })).toBeNull();
    expect(hoursStepProblem("ENTER", { status: "STARTED", reportedMinutes: null }, { minutes: 120 })).toBeNull();
    expect(hoursStepProblem("ENTER", { status: "OFFERED", reportedMinutes: null }, { minutes: 120 })).toBe("GIG_NOT_IN_STATE");
  });
});

describe("hours totals", () => {
  it("sums planned and approved minutes of the gigs that count", () => {
    expect(
      hoursTotals([
        { status: "APPROVED", plannedMinutes: 180, approvedMinutes: 170 },
        { status: "REPORTED", plannedMinutes: 180, approvedMinutes: null },
        { status: "REPLACED", plannedMinutes: 180, approvedMinutes: null },
      ]),
    ).toEqual({ plannedMinutes: 360, approvedMinutes: 170, approvedGigs: 1, gigs: 2 });
  });
});
