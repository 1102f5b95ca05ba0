import { describe, expect, it } from "vitest";
import { countedGigs, hoursStepFor, hoursStepProblem, hoursTotals } from "./rules";

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

describe("which change of hours a gig's state allows", () => {
  it("approves reported hours, corrects approved ones, and enters them for accepted or started gigs", () => {
    expect(hoursStepFor("REPORTED")).toBe("APPROVE");
    expect(hoursStepFor("APPROVED")).toBe("CORRECT");
    expect(hoursStepFor("ACCEPTED")).toBe("ENTER");
    expect(hoursStepFor("STARTED")).toBe("ENTER");
  });
  it("allows none before the client has accepted, nor for a gig that no longer counts", () => {
    for (const status of ["PLANNED", "OFFERED", "DECLINED", "CANCELLED", "REPLACED"] as const) expect(hoursStepFor(status)).toBeNull();
  });
  it("agrees with the step rules: the step it names is the one not refused for its state", () => {
    const steps = ["APPROVE", "ENTER", "CORRECT"] as const;
    for (const status of ["ACCEPTED", "STARTED", "REPORTED", "APPROVED"] as const) {
      const gig = { status, reportedMinutes: 120 };
      const allowed = steps.filter((step) => hoursStepProblem(step, gig, { minutes: 120, reason: "Syy" }) === null);
      expect(allowed).toEqual([hoursStepFor(status)]);
    }
  });
});

describe("gigs whose hours count", () => {
  it("leaves out declined, cancelled and swapped-away gigs", () => {
    const gigs = (["PLANNED", "ACCEPTED", "REPORTED", "APPROVED", "DECLINED", "CANCELLED", "REPLACED"] as const).map((status) => ({ status }));
    expect(countedGigs(gigs).map((g) => g.status)).toEqual(["PLANNED", "ACCEPTED", "REPORTED", "APPROVED"]);
  });
});
