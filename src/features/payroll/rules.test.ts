import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateColumn, helsinkiInstant } from "@/lib/dates";
import {
  buildRun,
  centsToDecimal,
  defaultPaymentDate,
  exportRows,
  gigPay,
  ibanEnding,
  isValidIban,
  isValidPersonalIdentityCode,
  limitWarnings,
  monthPeriod,
  NO_TAX_CARD_WITHHOLDING_BP,
  payStatementDocument,
  periodEnded,
  withholdingOn,
  withholdingRate,
  type RunGigInput,
} from "./rules";

const COMMISSION = { workerPayCents: 1000, sideCostsCents: 0, serviceCostsCents: 450 };
const EMPLOYMENT = { workerPayCents: 1000, sideCostsCents: 550, serviceCostsCents: 450 };

describe("personal identity code", () => {
  it("accepts real codes with their check character, of every century sign", () => {
    expect(isValidPersonalIdentityCode("131052-308T")).toBe(true);
    expect(isValidPersonalIdentityCode("131052-308t")).toBe(true);
    expect(isValidPersonalIdentityCode("010101A123N")).toBe(true);
    expect(isValidPersonalIdentityCode("131052Y308T")).toBe(true);
  });
  it("refuses a wrong check character, an impossible day, a wrong shape", () => {
    expect(isValidPersonalIdentityCode("131052-308U")).toBe(false);
    expect(isValidPersonalIdentityCode("310252-308T")).toBe(false);
    expect(isValidPersonalIdentityCode("131052308T")).toBe(false);
    expect(isValidPersonalIdentityCode("131052G308T")).toBe(false);
  });
});

describe("IBAN", () => {
  it("checks Finnish IBANs with finnish-bank-utils, spaces allowed", () => {
    expect(isValidIban("FI21 1234 5600 0007 85")).toBe(true);
    expect(isValidIban("FI2112345600000786")).toBe(false);
    expect(ibanEnding("FI21 1234 5600 0007 85")).toBe("0785");
  });
});

describe("periods", () => {
  it("a month is its Helsinki calendar days, payable once it is over", () => {
    expect(monthPeriod("2026-02")).toEqual({ start: "2026-02-01", end: "2026-02-28" });
    expect(monthPeriod("2024-02").end).toBe("2024-02-29");
    const p = monthPeriod("2026-11");
    expect(periodEnded(p, helsinkiInstant("2026-11-30", "23:59"))).toBe(false);
    expect(periodEnded(p, helsinkiInstant("2026-12-01", "00:00"))).toBe(true);
    expect(defaultPaymentDate(monthPeriod("2026-12"))).toBe("2027-01-10");
  });
});

describe("pay per gig", () => {
  it("pilot figures: commission 10.00 + 4.50, employment 10.00 + 5.50 + 4.50 per hour", () => {
    expect(gigPay("COMMISSION_FEE", COMMISSION, 60)).toEqual({ grossCents: 1000, sideCostsCents: 0, serviceCostsCents: 450, priceCents: 1450 });
    expect(gigPay("WAGES", EMPLOYMENT, 60)).toEqual({ grossCents: 1000, sideCostsCents: 550, serviceCostsCents: 450, priceCents: 2000 });
  });

  it("pay + side costs + service costs = price for any gig", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("COMMISSION_FEE" as const, "WAGES" as const),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 24 * 60 }),
        (kind, pay, side, service, minutes) => {
          const r = gigPay(kind, { workerPayCents: pay, sideCostsCents: side, serviceCostsCents: service }, minutes);
          expect(r.grossCents + r.sideCostsCents + r.serviceCostsCents).toBe(r.priceCents);
          if (kind === "COMMISSION_FEE") expect(r.sideCostsCents).toBe(0);
        },
      ),
    );
  });
});

