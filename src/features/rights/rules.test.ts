import { describe, expect, it } from "vitest";
import { dateColumn, dayOfDateColumn } from "@/lib/dates";
import { erasedBirthDate, retentionCutoff, retentionDue } from "./rules";

describe("retention", () => {
  it("is due the day the years are full, not before", () => {
    expect(retentionCutoff("2026-12-06", 12)).toBe("2014-12-06");
    expect(retentionDue("2014-12-06", "2026-12-06", 12)).toBe(true);
    expect(retentionDue("2014-12-07", "2026-12-06", 12)).toBe(false);
  });
  it("falls back from 29 February to 28 February", () => {
    expect(retentionCutoff("2028-02-29", 1)).toBe("2027-02-28");
  });
});

describe("erasedBirthDate", () => {
  it("keeps the year only", () => {
    expect(dayOfDateColumn(erasedBirthDate(dateColumn("1987-08-23"))!)).toBe("1987-01-01");
    expect(erasedBirthDate(null)).toBeNull();
  });
});
