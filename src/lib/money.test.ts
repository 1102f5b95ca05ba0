import { describe, expect, it } from "vitest";
import { centsForMinutes, formatEuros, mulDivRound, parseEuros, vatOn } from "./money";

describe("mulDivRound", () => {
  it("rounds half away from zero", () => {
    expect(mulDivRound(1, 1, 2)).toBe(1);
    expect(mulDivRound(-1, 1, 2)).toBe(-1);
    expect(mulDivRound(1, 1, 3)).toBe(0);
    expect(mulDivRound(2, 1, 3)).toBe(1);
  });
  it("stays exact past 2^53 in the intermediate product", () => {
    expect(mulDivRound(2 ** 40, 2 ** 20, 2 ** 20)).toBe(2 ** 40);
  });
  it("rejects fractions", () => {
    expect(() => mulDivRound(1.5, 1, 1)).toThrow(RangeError);
  });
});

describe("the pilot's prices", () => {
  it("prices hours and VAT in whole cents", () => {
    expect(centsForMinutes(1450, 60)).toBe(1450);
    expect(centsForMinutes(1450, 90)).toBe(2175);
    expect(centsForMinutes(2000, 45)).toBe(1500);
    expect(vatOn(2000, 2400)).toBe(480); // 20.00 € × 24 % = 4.80 €
    expect(vatOn(1450, 2400)).toBe(348); // 14.50 € × 24 % = 3.48 € (the pilot's sheet rounded to 3.50)
    expect(vatOn(1450, 2550)).toBe(370); // 3.6975 → 3.70
    expect(vatOn(2000, 2550)).toBe(510);
  });
});

describe("formatting and parsing", () => {
  it("shows euros the Finnish way", () => {
    expect(formatEuros(1450).replace(/\s/g, " ")).toBe("14,50 €");
    expect(formatEuros(123456).replace(/\s/g, " ")).toBe("1 234,56 €");
  });
  it("reads euros typed with a comma or a point", () => {
    expect(parseEuros("14,50")).toBe(1450);
    expect(parseEuros("14.5")).toBe(1450);
    expect(parseEuros("20 €")).toBe(2000);
    expect(parseEuros("abc")).toBeNull();
    expect(parseEuros("1,234")).toBeNull();
  });
});
