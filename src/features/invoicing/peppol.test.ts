import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allInvoices, creditNote, feeLine, internalInvoice, invoiceFrom, privateInvoice, spanningInvoice, workLine } from "../../../tests/support/invoice-fixtures";
import { all, cents, childNames, parseXml, textAt } from "../../../tests/support/xml";
import { PEPPOL_CUSTOMIZATION_ID, peppolEndpoint, peppolUbl } from "./peppol";
import { finnishCheckDigit } from "./reference";

// The UBL 2.1 Invoice schema's order of the top-level elements BIS 3 uses.
const UBL_ORDER = [
  "CustomizationID", "ProfileID", "ID", "IssueDate", "DueDate", "InvoiceTypeCode", "CreditNoteTypeCode", "Note",
  "DocumentCurrencyCode", "BuyerReference", "InvoicePeriod", "OrderReference", "BillingReference",
  "AccountingSupplierParty", "AccountingCustomerParty", "PaymentMeans", "PaymentTerms", "TaxTotal",
  "LegalMonetaryTotal", "InvoiceLine", "CreditNoteLine",
];

function inOrder(names: string[]): boolean {
  const idx = names.map((n) => UBL_ORDER.indexOf(n));
  return idx.every((i, k) => i >= 0 && (k === 0 || i >= idx[k - 1]!));
}

