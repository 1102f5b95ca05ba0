import { describe, expect, it } from "vitest";
import { pickValidAt } from "@/lib/dated";
import { dateColumn, helsinkiInstant } from "@/lib/dates";
import { formatEuros } from "@/lib/money";
import {
  applicableLimits,
  currentLimitIds,
  forecastMeters,
  gigEarningsCents,
  hoursLeft,
  isOutdated,
  limitMeters,
  meter,
  offerWarnings,
  periodWindow,
  stagedFor,
  summariseEarnings,
  type StagedGig,
  type EarningGig,
  type LimitRow,
} from "./rules";

// The domain brief's 2022 figures (../shared/domain.md, "Earnings and benefits") and the pilot's
// worker pay of 10.00 €/h.
const PAY = 1000;
const source = "Domain brief, 2022 figures";
const limits: LimitRow[] = [
  { id: "dp", kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH", amountCents: 88_563, validFrom: dateColumn("2022-08-01"), validTo: null, source },
  { id: "lms", kind: "LABOUR_MARKET_SUBSIDY_PROTECTED", period: "MONTH", amountCents: 30_000, validFrom: dateColumn("2022-01-01"), validTo: null, source },
  { id: "lms4", kind: "LABOUR_MARKET_SUBSIDY_PROTECTED", period: "FOUR_WEEKS", amountCents: 27_900, validFrom: dateColumn("2022-01-01"), validTo: null, source },
  { id: "bsa", kind: "BASIC_SOCIAL_ASSISTANCE_PROTECTED", period: "MONTH", amountCents: 15_000, validFrom: dateColumn("2022-01-01"), validTo: null, source },
  { id: "pha", kind: "PENSIONERS_HOUSING_ALLOWANCE_REVIEW", period: "YEAR", amountCents: 92_400, validFrom: dateColumn("2022-01-01"), validTo: null, source },
  { id: "yel", kind: "YEL_COMMISSION_INCOME", period: "YEAR", amountCents: 826_171, validFrom: dateColumn("2022-01-01"), validTo: null, source },
];

function gig(day: string, hours: number, contractModel: EarningGig["contractModel"] = "EMPLOYMENT", time = "10:00"): EarningGig {
  return { workedAt: helsinkiInstant(day, time), approvedMinutes: hours * 60, workerPayCents: PAY, contractModel };
}

describe("earnings", () => {
  it("pays 10.00 €/h for the approved minutes, rounded half away from zero", () => {
    expect(gigEarningsCents({ workerPayCents: PAY, approvedMinutes: 60 * 60 })).toBe(60_000);
    expect(gigEarningsCents({ workerPayCents: PAY, approvedMinutes: 45 })).toBe(750);
    expect(gigEarningsCents({ workerPayCents: 1001, approvedMinutes: 1 })).toBe(17); // 16.68 → 17
  });

  it("sums this Helsinki month and year by the work day", () => {
    const now = helsinkiInstant("2022-09-20", "12:00");
    const e = summariseEarnings(
      [gig("2022-09-01", 4), gig("2022-09-15", 3, "COMMISSION"), gig("2022-08-31", 5), gig("2021-12-31", 8), gig("2022-09-25", 2)],
      now,
    );
    expect(e.monthCents).toBe(7_000); // 4 h + 3 h; the gig on 25.9. is in the future
    expect(e.monthMinutes).toBe(7 * 60);
    expect(e.yearCents).toBe(12_000); // + 31.8.
    expect(e.commissionYearCents).toBe(3_000);
  });

  it("puts a gig just after Helsinki midnight on the 1st in the new month, whatever the server's zone", () => {
    const now = helsinkiInstant("2022-10-01", "08:00");
    const e = summariseEarnings([gig("2022-10-01", 2, "EMPLOYMENT", "00:30"), gig("2022-09-30", 3, "EMPLOYMENT", "23:30")], now);
    expect(e.monthCents).toBe(2_000);
    expect(e.yearCents).toBe(5_000);
  });

  it("counts the last four weeks as today and the 27 days before", () => {
    const now = helsinkiInstant("2022-03-28", "12:00");
    const e = summariseEarnings([gig("2022-03-01", 1), gig("2022-02-28", 1)], now);
    expect(e.fourWeeksCents).toBe(1_000);
  });
});

describe("which limits apply", () => {
  it("follows the client's benefits, and YEL only with commission income", () => {
    expect(applicableLimits(["DISABILITY_PENSION", "PENSIONERS_HOUSING_ALLOWANCE"], false)).toEqual([
      { kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH" },
      { kind: "PENSIONERS_HOUSING_ALLOWANCE_REVIEW", period: "YEAR" },
    ]);
    expect(applicableLimits(["LABOUR_MARKET_SUBSIDY", "GENERAL_HOUSING_ALLOWANCE"], false)).toEqual([
      { kind: "LABOUR_MARKET_SUBSIDY_PROTECTED", period: "MONTH" },
      { kind: "LABOUR_MARKET_SUBSIDY_PROTECTED", period: "FOUR_WEEKS" },
    ]);
    expect(applicableLimits(["BASIC_SOCIAL_ASSISTANCE"], true)).toEqual([
      { kind: "BASIC_SOCIAL_ASSISTANCE_PROTECTED", period: "MONTH" },
      { kind: "YEL_COMMISSION_INCOME", period: "YEAR" },
    ]);
    expect(applicableLimits([], false)).toEqual([]);
  });
});

describe("the limit valid on a day", () => {
  const rows = [
    { id: "2022", validFrom: dateColumn("2022-08-01"), validTo: dateColumn("2022-12-31") },
    { id: "2023", validFrom: dateColumn("2023-01-01"), validTo: null },
    { id: "old-open", validFrom: dateColumn("2021-01-01"), validTo: null },
  ];
  it("takes validFrom ≤ day ≤ validTo, newest validFrom first", () => {
    expect(pickValidAt(rows, helsinkiInstant("2022-07-31", "12:00"))?.id).toBe("old-open");
    expect(pickValidAt(rows, helsinkiInstant("2022-08-01", "00:00"))?.id).toBe("2022");
    expect(pickValidAt(rows, helsinkiInstant("2022-12-31", "23:59"))?.id).toBe("2022");
    expect(pickValidAt(rows, helsinkiInstant("2023-01-01", "00:00"))?.id).toBe("2023");
    expect(pickValidAt(rows, helsinkiInstant("2020-12-31", "12:00"))).toBeNull();
  });
  it("says a row from an earlier year is outdated", () => {
    expect(isOutdated({ validFrom: dateColumn("2022-08-01") }, helsinkiInstant("2022-12-31", "23:59"))).toBe(false);
    expect(isOutdated({ validFrom: dateColumn("2022-08-01") }, helsinkiInstant("2023-01-01", "00:01"))).toBe(true);
  });
});

describe("the meter, with the domain brief's 2022 figures", () => {
  it("10.00 €/h × 60 h = 600 € in a month is 68 % of the disability pension limit 885.63 €: below", () => {
    const m = meter(gigEarningsCents({ workerPayCents: PAY, approvedMinutes: 60 * 60 }), 88_563);
    expect(m).toMatchObject({ earnedCents: 60_000, percent: 68, remainingCents: 28_563, overCents: 0, level: "below" });
    expect(formatEuros(m.remainingCents)).toBe("285,63\u00a0€");
    expect(hoursLeft(m.remainingCents, PAY)).toBe(28);
  });

  it("is close from 80 % on (71 h = 710 € of 885.63 €)", () => {
    expect(meter(70_000, 88_563).level).toBe("below"); // 79 %
    expect(meter(71_000, 88_563)).toMatchObject({ percent: 80, level: "close" });
  });

  it("crosses the 300 € labour market subsidy limit at 30 h", () => {
    expect(meter(29 * PAY, 30_000)).toMatchObject({ level: "close", remainingCents: 1_000 });
    expect(meter(30 * PAY, 30_000)).toMatchObject({ percent: 100, level: "over", remainingCents: 0 });
    expect(meter(31 * PAY, 30_000)).toMatchObject({ level: "over", overCents: 1_000 });
  });

  it("crosses the 279 € four-week figure at 28 h, and the 150 € basic social assistance amount at 15 h", () => {
    expect(meter(27 * PAY, 27_900).level).toBe("close");
    expect(meter(28 * PAY, 27_900).level).toBe("over");
    expect(meter(14 * PAY, 15_000).level).toBe("close");
    expect(meter(15 * PAY, 15_000).level).toBe("over");
  });

  it("never shows 100 % before the limit is reached", () => {
    expect(meter(88_562, 88_563)).toMatchObject({ percent: 99, level: "close", remainingCents: 1 });
  });

  it("reaches the 924 € housing allowance review and the 8 261.71 € YEL limit per year", () => {
    expect(meter(93 * PAY, 92_400).level).toBe("over"); // 930 €
    expect(meter(826 * PAY, 826_171).level).toBe("close");
    expect(meter(827 * PAY, 826_171).level).toBe("over");
  });
});

describe("limit meters for a client", () => {
  it("a disability pensioner with 60 h this month and commission income sees three meters", () => {
    const now = helsinkiInstant("2022-09-30", "18:00");
    const gigs = [...Array.from({ length: 15 }, (_, i) => gig(`2022-09-${String(i + 1).padStart(2, "0")}`, 4, i < 5 ? "COMMISSION" : "EMPLOYMENT"))];
    const e = summariseEarnings(gigs, now);
    expect(e.monthCents).toBe(60_000);
    const ms = limitMeters(limits, ["DISABILITY_PENSION", "PENSIONERS_HOUSING_ALLOWANCE"], e, now);
    expect(ms.map((m) => [m.slot.kind, m.meter?.percent, m.meter?.level, m.outdated])).toEqual([
      ["DISABILITY_PENSION_EARNINGS", 68, "below", false],
      ["PENSIONERS_HOUSING_ALLOWANCE_REVIEW", 65, "below", false],
      ["YEL_COMMISSION_INCOME", 2, "below", false],
    ]);
  });

  it("marks the 2022 figures outdated in a later year, and a missing row as missing", () => {
    const now = helsinkiInstant("2026-11-22", "12:00");
    const ms = limitMeters(limits.filter((l) => l.kind !== "BASIC_SOCIAL_ASSISTANCE_PROTECTED"), ["LABOUR_MARKET_SUBSIDY", "BASIC_SOCIAL_ASSISTANCE"], summariseEarnings([gig("2026-11-02", 30)], now), now);
    expect(ms.map((m) => [m.slot.kind, m.slot.period, m.meter?.level ?? null, m.outdated])).toEqual([
      ["LABOUR_MARKET_SUBSIDY_PROTECTED", "MONTH", "over", true],
      ["LABOUR_MARKET_SUBSIDY_PROTECTED", "FOUR_WEEKS", "over", true],
      ["BASIC_SOCIAL_ASSISTANCE_PROTECTED", "MONTH", null, false],
    ]);
  });
});

describe("entering limits", () => {
  it("offers the periods each limit is expressed in, and ends the previous row the day before", async () => {
    const { LIMIT_PERIODS } = await import("./rules");
    const { dayBefore } = await import("@/lib/dates");
    expect(LIMIT_PERIODS.LABOUR_MARKET_SUBSIDY_PROTECTED).toEqual(["MONTH", "FOUR_WEEKS"]);
    expect(LIMIT_PERIODS.YEL_COMMISSION_INCOME).toEqual(["YEAR"]);
    expect(dayBefore("2027-01-01")).toBe("2026-12-31");
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
  });
});

describe("currentLimitIds", () => {
  it("marks the one row of each limit and period valid on the day, not the ended or future ones", () => {
    const rows: LimitRow[] = [
      ...limits,
      { id: "dp-old", kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH", amountCents: 80_000, validFrom: dateColumn("2021-01-01"), validTo: dateColumn("2022-07-31"), source },
      { id: "dp-next", kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH", amountCents: 90_000, validFrom: dateColumn("2023-01-01"), validTo: null, source },
    ];
    const ids = currentLimitIds(rows, helsinkiInstant("2022-09-15", "12:00"));
    expect([...ids].sort()).toEqual(["bsa", "dp", "lms", "lms4", "pha", "yel"]);
    expect(currentLimitIds(rows, helsinkiInstant("2022-07-31", "23:30")).has("dp-old")).toBe(true);
  });

  it("marks none before the first row starts", () => {
    expect(currentLimitIds(limits, helsinkiInstant("2021-06-01", "12:00")).size).toBe(0);
  });
});

describe("the forecast and the offer's warning (ADR 081)", () => {
  function staged(day: string, hours: number, stage: StagedGig["stage"], contractModel: StagedGig["contractModel"] = "EMPLOYMENT"): StagedGig {
    return { workedAt: helsinkiInstant(day, "10:00"), minutes: hours * 60, workerPayCents: PAY, contractModel, stage };
  }
  const now = helsinkiInstant("2022-09-10", "12:00");

  it("splits the month into approved, waiting and planned, and forecasts with all three", () => {
    const gigs = [staged("2022-09-01", 10, "approved"), staged("2022-09-05", 5, "waiting"), staged("2022-09-20", 8, "planned"), staged("2022-10-03", 4, "planned")];
    expect(stagedFor({ kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH" }, gigs, now)).toEqual({ approved: 10_000, waiting: 5_000, planned: 8_000, total: 23_000 });
    const [dp] = forecastMeters(limits, ["DISABILITY_PENSION"], gigs, now);
    expect(dp!.meter).toMatchObject({ earnedCents: 23_000, limitCents: 88_563, level: "below" });
  });

  it("a client with only reported and accepted gigs is not told 0 €", () => {
    const [lms] = forecastMeters(limits, ["LABOUR_MARKET_SUBSIDY"], [staged("2022-09-05", 12, "waiting"), staged("2022-09-22", 12, "planned")], now);
    expect(lms!.parts).toEqual({ approved: 0, waiting: 12_000, planned: 12_000, total: 24_000 });
    expect(lms!.meter?.level).toBe("close"); // 240 € of the 300 € month: 80 %
  });

  it("the month window is the Helsinki month, the four weeks end with the day, the year is the calendar year", () => {
    expect(periodWindow("MONTH", now)).toEqual({ from: helsinkiInstant("2022-09-01"), to: helsinkiInstant("2022-10-01") });
    expect(periodWindow("FOUR_WEEKS", now)).toEqual({ from: helsinkiInstant("2022-08-14"), to: helsinkiInstant("2022-09-11") });
    expect(periodWindow("YEAR", now)).toEqual({ from: helsinkiInstant("2022-01-01"), to: helsinkiInstant("2023-01-01") });
  });

  it("warns before a gig that would take a disability pensioner over 885.63 € in its month", () => {
    // 80 h approved (800 €) + a 9 h offer (90 €) = 890 € > 885.63 €
    const offer = { workedAt: helsinkiInstant("2022-09-24", "09:00"), minutes: 9 * 60, workerPayCents: PAY, contractModel: "EMPLOYMENT" as const };
    const w = offerWarnings(limits, ["DISABILITY_PENSION"], [staged("2022-09-02", 80, "approved")], offer);
    expect(w).toEqual([{ slot: { kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH" }, level: "over", limitCents: 88_563, withGigCents: 89_000 }]);
    // the same offer in October counts against October, which is empty
    expect(offerWarnings(limits, ["DISABILITY_PENSION"], [staged("2022-09-02", 80, "approved")], { ...offer, workedAt: helsinkiInstant("2022-10-03", "09:00") })).toEqual([]);
  });

  it("counts accepted gigs of the month: 150 € of social assistance is near with 100 € planned and a 2 h offer", () => {
    const offer = { workedAt: helsinkiInstant("2022-09-15", "09:00"), minutes: 120, workerPayCents: PAY, contractModel: "EMPLOYMENT" as const };
    expect(offerWarnings(limits, ["BASIC_SOCIAL_ASSISTANCE"], [staged("2022-09-12", 10, "planned")], offer)).toMatchObject([{ level: "close", withGigCents: 12_000 }]);
    expect(offerWarnings(limits, ["BASIC_SOCIAL_ASSISTANCE"], [staged("2022-09-12", 13, "planned")], offer)).toMatchObject([{ level: "over", withGigCents: 15_000 }]);
  });

  it("labour market subsidy: the 279 € four weeks can warn when the 300 € month does not; over comes first", () => {
    const offer = { workedAt: helsinkiInstant("2022-09-02", "09:00"), minutes: 180, workerPayCents: PAY, contractModel: "EMPLOYMENT" as const };
    const w = offerWarnings(limits, ["LABOUR_MARKET_SUBSIDY"], [staged("2022-08-20", 25, "approved")], offer);
    expect(w.map((x) => [x.slot.period, x.level, x.withGigCents])).toEqual([["FOUR_WEEKS", "over", 28_000]]);
  });

  it("the YEL limit only hears commission gigs", () => {
    const yearOfCommission = [staged("2022-03-01", 800, "approved", "COMMISSION")];
    const employment = { workedAt: helsinkiInstant("2022-09-15", "09:00"), minutes: 600, workerPayCents: PAY, contractModel: "EMPLOYMENT" as const };
    expect(offerWarnings(limits, [], yearOfCommission, employment)).toEqual([]);
    expect(offerWarnings(limits, [], yearOfCommission, { ...employment, contractModel: "COMMISSION" })).toMatchObject([{ slot: { kind: "YEL_COMMISSION_INCOME" }, level: "close", withGigCents: 810_000 }]);
    expect(offerWarnings(limits, [], yearOfCommission, { ...employment, minutes: 1800, contractModel: "COMMISSION" })).toMatchObject([{ level: "over", withGigCents: 830_000 }]);
  });

  it("the housing allowance's 924 € is a review threshold in the year, warned about the same way", () => {
    const offer = { workedAt: helsinkiInstant("2022-11-15", "09:00"), minutes: 300, workerPayCents: PAY, contractModel: "EMPLOYMENT" as const };
    expect(offerWarnings(limits, ["PENSIONERS_HOUSING_ALLOWANCE"], [staged("2022-02-01", 90, "approved")], offer)).toMatchObject([
      { slot: { kind: "PENSIONERS_HOUSING_ALLOWANCE_REVIEW", period: "YEAR" }, level: "over", withGigCents: 95_000 },
    ]);
  });
});
