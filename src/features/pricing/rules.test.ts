import { describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates";
import { PILOT_PRICES } from "@/server/seed/reference";
import { isValidOn, pickValid } from "@/lib/dated";
import { quote, unitPriceOf } from "./rules";

const vatRows = [
  { id: "24", rateBp: 2400, validFrom: dateColumn("2013-01-01"), validTo: dateColumn("2024-08-31") },
  { id: "25.5", rateBp: 2550, validFrom: dateColumn("2024-09-01"), validTo: null },
];

describe("pilot prices", () => {
  it("commission 10.00 + 4.50 = 14.50 €/h, employment 10.00 + 5.50 + 4.50 = 20.00 €/h", () => {
    expect(unitPriceOf(PILOT_PRICES.COMMISSION)).toBe(1450);
    expect(unitPriceOf(PILOT_PRICES.EMPLOYMENT)).toBe(2000);
  });
  it("one hour at 14.50 with 24 % VAT is 3.48 € VAT (the pilot sheet rounded to 3.50)", () => {
    expect(quote({ unitPriceCents: 1450, vatRateBp: 2400, minutesPerWorker: 60, workerCount: 1 })).toEqual({
      unitPriceCents: 1450,
      totalMinutes: 60,
      netCents: 1450,
      vatRateBp: 2400,
      vatCents: 348,
      grossCents: 1798,
    });
  });
  it("one hour at 20.00 with 24 % VAT is 4.80 € VAT", () => {
    const q = quote({ unitPriceCents: 2000, vatRateBp: 2400, minutesPerWorker: 60, workerCount: 1 });
    expect([q.vatCents, q.grossCents]).toEqual([480, 2480]);
  });
  it("with 25.5 %: 14.50 → 3.70 (3.6975 rounded half away from zero), 20.00 → 5.10", () => {
    expect(quote({ unitPriceCents: 1450, vatRateBp: 2550, minutesPerWorker: 60, workerCount: 1 }).vatCents).toBe(370);
    expect(quote({ unitPriceCents: 2000, vatRateBp: 2550, minutesPerWorker: 60, workerCount: 1 }).vatCents).toBe(510);
  });
  it("group work: 3 workers × 4 h at 14.50 = 174.00 € net, VAT on the total", () => {
    const q = quote({ unitPriceCents: 1450, vatRateBp: 2550, minutesPerWorker: 240, workerCount: 3 });
    expect(q).toMatchObject({ totalMinutes: 720, netCents: 17400, vatCents: 4437, grossCents: 21837 });
  });
});

describe("rounding", () => {
  it("rounds the net once on the total minutes, half away from zero", () => {
    // 14.50 €/h × 25 min = 6.041666… → 6.04; × 3 workers on the total 75 min = 18.125 → 18.13
    expect(quote({ unitPriceCents: 1450, vatRateBp: 0, minutesPerWorker: 25, workerCount: 1 }).netCents).toBe(604);
    expect(quote({ unitPriceCents: 1450, vatRateBp: 0, minutesPerWorker: 25, workerCount: 3 }).netCents).toBe(1813);
  });
  it("rounds VAT half away from zero on the total net", () => {
    // 0.50 € × 25.5 % = 12.75 cents → 13
    expect(quote({ unitPriceCents: 50, vatRateBp: 2550, minutesPerWorker: 60, workerCount: 1 }).vatCents).toBe(13);
    // 0.10 € × 25 % = 2.5 cents → 3
    expect(quote({ unitPriceCents: 10, vatRateBp: 2500, minutesPerWorker: 60, workerCount: 1 }).vatCents).toBe(3);
  });
  it("gross is always net + VAT", () => {
    for (const m of [1, 7, 59, 61, 125]) {
      const q = quote({ unitPriceCents: 1450, vatRateBp: 2550, minutesPerWorker: m, workerCount: 2 });
      expect(q.grossCents).toBe(q.netCents + q.vatCents);
    }
  });
  it("rejects negative or fractional amounts", () => {
    expect(() => quote({ unitPriceCents: 1450, vatRateBp: 2400, minutesPerWorker: -1, workerCount: 1 })).toThrow();
    expect(() => quote({ unitPriceCents: 1450, vatRateBp: 2400, minutesPerWorker: 60, workerCount: 1.5 })).toThrow();
  });
});

describe("VAT by work date", () => {
  it("24 % applies until 31.8.2024, 25.5 % from 1.9.2024", () => {
    expect(pickValid(vatRows, dateColumn("2024-08-31"))?.rateBp).toBe(2400);
    expect(pickValid(vatRows, dateColumn("2024-09-01"))?.rateBp).toBe(2550);
    expect(pickValid(vatRows, dateColumn("2026-11-23"))?.rateBp).toBe(2550);
    expect(pickValid(vatRows, dateColumn("2012-12-31"))).toBeNull();
  });
  it("validTo is inclusive, validFrom too", () => {
    expect(isValidOn(vatRows[0]!, dateColumn("2024-08-31"))).toBe(true);
    expect(isValidOn(vatRows[1]!, dateColumn("2024-08-31"))).toBe(false);
  });
  it("a newer open row wins over an older open row from its start date", () => {
    const prices = [
      { id: "old", validFrom: dateColumn("2022-01-01"), validTo: null },
      { id: "new", validFrom: dateColumn("2027-01-01"), validTo: null },
    ];
    expect(pickValid(prices, dateColumn("2026-12-31"))?.id).toBe("old");
    expect(pickValid(prices, dateColumn("2027-01-01"))?.id).toBe("new");
  });
});
