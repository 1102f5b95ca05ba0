import { describe, expect, it } from "vitest";
import { helsinkiInstant } from "@/lib/dates";
import { changeUrgency, channelsFor, clientHasSeenGig, DEFAULT_PREFS, inQuietHours, limitPeriodKey, nextWallClock } from "./rules";

const all = { email: "a@example.fi", phone: "+358401234567", pushDevices: 1 };
const everything = { ...DEFAULT_PREFS, sms: true };
const night = { ...everything, quietStartMin: 22 * 60, quietEndMin: 7 * 60 };

describe("inQuietHours", () => {
  it("wraps past midnight", () => {
    expect(inQuietHours(23 * 60, 22 * 60, 7 * 60)).toBe(true);
    expect(inQuietHours(3 * 60, 22 * 60, 7 * 60)).toBe(true);
    expect(inQuietHours(7 * 60, 22 * 60, 7 * 60)).toBe(false);
    expect(inQuietHours(12 * 60, 22 * 60, 7 * 60)).toBe(false);
  });
  it("handles a span within one day and an empty span", () => {
    expect(inQuietHours(13 * 60, 12 * 60, 14 * 60)).toBe(true);
    expect(inQuietHours(14 * 60, 12 * 60, 14 * 60)).toBe(false);
    expect(inQuietHours(5, 0, 0)).toBe(false);
  });
});

describe("channelsFor", () => {
  it("sends on every chosen channel the person can be reached on", () => {
    const now = helsinkiInstant("2026-12-04", "12:00");
    expect(channelsFor(everything, now, "normal", all)).toEqual([
      { channel: "EMAIL", notBefore: null },
      { channel: "SMS", notBefore: null },
      { channel: "PUSH", notBefore: null },
    ]);
  });

  it("skips channels without an address and channels turned off", () => {
    const now = helsinkiInstant("2026-12-04", "12:00");
    expect(channelsFor(DEFAULT_PREFS, now, "normal", { email: null, phone: "+358401234567", pushDevices: 0 })).toEqual([]);
    expect(channelsFor({ ...everything, email: false }, now, "normal", { ...all, pushDevices: 0 })).toEqual([{ channel: "SMS", notBefore: null }]);
  });

  it("holds SMS and push until quiet hours end the next morning, not email", () => {
    const now = helsinkiInstant("2026-12-04", "23:30");
    const morning = helsinkiInstant("2026-12-05", "07:00");
    expect(channelsFor(night, now, "normal", all)).toEqual([
      { channel: "EMAIL", notBefore: null },
      { channel: "SMS", notBefore: morning },
      { channel: "PUSH", notBefore: morning },
    ]);
  });

  it("after midnight holds them until the same morning", () => {
    const now = helsinkiInstant("2026-12-05", "02:15");
    expect(channelsFor(night, now, "normal", all)[1]).toEqual({ channel: "SMS", notBefore: helsinkiInstant("2026-12-05", "07:00") });
  });

  it("does not hold an urgent message", () => {
    const now = helsinkiInstant("2026-12-05", "06:00");
    expect(channelsFor(night, now, "urgent", all).every((c) => c.notBefore === null)).toBe(true);
  });

  it("ends quiet hours at 07:00 Helsinki time across the spring DST change", () => {
    // 2027-03-28: clocks go from 03:00 to 04:00 in Helsinki; 07:00 is then UTC+3 (04:00Z)
    const now = helsinkiInstant("2027-03-27", "23:00");
    const held = channelsFor(night, now, "normal", all)[1]!.notBefore!;
    expect(held.toISOString()).toBe("2027-03-28T04:00:00.000Z");
  });

  it("ends quiet hours at 07:00 Helsinki time across the autumn DST change", () => {
    // 2026-10-25: clocks go back from 04:00 to 03:00; 07:00 is then UTC+2 (05:00Z)
    const now = helsinkiInstant("2026-10-24", "22:30");
    expect(nextWallClock(now, 7 * 60).toISOString()).toBe("2026-10-25T05:00:00.000Z");
    expect(channelsFor(night, now, "normal", all)[2]!.notBefore!.toISOString()).toBe("2026-10-25T05:00:00.000Z");
  });
});

describe("changeUrgency (ADR 046)", () => {
  const now = helsinkiInstant("2026-12-10", "23:00");
  it("a change within a day of the start is urgent, a week ahead is not", () => {
    expect(changeUrgency({ startsAt: helsinkiInstant("2026-12-11", "08:00"), remindedAt: null }, now)).toBe("urgent");
    expect(changeUrgency({ startsAt: helsinkiInstant("2026-12-17", "08:00"), remindedAt: null }, now)).toBe("normal");
  });
  it("a client who already had the day-before reminder is told at once", () => {
    expect(changeUrgency({ startsAt: helsinkiInstant("2026-12-17", "08:00"), remindedAt: helsinkiInstant("2026-12-10", "12:00") }, now)).toBe("urgent");
  });
});

describe("clientHasSeenGig", () => {
  it("only an offered, accepted or started gig is news to change", () => {
    expect(["PLANNED", "OFFERED", "ACCEPTED", "STARTED", "REPORTED", "APPROVED"].filter(clientHasSeenGig)).toEqual(["OFFERED", "ACCEPTED", "STARTED"]);
  });
});

describe("limitPeriodKey", () => {
  it("names the Helsinki month and year, not UTC's", () => {
    // 31.12. 23:30 in Helsinki is still December there (21:30 UTC)
    const lastEvening = helsinkiInstant("2026-12-31", "23:30");
    expect(limitPeriodKey("MONTH", lastEvening)).toBe("2026-12");
    expect(limitPeriodKey("YEAR", lastEvening)).toBe("2026");
    expect(limitPeriodKey("MONTH", helsinkiInstant("2027-01-01", "00:30"))).toBe("2027-01");
  });
  it("cuts the rolling four weeks into fixed 28-day blocks", () => {
    const noon = helsinkiInstant("2026-12-01", "12:00").getTime();
    const days = Array.from({ length: 60 }, (_, i) => limitPeriodKey("FOUR_WEEKS", new Date(noon + i * 86_400_000)));
    const blocks = [...new Set(days)];
    expect(blocks).toHaveLength(3);
    // each block's days are consecutive, and the middle one is exactly 28 days
    expect(blocks.map((k) => days.filter((d) => d === k).length)[1]).toBe(28);
    expect(days.join(",")).toBe(blocks.map((k) => days.filter((d) => d === k).join(",")).join(","));
  });
});
