import { describe, expect, it } from "vitest";
import { helsinkiInstant } from "@/lib/dates";
import {
  awaitsReview,
  confirmationDeadline,
  countedGigs,
  gigHasBegun,
  gigsDeemedConfirmed,
  hoursStepFor,
  hoursStepProblem,
  hoursTotals,
  orderHoursApproved,
  reviewOpensAt,
  reviewProblem,
  reviewState,
  type ReviewGig,
} from "./rules";

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

describe("an order is approved only when every gig's hours are", () => {
  it("needs every counted gig approved; a declined or swapped-away gig does not hold it back", () => {
    expect(orderHoursApproved([{ status: "APPROVED" }, { status: "REPORTED" }])).toBe(false);
    expect(orderHoursApproved([{ status: "APPROVED" }, { status: "ACCEPTED" }])).toBe(false);
    expect(orderHoursApproved([{ status: "APPROVED" }, { status: "DECLINED" }, { status: "REPLACED" }])).toBe(true);
    expect(orderHoursApproved([{ status: "CANCELLED" }])).toBe(false);
    expect(orderHoursApproved([])).toBe(false);
  });
});

describe("the orderer's review of approved hours", () => {
  const approvedAt = helsinkiInstant("2026-10-20", "12:00");
  const gig = (over: Partial<ReviewGig> = {}): ReviewGig => ({ id: "g", status: "APPROVED", approvedAt, hoursConfirmedAt: null, hoursDisputedAt: null, ...over });

  it("opens at the last approval once every gig is approved", () => {
    const later = helsinkiInstant("2026-10-21", "09:00");
    expect(reviewOpensAt([gig(), gig({ id: "h", approvedAt: later })])?.getTime()).toBe(later.getTime());
    expect(reviewOpensAt([gig(), gig({ id: "h", status: "REPORTED", approvedAt: null })])).toBeNull();
    expect(reviewProblem([gig(), gig({ id: "h", status: "REPORTED", approvedAt: null })])).toBe("HOURS_NOT_READY");
  });

  it("counts the deadline in Helsinki calendar days, across the change from summer time", () => {
    // 20.10. 12:00 + 7 days = 27.10. 12:00 in Helsinki: 169 hours, since the clocks go back on 25.10.
    const deadline = confirmationDeadline([gig()], 7)!;
    expect(deadline.getTime()).toBe(helsinkiInstant("2026-10-27", "12:00").getTime());
    expect((deadline.getTime() - approvedAt.getTime()) / 3_600_000).toBe(169);
  });

  it("deems waiting gigs confirmed from the deadline on, never a disputed or confirmed one", () => {
    const gigs = [gig({ id: "a" }), gig({ id: "b", hoursDisputedAt: approvedAt }), gig({ id: "c", hoursConfirmedAt: approvedAt })];
    expect(gigsDeemedConfirmed(gigs, 7, helsinkiInstant("2026-10-27", "11:59"))).toEqual([]);
    expect(gigsDeemedConfirmed(gigs, 7, helsinkiInstant("2026-10-27", "12:00")).map((g) => g.id)).toEqual(["a"]);
    expect(gigsDeemedConfirmed([gig(), gig({ id: "r", status: "REPORTED", approvedAt: null })], 7, helsinkiInstant("2026-12-01", "12:00"))).toEqual([]);
  });

  it("confirms or disputes a gig only while it waits", () => {
    expect(reviewProblem([gig()], gig())).toBeNull();
    expect(reviewProblem([gig()], gig({ hoursConfirmedAt: approvedAt }))).toBe("HOURS_ALREADY_CONFIRMED");
    expect(reviewProblem([gig()], gig({ hoursDisputedAt: approvedAt }))).toBe("HOURS_IN_DISPUTE");
    expect(reviewProblem([gig({ hoursConfirmedAt: approvedAt })])).toBe("HOURS_ALREADY_CONFIRMED");
    expect(awaitsReview(gig())).toBe(true);
  });

  it("tells where the review stands", () => {
    expect(reviewState([gig({ status: "REPORTED", approvedAt: null })])).toBe("open");
    expect(reviewState([gig()])).toBe("toConfirm");
    expect(reviewState([gig(), gig({ id: "b", hoursDisputedAt: approvedAt })])).toBe("disputed");
    expect(reviewState([gig({ hoursConfirmedAt: approvedAt })])).toBe("confirmed");
  });
});
