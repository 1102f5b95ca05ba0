import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateColumn } from "@/lib/dates";
import { vatOn } from "@/lib/money";
import { isValidFinnishReference } from "./reference";
import {
  buyerOf,
  creditLines,
  dueDay,
  invoiceReference,
  invoiceTotals,
  monthPeriod,
  parsePaymentsCsv,
  priceLines,
  sellerOf,
  toInvoiceDocument,
  vatBreakdown,
  type Billable,
} from "./rules";

const vatRates = [
  { rateBp: 2400, validFrom: dateColumn("2013-01-01"), validTo: dateColumn("2024-08-31") },
  { rateBp: 2550, validFrom: dateColumn("2024-09-01"), validTo: null },
];

const work = (workDate: string, minutes: number, unitPriceCents = 2000): Billable => ({
  kind: "WORK",
  workDate,
  description: "Siivous · Maija",
  orderNumber: 1,
  orderId: "o1",
  gigId: `g-${workDate}-${minutes}`,
  minutes,
  unitCount: null,
  unitPriceCents,
  billingKey: null,
});

const day = fc.date({ min: new Date("2024-06-01T00:00:00Z"), max: new Date("2024-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const billable = fc.record({
  workDate: day,
  minutes: fc.integer({ min: 1, max: 12 * 60 }),
  unitPriceCents: fc.integer({ min: 1, max: 10_000 }),
  fee: fc.boolean(),
}).map(({ workDate, minutes, unitPriceCents, fee }): Billable =>
  fee ? { ...work(workDate, 0, unitPriceCents), kind: "CANCELLATION_FEE", unitCount: 1, gigId: null } : work(workDate, minutes, unitPriceCents),
);

describe("priceLines and totals", () => {
  it("charges VAT by each line's own day: a month spanning 1.9.2024 has two VAT rows", () => {
    const lines = priceLines([work("2024-09-02", 120), work("2024-08-30", 90)], vatRates, false);
    if (!Array.isArray(lines)) throw new Error(lines);
    expect(lines.map((l) => [l.lineNo, l.workDate, l.vatRateBp, l.netCents])).toEqual([
      [1, "2024-08-30", 2400, 3000],
      [2, "2024-09-02", 2550, 4000],
    ]);
    const rows = vatBreakdown(lines);
    expect(rows).toEqual([
      { rateBp: 2400, netCents: 3000, vatCents: 720 },
      { rateBp: 2550, netCents: 4000, vatCents: 1020 },
    ]);
    expect(invoiceTotals(rows)).toEqual({ netCents: 7000, vatCents: 1740, grossCents: 8740 });
  });

  it("bills a city unit internally without VAT", () => {
    const lines = priceLines([work("2024-09-02", 60)], vatRates, true);
    if (!Array.isArray(lines)) throw new Error(lines);
    expect(vatBreakdown(lines)).toEqual([{ rateBp: 0, netCents: 2000, vatCents: 0 }]);
  });

  it("refuses a day with no VAT row", () => {
    expect(priceLines([work("2010-01-01", 60)], vatRates, false)).toBe("NO_VAT_RATE");
  });

  it("rounds each line once, half away from zero: 7 min at 14.50 €/h is 1.69 €", () => {
    const lines = priceLines([work("2024-09-02", 7, 1450)], vatRates, false);
    expect(Array.isArray(lines) && lines[0]!.netCents).toBe(169);
  });

  it("property: the lines sum to the net, VAT per rate is the rate's summed net × rate, total = net + VAT", () => {
    fc.assert(
      fc.property(fc.array(billable, { minLength: 1, maxLength: 40 }), fc.boolean(), (items, exempt) => {
        const lines = priceLines(items, vatRates, exempt);
        if (!Array.isArray(lines)) return false;
        const rows = vatBreakdown(lines);
        const totals = invoiceTotals(rows);
        expect(lines.map((l) => l.lineNo)).toEqual(lines.map((_, i) => i + 1));
        expect(lines.reduce((s, l) => s + l.netCents, 0)).toBe(totals.netCents);
        for (const r of rows) {
          const ofRate = lines.filter((l) => l.vatRateBp === r.rateBp);
          expect(r.netCents).toBe(ofRate.reduce((s, l) => s + l.netCents, 0));
          expect(r.vatCents).toBe(vatOn(r.netCents, r.rateBp));
        }
        for (const l of lines) expect(l.vatRateBp).toBe(exempt ? 0 : l.workDate <= "2024-08-31" ? 2400 : 2550);
        expect(totals.grossCents).toBe(totals.netCents + totals.vatCents);
        if (exempt) expect(totals.vatCents).toBe(0);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it("property: a credit note of an invoice cancels it to the cent", () => {
    fc.assert(
      fc.property(fc.array(billable, { minLength: 1, maxLength: 30 }), (items) => {
        const lines = priceLines(items, vatRates, false);
        if (!Array.isArray(lines)) return false;
        const credit = creditLines(lines.map((l, i) => ({ ...l, id: `l${i}` })));
        const a = invoiceTotals(vatBreakdown(lines));
        const b = invoiceTotals(vatBreakdown(credit));
        expect(b.grossCents).toBe(0 - a.grossCents);
        expect(b.vatCents).toBe(0 - a.vatCents);
        return true;
      }),
    );
  });
});

describe("numbers, references and days", () => {
  it("makes a valid Finnish reference from every invoice number", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999 }), (n) => isValidFinnishReference(invoiceReference(n))));
    expect(invoiceReference(1)).toBe(`100001${invoiceReference(1).slice(-1)}`);
  });

  it("due date from the terms' payment days, over a month's end", () => {
    expect(dueDay("2026-11-20", 14)).toBe("2026-12-04");
    expect(dueDay("2024-02-20", 14)).toBe("2024-03-05");
  });

  it("month periods", () => {
    expect(monthPeriod("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(monthPeriod("2024-13")).toBeNull();
  });
});

describe("seller and buyer", () => {
  const jc = { name: "Työkeskus", businessId: "0201256-6", streetAddress: "Katu 1", postalCode: "00100", city: "Helsinki", email: null, phone: null, iban: "FI21 1234 5600 0007 85", bic: "nordfihh" };
  it("needs a business ID, a Finnish IBAN and a BIC", () => {
    expect(sellerOf(jc)).toMatchObject({ iban: "FI2112345600000785", bic: "NORDFIHH" });
    expect(sellerOf({ ...jc, iban: "FI21 1234 5600 0007 86" })).toBe("SELLER_DETAILS_MISSING");
    expect(sellerOf({ ...jc, bic: null })).toBe("SELLER_DETAILS_MISSING");
  });
  it("a city unit billed internally: cost centre as the reference, no VAT", () => {
    const o = { kind: "CITY_UNIT", name: "Kaupunki", businessId: "0201256-6", streetAddress: null, postalCode: null, city: null, email: "a@b.fi", billingEmail: null, phone: null, eInvoiceAddress: null, eInvoiceOperator: null, billingReference: "R1", internalBilling: true, costCentre: "KP-123" };
    expect(buyerOf(o)).toMatchObject({ buyerReference: "KP-123", vatExempt: true });
    expect(buyerOf({ ...o, kind: "COMPANY" })).toMatchObject({ buyerReference: "R1", vatExempt: false });
  });
});

describe("toInvoiceDocument", () => {
  it("rebuilds the document from stored rows", () => {
    const doc = toInvoiceDocument({
      kind: "INVOICE",
      number: 7,
      issueDate: dateColumn("2024-10-01"),
      dueDate: dateColumn("2024-10-15"),
      periodStart: dateColumn("2024-08-30"),
      periodEnd: dateColumn("2024-09-02"),
      locale: "sv",
      seller: { name: "S" },
      buyer: { name: "B" },
      buyerReference: null,
      referenceNumber: invoiceReference(7),
      vatExempt: false,
      notes: null,
      creditedInvoice: null,
      lines: [
        { lineNo: 2, kind: "WORK", workDate: dateColumn("2024-09-02"), description: "b", order: { number: 3 }, gigId: "g2", minutes: 120, unitCount: null, unitPriceCents: 2000, netCents: 4000, vatRateBp: 2550 },
        { lineNo: 1, kind: "WORK", workDate: dateColumn("2024-08-30"), description: "a", order: { number: 3 }, gigId: "g1", minutes: 90, unitCount: null, unitPriceCents: 2000, netCents: 3000, vatRateBp: 2400 },
      ],
    });
    expect(doc.lines.map((l) => l.lineNo)).toEqual([1, 2]);
    expect(doc.number).toBe("7");
    expect(doc.locale).toBe("sv");
    expect(doc.rfReference).toMatch(/^RF\d{2}100007\d$/);
    expect(doc.totals).toEqual({ netCents: 7000, vatCents: 1740, grossCents: 8740 });
  });
});

describe("parsePaymentsCsv", () => {
  it("reads the bank's columns in Finnish, with ; and decimal commas", () => {
    const csv = "Maksupäivä;Summa;Viite;Arkistointitunnus\n3.11.2026;120,50;10000 12;A1\n2026-11-04;10.00;1000012;A2\nhuono;x;y;z\n";
    expect(parsePaymentsCsv(csv)).toEqual({
      rows: [
        { reference: "1000012", amountCents: 12050, paidOn: "2026-11-03", bankRowId: "A1" },
        { reference: "1000012", amountCents: 1000, paidOn: "2026-11-04", bankRowId: "A2" },
      ],
      rejected: [3],
    });
  });
  it("reads English headers with commas; refuses a file without the needed columns", () => {
    expect(parsePaymentsCsv("date,amount,reference\n2026-11-03,5.00,1000012\n")?.rows).toHaveLength(1);
    expect(parsePaymentsCsv("a,b\n1,2\n")).toBeNull();
  });
});
