import { describe, expect, it } from "vitest";
import { helsinkiInstant, isoWeekday, minuteOfDay } from "@/lib/dates";
import { addCalendarDays, MAX_RECURRING_SESSIONS, recurringSessions, repeatDates, reviewLinkUsable, shiftSessions } from "./rules";

describe("repeat work: a recurring schedule", () => {
  it("2 h every other week until a date, on the same weekday", () => {
    const s = recurringSessions({ firstDate: "2027-01-05", start: "10:00", end: "12:00", everyWeeks: 2, until: "2027-02-16" });
    expect(s.map((x) => x.date)).toEqual(["2027-01-05", "2027-01-19", "2027-02-02", "2027-02-16"]);
    for (const x of s) expect(isoWeekday(helsinkiInstant(x.date, x.start))).toBe(2);
  });

  it("a count of sessions", () => {
    const s = recurringSessions({ firstDate: "2027-01-04", start: "09:00", end: "11:30", everyWeeks: 1, count: 3 });
    expect(s).toEqual([
      { date: "2027-01-04", start: "09:00", end: "11:30" },
      { date: "2027-01-11", start: "09:00", end: "11:30" },
      { date: "2027-01-18", start: "09:00", end: "11:30" },
    ]);
  });

  it("is bounded: never more than 52 sessions, and never without an end", () => {
    expect(recurringSessions({ firstDate: "2027-01-04", start: "09:00", end: "10:00", everyWeeks: 1, count: 500 })).toHaveLength(MAX_RECURRING_SESSIONS);
    expect(recurringSessions({ firstDate: "2027-01-04", start: "09:00", end: "10:00", everyWeeks: 1, until: "2031-01-01" })).toHaveLength(MAX_RECURRING_SESSIONS);
    expect(recurringSessions({ firstDate: "2027-01-04", start: "09:00", end: "10:00", everyWeeks: 1 })).toEqual([]);
    expect(recurringSessions({ firstDate: "2027-01-04", start: "09:00", end: "10:00", everyWeeks: 0, count: 3 })).toEqual([]);
    expect(recurringSessions({ firstDate: "2027-01-04", start: "11:00", end: "10:00", everyWeeks: 1, count: 3 })).toEqual([]);
    expect(recurringSessions({ firstDate: "2027-02-30", start: "09:00", end: "10:00", everyWeeks: 1, count: 3 })).toEqual([]);
    // an end before the first day: nothing
    expect(recurringSessions({ firstDate: "2027-01-04", start: "09:00", end: "10:00", everyWeeks: 1, until: "2027-01-01" })).toEqual([]);
  });

  it("a session at 10:00 stays at 10:00 Helsinki time across the October change (UTC+3 → UTC+2)", () => {
    // Summer time ends on Sunday 2026-10-25.
    const s = recurringSessions({ firstDate: "2026-10-20", start: "10:00", end: "12:00", everyWeeks: 1, count: 2 });
    const [before, after] = s.map((x) => helsinkiInstant(x.date, x.start));
    expect(before!.toISOString()).toBe("2026-10-20T07:00:00.000Z");
    expect(after!.toISOString()).toBe("2026-10-27T08:00:00.000Z");
    expect(minuteOfDay(before!)).toBe(600);
    expect(minuteOfDay(after!)).toBe(600);
    // the length of the session is still two hours on the wall clock and in real time
    const end = helsinkiInstant(s[1]!.date, s[1]!.end);
    expect(end.getTime() - after!.getTime()).toBe(2 * 3_600_000);
  });

  it("and across the March change (UTC+2 → UTC+3), every other week", () => {
    // Summer time starts on Sunday 2027-03-28.
    const s = recurringSessions({ firstDate: "2027-03-18", start: "10:00", end: "12:00", everyWeeks: 2, count: 2 });
    expect(s.map((x) => x.date)).toEqual(["2027-03-18", "2027-04-01"]);
    const [before, after] = s.map((x) => helsinkiInstant(x.date, x.start));
    expect(before!.toISOString()).toBe("2027-03-18T08:00:00.000Z");
    expect(after!.toISOString()).toBe("2027-04-01T07:00:00.000Z");
    expect(minuteOfDay(after!)).toBe(600);
  });

  it("a session on the night of the change keeps its calendar day", () => {
    const s = recurringSessions({ firstDate: "2026-10-18", start: "02:00", end: "05:00", everyWeeks: 1, count: 2 });
    expect(s[1]!.date).toBe("2026-10-25");
    expect(minuteOfDay(helsinkiInstant(s[1]!.date, "05:00"))).toBe(300);
  });

  it("counts days on the calendar, over month and year ends and leap days", () => {
    expect(addCalendarDays("2026-12-29", 7)).toBe("2027-01-05");
    expect(addCalendarDays("2028-02-25", 7)).toBe("2028-03-03");
    expect(addCalendarDays("2028-02-22", 7)).toBe("2028-02-29");
  });
});

describe("order again: the same sessions on new dates", () => {
  it("moves every session by the same number of days, keeping weekdays, gaps and times", () => {
    const old = [
      { date: "2026-11-17", start: "10:00", end: "12:00" },
      { date: "2026-11-03", start: "10:00", end: "12:00" },
    ];
    expect(shiftSessions(old, "2027-01-05")).toEqual([
      { date: "2027-01-05", start: "10:00", end: "12:00" },
      { date: "2027-01-19", start: "10:00", end: "12:00" },
    ]);
    expect(shiftSessions([], "2027-01-05")).toEqual([]);
  });
  it("moves by whole weeks to at least a week from today, on the same weekdays", () => {
    const old = [
      { date: "2026-11-03", start: "10:00", end: "12:00" },
      { date: "2026-11-17", start: "10:00", end: "12:00" },
    ];
    // today Friday 2026-12-04: a week later is 2026-12-11; the first Tuesday on or after it is 2026-12-15
    expect(repeatDates(old, "2026-12-04").map((s) => s.date)).toEqual(["2026-12-15", "2026-12-29"]);
    for (const s of repeatDates(old, "2026-12-04")) expect(isoWeekday(helsinkiInstant(s.date, s.start))).toBe(2);
    // a session already far enough ahead stays
    expect(repeatDates([{ date: "2027-03-02", start: "10:00", end: "12:00" }], "2026-12-04")[0]!.date).toBe("2027-03-02");
  });
});

describe("the review link (ADR 024)", () => {
  const now = new Date("2026-12-04T10:00:00Z");
  const later = new Date("2026-12-10T10:00:00Z");
  const link = { kind: "ORDER_REVIEW", usedAt: null, expiresAt: later, orderId: "o1" };
  it("works once, until it expires, only as a review link of an order", () => {
    expect(reviewLinkUsable(link, now)).toBe(true);
    expect(reviewLinkUsable({ ...link, usedAt: now }, now)).toBe(false);
    expect(reviewLinkUsable(link, later)).toBe(false);
    expect(reviewLinkUsable({ ...link, kind: "EMAIL_VERIFY" }, now)).toBe(false);
    expect(reviewLinkUsable({ ...link, orderId: null }, now)).toBe(false);
    expect(reviewLinkUsable(null, now)).toBe(false);
  });
});