describe("withholding", () => {
  it("60 % without a tax card, or when the card is not valid on the payment day", () => {
    expect(withholdingRate(null, "2026-12-10")).toEqual({ bp: NO_TAX_CARD_WITHHOLDING_BP, recorded: false });
    const card = { withholdingBp: 1250, taxCardValidFrom: dateColumn("2026-01-01"), taxCardValidTo: dateColumn("2026-12-31") };
    expect(withholdingRate(card, "2026-12-10")).toEqual({ bp: 1250, recorded: true });
    expect(withholdingRate(card, "2027-01-10")).toEqual({ bp: NO_TAX_CARD_WITHHOLDING_BP, recorded: false });
  });
  it("rounds down to the cent and never exceeds the percentage", () => {
    expect(withholdingOn(1005, 1250)).toBe(125); // 125.625
    expect(withholdingOn(999, 6000)).toBe(599); // 599.4
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000 }), (gross, bp) => {
        const w = withholdingOn(gross, bp);
        expect(w * 10_000).toBeLessThanOrEqual(gross * bp);
        expect((w + 1) * 10_000).toBeGreaterThan(gross * bp);
      }),
    );
  });
});

const gigArb = fc.record({
  client: fc.integer({ min: 0, max: 4 }),
  model: fc.constantFrom("COMMISSION" as const, "EMPLOYMENT" as const, "PARTNER_EMPLOYER" as const),
  day: fc.integer({ min: 1, max: 28 }),
  minutes: fc.integer({ min: 1, max: 600 }),
  pay: fc.integer({ min: 500, max: 3000 }),
  side: fc.integer({ min: 0, max: 1000 }),
  service: fc.integer({ min: 0, max: 1000 }),
});

describe("a run from random gigs", () => {
  it("lines sum to the totals, each gig is on one line, price = pay + side + service", () => {
    fc.assert(
      fc.property(fc.array(gigArb, { maxLength: 40 }), fc.array(fc.option(fc.integer({ min: 0, max: 6000 })), { minLength: 5, maxLength: 5 }), (gigs, cards) => {
        const input: RunGigInput[] = gigs.map((g, i) => ({
          gigId: `g${i}`,
          clientId: `c${g.client}`,
          workerName: `Worker ${g.client}`,
          contractModel: g.model,
          startsAt: helsinkiInstant(`2026-11-${String(g.day).padStart(2, "0")}`, "10:00"),
          minutes: g.minutes,
          description: "Task",
          rates: { workerPayCents: g.pay, sideCostsCents: g.side, serviceCostsCents: g.service },
        }));
        const details = new Map(
          cards.map((bp, i) => [`c${i}`, bp === null ? undefined : { withholdingBp: bp, taxCardValidFrom: dateColumn("2026-01-01"), taxCardValidTo: null, iban: null }]),
        );
        const run = buildRun(input, details, "2026-12-10");
        const paid = run.lines.flatMap((l) => l.gigs.map((g) => g.gigId));
        expect(new Set(paid).size).toBe(paid.length);
        expect(paid.length + run.partnerGigIds.length).toBe(input.length);
        let gross = 0;
        let side = 0;
        let withheld = 0;
        let net = 0;
        for (const line of run.lines) {
          expect(line.gigs.reduce((s, g) => s + g.grossCents, 0)).toBe(line.grossCents);
          expect(line.gigs.reduce((s, g) => s + g.minutes, 0)).toBe(line.minutes);
          expect(line.grossCents + line.sideCostsCents + line.serviceCostsCents).toBe(line.priceCents);
          for (const g of line.gigs) expect(g.grossCents + g.sideCostsCents + g.serviceCostsCents).toBe(g.priceCents);
          expect(line.netCents + line.withholdingCents).toBe(line.grossCents);
          const card = cards[Number(line.clientId.slice(1))];
          expect(line.withholdingBp).toBe(card ?? NO_TAX_CARD_WITHHOLDING_BP);
          expect(line.taxCardRecorded).toBe(card !== null && card !== undefined);
          gross += line.grossCents;
          side += line.sideCostsCents;
          withheld += line.withholdingCents;
          net += line.netCents;
        }
        expect(run.totals).toEqual({ grossCents: gross, sideCostsCents: side, withholdingCents: withheld, netCents: net });
      }),
    );
  });

  it("a worker with both contract models gets a line for each kind; partner gigs stay out", () => {
    const base = { clientId: "c1", workerName: "Aino A", minutes: 120, description: "Pihatyöt", startsAt: helsinkiInstant("2026-11-03", "09:00") };
    const run = buildRun(
      [
        { ...base, gigId: "a", contractModel: "COMMISSION", rates: COMMISSION },
        { ...base, gigId: "b", contractModel: "EMPLOYMENT", rates: EMPLOYMENT },
        { ...base, gigId: "c", contractModel: "PARTNER_EMPLOYER", rates: EMPLOYMENT },
      ],
      new Map(),
      "2026-12-10",
    );
    expect(run.lines.map((l) => [l.kind, l.grossCents, l.sideCostsCents, l.withholdingCents, l.netCents])).toEqual([
      ["COMMISSION_FEE", 2000, 0, 1200, 800],
      ["WAGES", 2000, 1100, 1200, 800],
    ]);
    expect(run.partnerGigIds).toEqual(["c"]);
  });
});

