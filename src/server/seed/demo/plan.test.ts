import { describe, expect, it } from "vitest";
import { isValidBusinessId } from "@/features/orderers/rules";
import { dayKey, helsinkiInstant, isoWeekday } from "@/lib/dates";
import { seededRandom } from "./context";
import { hoursEvents, type WorkedGig } from "./hours";
import { businessId } from "./orderers";
import { ORDER_PATH, planSessions, skipWeekend, statePath } from "./plan";

// 2026-11-22 is a Sunday.
const SUNDAY = "2026-11-22";

describe("seededRandom", () => {
  it("gives the same stream for the same seed, in [0, 1)", () => {
    const a = seededRandom(20221001);
    const b = seededRandom(20221001);
    const xs = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(1)()).not.toBe(xs[0]);
  });
});

describe("skipWeekend", () => {
  it("moves a weekend day to the next or previous weekday and keeps a weekday", () => {
    const sunday = helsinkiInstant(SUNDAY, "12:00");
    expect(dayKey(skipWeekend(sunday, 1))).toBe("2026-11-23");
    expect(dayKey(skipWeekend(sunday, -1))).toBe("2026-11-20");
    const wednesday = helsinkiInstant("2026-11-25", "12:00");
    expect(skipWeekend(wednesday, 1)).toBe(wednesday);
  });
});

describe("planSessions", () => {
  it("keeps an exact day even on a weekend, at the start time in Helsinki", () => {
    const { sessions, workDay, lastEnd } = planSessions(SUNDAY, { dayOffset: 0, exactDay: true }, "15:00", 180);
    expect(sessions).toEqual([{ startsAt: helsinkiInstant(SUNDAY, "15:00"), endsAt: helsinkiInstant(SUNDAY, "18:00") }]);
    expect(workDay).toEqual(sessions[0]!.startsAt);
    expect(lastEnd).toEqual(helsinkiInstant(SUNDAY, "18:00"));
  });

  it("puts other work days on weekdays: ahead for future work, back for past work", () => {
    expect(dayKey(planSessions(SUNDAY, { dayOffset: 6 }, "09:00", 60).workDay)).toBe("2026-11-30"); // Saturday → Monday
    expect(dayKey(planSessions(SUNDAY, { dayOffset: -1 }, "09:00", 60).workDay)).toBe("2026-11-20"); // Saturday → Friday
    const { sessions } = planSessions(SUNDAY, { dayOffset: 1, extraSessionDays: [3, 6] }, "13:00", 120);
    expect(sessions.map((s) => dayKey(s.startsAt))).toEqual(["2026-11-23", "2026-11-26", "2026-11-30"]);
    expect(sessions.every((s) => isoWeekday(s.startsAt) <= 5)).toBe(true);
  });

  it("has no sessions for a window; the work day is the first day of the window", () => {
    const { sessions, workDay, lastEnd } = planSessions(SUNDAY, { dayOffset: 3, window: true }, "09:00", 60);
    expect(sessions).toEqual([]);
    expect(lastEnd).toBeNull();
    expect(dayKey(workDay)).toBe("2026-11-25");
  });
});

describe("statePath", () => {
  it("goes along the path to the final state, through IN_PROGRESS only with several sessions", () => {
    expect(statePath("DRAFT", 1)).toEqual(["DRAFT"]);
    expect(statePath("APPROVED", 1)).toEqual(["DRAFT", "RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED", "DONE", "APPROVED"]);
    expect(statePath("APPROVED", 2)).toEqual(ORDER_PATH.slice(0, ORDER_PATH.indexOf("APPROVED") + 1));
    expect(statePath("IN_PROGRESS", 1)).toContain("IN_PROGRESS");
  });

  it("ends a cancelled order's path where it was cancelled", () => {
    expect(statePath("CANCELLED", 1, "TERMS_ACCEPTED")).toEqual(["DRAFT", "RECEIVED", "TERMS_ACCEPTED", "CANCELLED"]);
  });
});

describe("businessId", () => {
  it("adds the check digit that makes a valid Y-tunnus", () => {
    for (const seven of ["2345678", "3141593", "2718282", "1618033", "0737546"]) expect(isValidBusinessId(businessId(seven))).toBe(true);
    expect(businessId("0737546")).toBe("0737546-2");
  });
});

describe("hoursEvents", () => {
  const startsAt = helsinkiInstant(SUNDAY, "09:00");
  const base: WorkedGig = {
    gigId: "g",
    session: { startsAt, endsAt: helsinkiInstant(SUNDAY, "12:00") },
    reported: 210,
    approved: null,
    approvedAt: null,
    client: { id: "c", unitId: "u", unitIndex: 0, jc: "D", readiness: "READY", userId: "cu", firstName: "A", weekly: [], bookings: [] },
    staffId: "s",
    coordinatorId: "k",
  };

  it("has a client with the app start, finish and report", () => {
    expect(hoursEvents(base).map((e) => [e.kind, e.byUserId, e.minutes ?? null])).toEqual([
      ["STARTED", "cu", null],
      ["FINISHED", "cu", null],
      ["REPORTED", "cu", 210],
    ]);
  });

  it("has the staff enter the minutes for a client without the app, and corrects a differing approval", () => {
    const approvedAt = helsinkiInstant("2026-11-23", "12:00");
    const events = hoursEvents({ ...base, client: { ...base.client, userId: null }, approved: 180, approvedAt });
    expect(events.map((e) => [e.kind, e.byUserId, e.minutes])).toEqual([
      ["ENTERED_BY_STAFF", "s", 210],
      ["CORRECTED", "k", 180],
      ["APPROVED", "k", 180],
    ]);
    expect(events.at(-1)!.createdAt).toEqual(approvedAt);
  });
});
