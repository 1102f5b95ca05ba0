import { describe, expect, it } from "vitest";
import { helsinkiInstant } from "@/lib/dates";
import { countedGigs, gigHasBegun, hoursStepFor, hoursStepProblem, hoursTotals } from "./rules";

const now = helsinkiInstant("2026-11-23", "12:00");
const begun = new Date(now.getTime() - 3 * 3_600_000);
type StepGig = Omit<Parameters<typeof hoursStepProblem>[1], "startsAt"> & { startsAt?: Date };
/** A gig that has begun unless the test says otherwise. */
const stepProblem = (step: Parameters<typeof hoursStepProblem>[0], gig: StepGig, change: Parameters<typeof hoursStepProblem>[2]) =>
  hoursStepProblem(step, { startsAt: begun, ...gig }, change, now);

describe("hours steps", () => {
  const reported = { status: "REPORTED" as const, reportedMinutes: 180 };
  it("approves what the client reported", () => {
    expect(stepProblem("APPROVE", reported, {})).toBeNull();
    expect(stepProblem("APPROVE", reported, { minutes: 180 })).toBeNull();
  });
  it("needs a reason to approve other minutes than reported", () => {
    expect(stepProblem("APPROVE", reported, { minutes: 150 })).toBe("REASON_REQUIRED");
    expect(stepProblem("APPROVE", reported, { minutes: 150, reason: "  " })).toBe("REASON_REQUIRED");
    expect(stepProblem("APPROVE", reported, { minutes: 150, reason: "Lähti aiemmin" })).toBeNull();
  });
  it("approves only reported gigs", () => {
    expect(stepProblem("APPROVE", { status: "ACCEPTED", reportedMinutes: null }, {})).toBe("GIG_NOT_IN_STATE");
  });
  it("locks approved hours: a change needs a reason", () => {
    const approved = { status: "APPROVED" as const, reportedMinutes: 180 };
    expect(stepProblem("APPROVE", approved, {})).toBe("HOURS_LOCKED");
    expect(stepProblem("ENTER", approved, { minutes: 60 })).toBe("HOURS_LOCKED");
    expect(stepProblem("CORRECT", approved, { minutes: 60 })).toBe("HOURS_LOCKED");
    expect(stepProblem("CORRECT", approved, { minutes: 60, reason: "Laskuvirhe" })).toBeNull();
    expect(stepProblem("CORRECT", reported, { minutes: 60, reason: "x" })).toBe("GIG_NOT_IN_STATE");
  });
  it("lets staff enter hours for an accepted or started gig", () => {
    expect(stepProblem("ENTER", { status: "ACCEPTED", reportedMinutes: null }, { minutes: 120 })).toBeNull();
    expect(stepProblem("ENTER", { status: "STARTED", reportedMinutes: null }, { minutes: 120 })).toBeNull();
    expect(stepProblem("ENTER", { status: "OFFERED", reportedMinutes: null }, { minutes: 120 })).toBe("GIG_NOT_IN_STATE");
  });
});

describe("hours wait until the gig has begun", () => {
  const gig = { reportedMinutes: 120, startsAt: helsinkiInstant("2026-11-23", "15:00") };
  it("refuses approving or entering hours before the planned start, even a minute before", () => {
    const early = helsinkiInstant("2026-11-23", "14:59");
    expect(hoursStepProblem("APPROVE", { ...gig, status: "REPORTED" }, {}, early)).toBe("GIG_NOT_BEGUN");
    expect(hoursStepProblem("ENTER", { ...gig, status: "ACCEPTED" }, { minutes: 120 }, early)).toBe("GIG_NOT_BEGUN");
    // two weeks ahead, as a pre-filled form once allowed
    expect(hoursStepProblem("APPROVE", { ...gig, status: "REPORTED" }, {}, helsinkiInstant("2026-11-09", "15:00"))).toBe("GIG_NOT_BEGUN");
  });
  it("allows them from the start on, and for any past gig", () => {
    const start = helsinkiInstant("2026-11-23", "15:00");
    expect(hoursStepProblem("APPROVE", { ...gig, status: "REPORTED" }, {}, start)).toBeNull();
    expect(hoursStepProblem("ENTER", { ...gig, status: "ACCEPTED" }, { minutes: 120 }, helsinkiInstant("2026-12-20", "09:00"))).toBeNull();
  });
  it("compares instants: a Helsinki evening gig has begun although the server's (Kiritimati) day is already the next", () => {
    // 23:30 in Helsinki on 23.11. is 11:30 on 24.11. in Kiritimati (UTC+14): the day seen by the server does not matter.
    const late = { startsAt: helsinkiInstant("2026-11-23", "23:30") };
    expect(gigHasBegun(late, helsinkiInstant("2026-11-23", "23:29"))).toBe(false);
    expect(gigHasBegun(late, helsinkiInstant("2026-11-23", "23:30"))).toBe(true);
  });
  it("does not hold back correcting approved hours", () => {
    expect(hoursStepProblem("CORRECT", { ...gig, status: "APPROVED" }, { minutes: 60, reason: "Laskuvirhe" }, helsinkiInstant("2026-11-23", "10:00"))).toBeNull();
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
      const allowed = steps.filter((step) => stepProblem(step, gig, { minutes: 120, reason: "Syy" }) === null);
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
