import { describe, expect, it } from "vitest";
import { ageBandOf, cohortShare, customPeriod, exportCount, monthsOf, parsePeriod, pathwayTable, shareBp, splits, suppressionMask, unitRows, type UnitInput } from "./rules";

describe("the period", () => {
  it("opens on this month and reads months, quarters, years and custom ranges", () => {
    expect(parsePeriod({}, "2026-12-06")).toEqual({ kind: "month", from: "2026-12-01", to: "2026-12-31" });
    expect(parsePeriod({ period: "month", month: "2024-02" }, "2026-12-06")).toEqual({ kind: "month", from: "2024-02-01", to: "2024-02-29" });
    expect(parsePeriod({ period: "quarter", quarter: "2026-Q2" }, "2026-12-06")).toEqual({ kind: "quarter", from: "2026-04-01", to: "2026-06-30" });
    expect(parsePeriod({ period: "quarter" }, "2026-12-06")).toEqual({ kind: "quarter", from: "2026-10-01", to: "2026-12-31" });
    expect(parsePeriod({ period: "year", year: "2025" }, "2026-12-06")).toEqual({ kind: "year", from: "2025-01-01", to: "2025-12-31" });
    expect(parsePeriod({ period: "custom", from: "2026-03-15", to: "2026-04-02" }, "2026-12-06")).toEqual({ kind: "custom", from: "2026-03-15", to: "2026-04-02" });
  });
  it("falls back to this month for nonsense, and refuses backwards or endless custom ranges", () => {
    expect(parsePeriod({ period: "month", month: "2026-13" }, "2026-12-06").from).toBe("2026-12-01");
    expect(parsePeriod({ period: "custom", from: "2026-05-01", to: "2026-04-01" }, "2026-12-06").kind).toBe("month");
    expect(customPeriod("2026-02-30", "2026-03-01")).toBeNull();
    expect(customPeriod("2020-01-01", "2026-01-01")).toBeNull();
    expect(customPeriod(undefined, "2026-01-01")).toBeNull();
  });
  it("lists the months a period touches", () => {
    expect(monthsOf({ from: "2025-11-15", to: "2026-02-01" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsOf({ from: "2026-03-01", to: "2026-03-31" })).toEqual(["2026-03"]);
  });
});

describe("the small-cell rule", () => {
  it("hides 1..4 and keeps 0 and 5+", () => {
    expect(suppressionMask([0, 5, 7, 12], true)).toEqual([false, false, false, false]);
    expect(suppressionMask([2, 3, 9], true)).toEqual([true, true, false]);
  });
  it("hides the second smallest too when only one cell would be hidden, so the total cannot give it back", () => {
    expect(suppressionMask([4, 0, 9, 7], true)).toEqual([true, false, false, true]);
    // without a shown total there is nothing to subtract from
    expect(suppressionMask([4, 0, 9, 7], false)).toEqual([true, false, false, false]);
    // the only other cell is zero: nothing else to hide, and the total is the hidden cell itself (the caller hides a total under 5)
    expect(suppressionMask([3, 0], true)).toEqual([true, false]);
  });
  it("no hidden cell can be recovered from the total and the shown cells", () => {
    for (const counts of [[1, 5, 6], [4, 4, 20], [5, 1, 0, 9], [2, 30, 31, 8]]) {
      const mask = suppressionMask(counts, true);
      const hiddenCells = mask.filter(Boolean).length;
      expect(hiddenCells === 0 || hiddenCells >= 2).toBe(true);
    }
  });
  it("exports '<5' for a count under five", () => {
    expect([exportCount(0), exportCount(3), exportCount(5)]).toEqual([0, "<5", 5]);
  });
});

const unit = (unitId: string, clientsWorked: number, more: Partial<UnitInput> = {}): UnitInput => ({
  unitId,
  unitName: unitId,
  clientsWorked,
  approvedMinutes: clientsWorked * 300,
  gigs: clientsWorked * 2,
  ordersWorked: clientsWorked,
  cancelledGigs: 0,
  noShows: 0,
  ratingSum: clientsWorked * 4,
  ratingCount: clientsWorked,
  earningsCents: clientsWorked * 5000,
  enrolled: clientsWorked * 2,
  enrolledWorked: clientsWorked,
  ...more,
});

describe("the unit table", () => {
  it("hides a small unit's people and what is per person, keeps its hours, and hides a second unit with it", () => {
    const { rows, total } = unitRows([unit("a", 3), unit("b", 8), unit("c", 6)]);
    expect(rows[0]!.clientsWorked).toEqual({ hidden: true });
    expect(rows[0]!.minutesPerClient).toEqual({ hidden: true });
    expect(rows[0]!.ratingX100).toEqual({ hidden: true });
    expect(rows[0]!.earningsCents).toEqual({ hidden: true });
    expect(rows[0]!.approvedMinutes).toBe(900);
    expect(rows[2]!.clientsWorked).toEqual({ hidden: true });
    expect(rows[1]!.clientsWorked).toEqual({ hidden: false, value: 8 });
    expect(rows[1]!.minutesPerClient).toEqual({ hidden: false, value: 300 });
    expect(rows[1]!.ratingX100).toEqual({ hidden: false, value: 400 });
    expect(rows[1]!.workedShareBp).toEqual({ hidden: false, value: 5000 });
    expect(total.clientsWorked).toEqual({ hidden: false, value: 17 });
    expect(total.approvedMinutes).toBe(17 * 300);
  });
  it("hides a total under five", () => {
    expect(unitRows([unit("a", 2), unit("b", 1)]).total.clientsWorked).toEqual({ hidden: true });
  });
});

describe("splits by gender and age", () => {
  it("hides small groups with their hours, and a second group when one alone would be hidden", () => {
    const s = splits([
      { gender: "FEMALE", band: "25_34", clientsWorked: 6, approvedMinutes: 600 },
      { gender: "FEMALE", band: "35_44", clientsWorked: 3, approvedMinutes: 300 },
      { gender: "MALE", band: "35_44", clientsWorked: 7, approvedMinutes: 700 },
      { gender: "NOT_TOLD", band: "UNKNOWN", clientsWorked: 2, approvedMinutes: 200 },
    ]);
    const g = Object.fromEntries(s.gender.map((c) => [c.key, c]));
    expect(g.FEMALE!.clientsWorked).toEqual({ hidden: false, value: 9 });
    expect(g.OTHER!.clientsWorked).toEqual({ hidden: false, value: 0 });
    expect(g.NOT_TOLD!.clientsWorked).toEqual({ hidden: true });
    expect(g.NOT_TOLD!.approvedMinutes).toEqual({ hidden: true });
    // NOT_TOLD alone would be 18 - 9 - 7: the next smallest non-zero group (MALE, 7) goes too
    expect(g.MALE!.clientsWorked).toEqual({ hidden: true });
    expect(g.MALE!.approvedMinutes).toEqual({ hidden: true });
    const a = Object.fromEntries(s.age.map((c) => [c.key, c]));
    expect(a["25_34"]!.clientsWorked).toEqual({ hidden: true });
    expect(a["35_44"]!.clientsWorked).toEqual({ hidden: false, value: 10 });
    expect(a.UNKNOWN!.clientsWorked).toEqual({ hidden: true });
    expect(s.total).toBe(18);
  });
  it("every split has no single hidden cell", () => {
    const s = splits([
      { gender: "FEMALE", band: "25_34", clientsWorked: 9, approvedMinutes: 1 },
      { gender: "MALE", band: "25_34", clientsWorked: 8, approvedMinutes: 1 },
      { gender: "OTHER", band: "55_64", clientsWorked: 1, approvedMinutes: 1 },
    ]);
    expect(s.gender.filter((c) => c.clientsWorked.hidden)).toHaveLength(2);
    expect(s.age.filter((c) => c.clientsWorked.hidden)).toHaveLength(2);
  });
});

describe("ages, shares, pathways", () => {
  it("bands the age on a day, birthdays counted", () => {
    expect(ageBandOf("2002-12-07", "2026-12-06")).toBe("UNDER_25");
    expect(ageBandOf("2001-12-06", "2026-12-06")).toBe("25_34");
    expect(ageBandOf("1960-01-01", "2026-12-06")).toBe("65_PLUS");
    expect(ageBandOf(null, "2026-12-06")).toBe("UNKNOWN");
  });
  it("gives shares in basis points, and hides a cohort under five", () => {
    expect(shareBp(216, 1000)).toBe(2160);
    expect(shareBp(1, 0)).toBeNull();
    expect(cohortShare(2, 4)).toEqual({ cohort: { hidden: true }, shareBp: { hidden: true } });
    expect(cohortShare(3, 6)).toEqual({ cohort: { hidden: false, value: 6 }, shareBp: { hidden: false, value: 5000 } });
  });
  it("counts pathway kinds per unit with the rule across units", () => {
    const table = pathwayTable(
      [
        { unitId: null, kind: "STARTED", clients: 14 },
        { unitId: "a", kind: "STARTED", clients: 9 },
        { unitId: "b", kind: "STARTED", clients: 5 },
        { unitId: null, kind: "EDUCATION", clients: 3 },
        { unitId: "a", kind: "EDUCATION", clients: 3 },
      ],
      ["a", "b"],
    );
    const started = table.find((r) => r.kind === "STARTED")!;
    expect(started.total).toEqual({ hidden: false, value: 14 });
    expect(started.units).toEqual([{ hidden: false, value: 9 }, { hidden: false, value: 5 }]);
    const education = table.find((r) => r.kind === "EDUCATION")!;
    expect(education.total).toEqual({ hidden: true });
    expect(education.units).toEqual([{ hidden: true }, { hidden: false, value: 0 }]);
  });
});