describe("peppolUbl", () => {
  for (const [name, doc] of Object.entries(allInvoices)) {
    it(`${name} passes the library's own validation, in UBL's element order`, async () => {
      const root = parseXml(await peppolUbl(doc));
      expect(root.localName).toBe(doc.kind === "CREDIT_NOTE" ? "CreditNote" : "Invoice");
      expect(inOrder(childNames(root))).toBe(true);
      expect(textAt(root, "CustomizationID")).toBe(PEPPOL_CUSTOMIZATION_ID);
      expect(textAt(root, "BuyerReference")).not.toBe("");
    });
  }

  it("is refused by the library when the data break its schema", async () => {
    await expect(peppolUbl({ ...spanningInvoice, buyer: { ...spanningInvoice.buyer, countryCode: "XX" } })).rejects.toThrow();
  });

  it("has one VAT row per rate across the VAT change, sums equal to the document", async () => {
    const root = parseXml(await peppolUbl(spanningInvoice));
    const subtotals = all(root, "TaxTotal/TaxSubtotal");
    expect(subtotals.map((s) => textAt(s, "TaxCategory/Percent"))).toEqual(["24", "25.5"]);
    expect(subtotals.map((s) => cents(textAt(s, "TaxAmount")))).toEqual(spanningInvoice.vatBreakdown.map((v) => v.vatCents));
    expect(cents(textAt(root, "LegalMonetaryTotal/PayableAmount"))).toBe(spanningInvoice.totals.grossCents);
    expect(textAt(root, "AccountingSupplierParty/Party/EndpointID")).toBe("003702082011");
    expect(at(root, "AccountingSupplierParty/Party/EndpointID").getAttribute("schemeID")).toBe("0216");
    const means = at(root, "PaymentMeans");
    expect(textAt(means, "PaymentMeansCode")).toBe("58");
    expect(textAt(means, "PayeeFinancialAccount/ID")).toBe("FI2112345600000785");
    const ref = textAt(means, "PaymentID");
    expect(Number(ref.at(-1))).toBe(finnishCheckDigit(ref.slice(0, -1)));
    const minutesLine = all(root, "InvoiceLine")[3]!;
    expect(at(minutesLine, "InvoicedQuantity").getAttribute("unitCode")).toBe("MIN");
    expect(textAt(minutesLine, "Price/BaseQuantity")).toBe("60");
  });

  it("writes a credit note as a UBL CreditNote with positive amounts and the invoice it credits", async () => {
    const root = parseXml(await peppolUbl(creditNote));
    expect(textAt(root, "CreditNoteTypeCode")).toBe("381");
    expect(textAt(root, "BillingReference/InvoiceDocumentReference/ID")).toBe("1042");
    expect(cents(textAt(root, "LegalMonetaryTotal/PayableAmount"))).toBe(-creditNote.totals.grossCents);
    expect(textAt(root, "CreditNoteLine/CreditedQuantity")).toBe("1.00");
  });

  it("moves a negative price's sign onto the quantity (BR-27)", async () => {
    const line = { ...workLine("2024-09-02", "Hyvitys", 60, 3200), unitPriceCents: -3200, netCents: -3200 };
    const root = parseXml(await peppolUbl(invoiceFrom([workLine("2024-09-02", "Työ", 120, 3200), line])));
    const second = all(root, "InvoiceLine")[1]!;
    expect(textAt(second, "InvoicedQuantity")).toBe("-1.00");
    expect(textAt(second, "Price/PriceAmount")).toBe("32.00");
    expect(textAt(second, "LineExtensionAmount")).toBe("-32.00");
  });

  it("bills a city unit as not subject to VAT (O): no rate, a reason, no seller VAT number", async () => {
    const root = parseXml(await peppolUbl(internalInvoice));
    const category = at(root, "TaxTotal/TaxSubtotal/TaxCategory");
    expect(textAt(category, "ID")).toBe("O");
    expect(childNames(category)).not.toContain("Percent");
    expect(textAt(category, "TaxExemptionReasonCode")).toBe("VATEX-EU-O");
    expect(childNames(at(root, "AccountingSupplierParty/Party"))).not.toContain("PartyTaxScheme");
    expect(textAt(root, "BuyerReference")).toBe("Kustannuspaikka 4410-200");
  });

  it("falls back to the order number for BT-10 and to an email endpoint for a private person", async () => {
    const root = parseXml(await peppolUbl(privateInvoice));
    expect(textAt(root, "BuyerReference")).toBe("Tilaus 5001");
    expect(peppolEndpoint(privateInvoice.buyer)).toEqual({ id: "petr@example.fi", scheme: "EM" });
    expect(peppolEndpoint({ ...privateInvoice.buyer, eInvoiceAddress: null, businessId: "2617416-4" })).toEqual({ id: "2617416-4", scheme: "0037" });
  });

  it("lines and VAT rows sum to the totals for any lines (property)", async () => {
    const line = fc.record({ day: fc.integer({ min: 0, max: 60 }), minutes: fc.integer({ min: 1, max: 720 }), price: fc.integer({ min: 1, max: 20_000 }), fee: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 10 }), fc.boolean(), async (lines, exempt) => {
        const doc = invoiceFrom(
          lines.map((l) => {
            const day = new Date(Date.UTC(2024, 7, 1 + l.day)).toISOString().slice(0, 10);
            return l.fee ? feeLine(day, "Peruutusmaksu", l.price) : workLine(day, "Työ", l.minutes, l.price);
          }),
          { vatExempt: exempt },
        );
        const root = parseXml(await peppolUbl(doc));
        const lineSum = all(root, "InvoiceLine").reduce((s, l) => s + cents(textAt(l, "LineExtensionAmount")), 0);
        const total = at(root, "LegalMonetaryTotal");
        expect(lineSum).toBe(cents(textAt(total, "LineExtensionAmount")));
        const tax = all(root, "TaxTotal/TaxSubtotal").reduce((s, t) => s + cents(textAt(t, "TaxAmount")), 0);
        expect(tax).toBe(cents(textAt(root, "TaxTotal/TaxAmount")));
        expect(cents(textAt(total, "TaxExclusiveAmount")) + tax).toBe(cents(textAt(total, "TaxInclusiveAmount")));
        expect(cents(textAt(total, "PayableAmount"))).toBe(doc.totals.grossCents);
        // PEPPOL-EN16931-R120: quantity × price ÷ base quantity is the line net (within rounding).
        for (const l of all(root, "InvoiceLine")) {
          const q = Number(textAt(l, "InvoicedQuantity"));
          const price = Number(textAt(l, "Price/PriceAmount"));
          const base = all(l, "Price/BaseQuantity").length ? Number(textAt(l, "Price/BaseQuantity")) : 1;
          expect(Math.abs((q * price) / base - Number(textAt(l, "LineExtensionAmount")))).toBeLessThanOrEqual(0.005 + 1e-9);
        }
      }),
      // Each generate() compiles the library's JSON schema (~0.3 s): fewer runs than elsewhere.
      { numRuns: 15 },
    );
  }, 60_000);
});

function at(el: Element, path: string): Element {
  return all(el, path)[0]!;
}
