import { describe, expect, it } from "vitest";
import { intlFormatter } from "@/i18n/format";
import { dateColumnOf, dayBefore, dayKey, helsinkiInstant, isoWeekday, minuteOfDay, startOfHelsinkiMonth, dateColumn, timeKey } from "./dates";

describe("Helsinki calendar", () => {
  it("puts a late-evening UTC instant on the next Helsinki day", () => {
    const instant = new Date("2026-11-22T22:30:00Z"); // 00:30 on 23.11. in Helsinki (UTC+2)
    expect(dayKey(instant)).toBe("2026-11-23");
    expect(isoWeekday(instant)).toBe(1); // Monday
    expect(minuteOfDay(instant)).toBe(30);
    expect(dateColumnOf(instant).toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });
  it("turns Helsinki wall-clock times into instants across daylight saving", () => {
    expect(helsinkiInstant("2026-07-01", "09:00").toISOString()).toBe("2026-07-01T06:00:00.000Z"); // UTC+3
    expect(helsinkiInstant("2026-12-01", "09:00").toISOString()).toBe("2026-12-01T07:00:00.000Z"); // UTC+2
  });
  it("starts a month at Helsinki midnight", () => {
    expect(startOfHelsinkiMonth(new Date("2026-11-22T10:00:00Z")).toISOString()).toBe("2026-10-31T22:00:00.000Z");
  });
  it("finds the day before a calendar day, across month ends and leap days", () => {
    expect(dayBefore("2027-01-01")).toBe("2026-12-31");
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
  });
  it("reads a form's time field value in Helsinki", () => {
    expect(timeKey(helsinkiInstant("2026-07-01", "09:05"))).toBe("09:05");
    expect(timeKey(new Date("2026-11-22T22:30:00Z"))).toBe("00:30");
  });
  it("formats in Finnish", () => {
    expect(intlFormatter("fi").time(helsinkiInstant("2026-07-01", "09:05"))).toBe("09.05");
    expect(intlFormatter("fi").day(dateColumn("2024-09-01"))).toBe("1.9.2024");
  });
});