describe("limit warnings", () => {
  it("lists a worker close to the disability pension limit in the period's month", () => {
    const rows = [{ id: "l1", kind: "DISABILITY_PENSION_EARNINGS" as const, period: "MONTH" as const, amountCents: 88_563, validFrom: dateColumn("2022-08-01"), validTo: null, source: null }];
    const gig = (h: number) => ({ workedAt: helsinkiInstant("2026-11-10", "10:00"), approvedMinutes: h * 60, workerPayCents: 1000, contractModel: "EMPLOYMENT" as const });
    const p = monthPeriod("2026-11");
    const near = limitWarnings([{ clientId: "c", workerName: "A", benefits: ["DISABILITY_PENSION"], gigs: [gig(75)] }], rows, p);
    expect(near[0]?.meters[0]?.meter?.level).toBe("close");
    const below = limitWarnings([{ clientId: "c", workerName: "A", benefits: ["DISABILITY_PENSION"], gigs: [gig(10)] }], rows, p);
    expect(below).toEqual([]);
  });
});

describe("statement and export", () => {
  it("the statement is the stored line, dates as days", () => {
    const doc = payStatementDocument(
      { periodStart: "2026-11-01", periodEnd: "2026-11-30", paymentDate: "2026-12-10", payer: { name: "Työkeskus", businessId: null, streetAddress: null, postalCode: null, city: null } },
      { kind: "WAGES", workerName: "Aino A", grossCents: 2000, withholdingBp: 6000, taxCardRecorded: false, withholdingCents: 1200, netCents: 800, ibanEnding: "0785", gigs: [{ workDate: dateColumn("2026-11-03"), description: "Pihatyöt", minutes: 120, hourlyPayCents: 1000, grossCents: 2000 }] },
      "fi",
    );
    expect(doc.gigs[0]?.workDate).toBe("2026-11-03");
    expect(doc.netCents + doc.withholdingCents).toBe(doc.grossCents);
  });
  it("export amounts are plain decimals", () => {
    expect(centsToDecimal(123456)).toBe("1234.56");
    expect(centsToDecimal(5)).toBe("0.05");
    const rows = exportRows({ periodStart: "2026-11-01", periodEnd: "2026-11-30", paymentDate: "2026-12-10" }, [
      { kind: "WAGES", workerName: "Aino A", minutes: 120, grossCents: 2000, sideCostsCents: 1100, withholdingBp: 1250, taxCardRecorded: true, withholdingCents: 250, netCents: 1750, personalIdentityCode: "131052-308T", iban: "FI2112345600000785" },
    ]);
    expect(rows[0]).toEqual(["2026-11-01", "2026-11-30", "2026-12-10", "Aino A", "131052-308T", "FI2112345600000785", "WAGES", "120", "20.00", "11.00", "12.50", "yes", "2.50", "17.50"]);
  });
});
