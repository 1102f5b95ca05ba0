import { describe, expect, it } from "vitest";
import { helsinkiInstant } from "@/lib/dates";
import { canMoveGig, overlapping, overlaps } from "./rules";

describe("a gig's moves", () => {
  it("goes from offered to accepted to reported to approved", () => {
    expect(canMoveGig("OFFERED", "ACCEPTED")).toBe(true);
    expect(canMoveGig("ACCEPTED", "REPORTED")).toBe(true);
    expect(canMoveGig("REPORTED", "APPROVED")).toBe(true);
  });
  it("never leaves a final state", () => {
    for (const from of ["DECLINED", "APPROVED", "CANCELLED", "REPLACED"] as const) expect(canMoveGig(from, "PLANNED")).toBe(false);
  });
  it("cannot swap away a gig that was already worked", () => {
    expect(canMoveGig("STARTED", "REPLACED")).toBe(false);
    expect(canMoveGig("REPORTED", "CANCELLED")).toBe(false);
  });
});

describe("overlapping times", () => {
  const at = (start: string, end: string) => ({ startsAt: helsinkiInstant("2030-01-05", start), endsAt: helsinkiInstant("2030-01-05", end) });
  it("overlaps when each starts before the other ends", () => {
    expect(overlaps(at("10:00", "13:00"), at("12:00", "14:00"))).toBe(true);
    expect(overlaps(at("10:00", "13:00"), at("11:00", "12:00"))).toBe(true);
  });
  it("does not overlap when one ends as the other starts", () => {
    expect(overlaps(at("10:00", "12:00"), at("12:00", "14:00"))).toBe(false);
    expect(overlaps(at("12:00", "14:00"), at("10:00", "12:00"))).toBe(false);
  });
  it("filters the database by the same rule", () => {
    const range = at("10:00", "13:00");
    const where = overlapping(range);
    const matches = (row: { startsAt: Date; endsAt: Date }) => row.startsAt < where.startsAt.lt && row.endsAt > where.endsAt.gt;
    for (const row of [at("08:00", "10:00"), at("09:00", "10:30"), at("11:00", "12:00"), at("12:59", "15:00"), at("13:00", "14:00"), at("08:00", "16:00")]) {
      expect(matches(row)).toBe(overlaps(row, range));
    }
  });
});
