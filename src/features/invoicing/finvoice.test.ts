import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allInvoices, creditNote, feeLine, internalInvoice, invoiceFrom, privateInvoice, spanningInvoice, workLine } from "../../../tests/support/invoice-fixtures";
import { all, cents, childNames, parseXml, textAt, validateAgainst } from "../../../tests/support/xml";
import { finvoiceXml } from "./finvoice";
import { finnishCheckDigit, isValidFinnishIban } from "./reference";

const XSD = "src/features/invoicing/schemas/finvoice3.0-subset.xsd";

describe("finvoiceXml", () => {
  for (const [name, doc] of Object.entries(allInvoices)) {
    it(`${name} validates against the Finvoice 3.0 schema (subset)`, async () => {
      expect(await validateAgainst(XSD, finvoiceXml(doc))).toEqual([]);
      expect(await validateAgainst(XSD, finvoiceXml(doc, { useRfReference: true }))).toEqual([]);
    });
  }

  it("writes the required blocks in the standard's order", () => {
    const root = parseXml(finvoiceXml(spanningInvoice));
    expect(root.getAttribute("Version")).toBe("3.0");
    expect(childNames(root).filter((n, i, a) => a.indexOf(n) === i)).toEqual([
      "MessageTransmissionDetails",
      "SellerPartyDetails",
      "SellerOrganisationUnitNumber",
      "SellerCommunicationDetails",
      "SellerInformationDetails",
      "InvoiceRecipientLanguageCode",
      "BuyerPartyDetails",
      "BuyerOrganisationUnitNumber",
      "BuyerCommunicationDetails",
      "DeliveryDetails",
      "InvoiceDetails",
      "VirtualBankBarcode",
      "InvoiceRow",
      "EpiDetails",
    ]);
    expect(textAt(root, "MessageTransmissionDetails/MessageSenderDetails/FromIdentifier")).toBe("003702082011");
    expect(textAt(root, "MessageTransmissionDetails/MessageSenderDetails/FromIntermediator")).toBe("003721291126");
    expect(textAt(root, "MessageTransmissionDetails/MessageReceiverDetails/ToIdentifier")).toBe("003726174164");
    expect(textAt(root, "MessageTransmissionDetails/MessageReceiverDetails/ToIntermediator")).toBe("E204503");
    expect(textAt(root, "InvoiceDetails/InvoiceTypeCode")).toBe("INV01");
    expect(textAt(root, "InvoiceDetails/BuyerReferenceIdentifier")).toBe("KP-4410 / Matti Meikäläinen");
    expect(textAt(root, "SellerPartyDetails/SellerOrganisationTaxCode")).toBe("FI02082011");
  });

  it("is refused by the schema when an element is out of order (the subset bites)", async () => {
    const xml = finvoiceXml(spanningInvoice);
    const swapped = xml.replace(/(<InvoiceNumber>[^<]*<\/InvoiceNumber>)(\s*)(<InvoiceDate[^>]*>[^<]*<\/InvoiceDate>)/, "$3$2$1");
    expect(swapped).not.toBe(xml);
    expect((await validateAgainst(XSD, swapped)).join("\n")).toMatch(/InvoiceDate/);
  });

  it("has VAT per rate across the VAT change and sums that match the document", () => {
    const root = parseXml(finvoiceXml(spanningInvoice));
    const vat = all(root, "InvoiceDetails/VatSpecificationDetails");
    expect(vat.map((v) => textAt(v, "VatRatePercent"))).toEqual(["24", "25,5"]);
    expect(vat.map((v) => textAt(v, "VatCode"))).toEqual(["S", "S"]);
    for (const [i, v] of vat.entries()) {
      expect(cents(textAt(v, "VatBaseAmount"))).toBe(spanningInvoice.vatBreakdown[i]!.netCents);
      expect(cents(textAt(v, "VatRateAmount"))).toBe(spanningInvoice.vatBreakdown[i]!.vatCents);
    }
    const rows = all(root, "InvoiceRow");
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => textAt(r, "RowVatRatePercent"))).toEqual(["24", "24", "25,5", "25,5", "25,5", "25,5"]);
    expect(textAt(rows[5]!, "InvoicedQuantity")).toBe("1");
    expect(rows[5]!.getElementsByTagName("InvoicedQuantity")[0]!.getAttribute("QuantityUnitCodeUN")).toBe("C62");
    expect(textAt(rows[0]!, "InvoicedQuantity")).toBe("4,00");
    expect(textAt(rows[3]!, "InvoicedQuantity")).toBe("125");
    expect(textAt(rows[3]!, "UnitPriceBaseQuantity")).toBe("60");
  });

  it("carries the virtual bar code of a payable invoice, none on a credit note", () => {
    const code = textAt(parseXml(finvoiceXml(spanningInvoice)), "VirtualBankBarcode");
    expect(code).toMatch(/^4\d{53}$/);
    expect(textAt(parseXml(finvoiceXml(spanningInvoice, { useRfReference: true })), "VirtualBankBarcode")).toMatch(/^5\d{53}$/);
    expect(childNames(parseXml(finvoiceXml(creditNote)))).not.toContain("VirtualBankBarcode");
  });

  it("credits with INV02, negative amounts and the original's number", () => {
    const root = parseXml(finvoiceXml(creditNote));
    expect(textAt(root, "InvoiceDetails/InvoiceTypeCode")).toBe("INV02");
    expect(textAt(root, "InvoiceDetails/InvoiceTypeText")).toBe("KREDITNOTA");
    expect(textAt(root, "InvoiceDetails/OriginalInvoiceNumber")).toBe("1042");
    expect(textAt(root, "InvoiceDetails/OriginalInvoiceDate")).toBe("20241001");
    expect(textAt(root, "InvoiceDetails/InvoiceTotalVatIncludedAmount")).toBe("-40,16");
    expect(textAt(root, "EpiDetails/EpiPaymentInstructionDetails/EpiInstructedAmount")).toBe("-40,16");
  });

  it("bills a city unit without VAT (category O with its reason)", () => {
    const root = parseXml(finvoiceXml(internalInvoice));
    const [vat] = all(root, "InvoiceDetails/VatSpecificationDetails");
    expect(textAt(vat!, "VatCode")).toBe("O");
    expect(textAt(vat!, "VatRateAmount")).toBe("0,00");
    expect(textAt(vat!, "VatExemptionReasonCode")).toBe("VATEX-EU-O");
    expect(textAt(root, "InvoiceDetails/InvoiceTotalVatAmount")).toBe("0,00");
    expect(textAt(root, "InvoiceDetails/BuyerReferenceIdentifier")).toBe("Kustannuspaikka 4410-200");
  });

  it("leaves out the operator header when the buyer has no e-invoice address", () => {
    const root = parseXml(finvoiceXml(privateInvoice));
    expect(childNames(root)).not.toContain("MessageTransmissionDetails");
    expect(childNames(root)).not.toContain("BuyerOrganisationUnitNumber");
    expect(textAt(root, "BuyerPartyDetails/BuyerOrganisationName")).toBe("Пётр Ильич Чайковский");
  });

  it("pays to a valid IBAN with a reference whose check digit holds (SPY, or ISO for RF)", () => {
    const spy = parseXml(finvoiceXml(spanningInvoice));
    const ref = textAt(spy, "EpiDetails/EpiPaymentInstructionDetails/EpiRemittanceInfoIdentifier");
    expect(spy.getElementsByTagName("EpiRemittanceInfoIdentifier")[0]!.getAttribute("IdentificationSchemeName")).toBe("SPY");
    expect(Number(ref.at(-1))).toBe(finnishCheckDigit(ref.slice(0, -1)));
    expect(isValidFinnishIban(textAt(spy, "EpiDetails/EpiPartyDetails/EpiBeneficiaryPartyDetails/EpiAccountID"))).toBe(true);
    const iso = parseXml(finvoiceXml(spanningInvoice, { useRfReference: true }));
    const rf = textAt(iso, "EpiDetails/EpiPaymentInstructionDetails/EpiRemittanceInfoIdentifier");
    expect(iso.getElementsByTagName("EpiRemittanceInfoIdentifier")[0]!.getAttribute("IdentificationSchemeName")).toBe("ISO");
    // ISO 11649: move RF and the check digits to the end, letters to numbers, mod 97 is 1.
    const moved = `${rf.slice(4)}${rf.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
    expect(BigInt(moved) % 97n).toBe(1n);
  });

  it("escapes what XML must escape and drops what it forbids", async () => {
    const doc = invoiceFrom([workLine("2024-09-02", `Työ <b>"&"</b> 'x' \u0001`, 60, 3000)], {
      buyer: { ...spanningInvoice.buyer, name: "A & B <Oy>" },
      notes: "Rivi 1 & 2 < 3",
    });
    const xml = finvoiceXml(doc);
    expect(await validateAgainst(XSD, xml)).toEqual([]);
    const root = parseXml(xml);
    expect(textAt(root, "BuyerPartyDetails/BuyerOrganisationName")).toBe("A & B <Oy>");
    expect(textAt(root, "InvoiceRow/ArticleName")).toBe(`Työ <b>"&"</b> 'x'`);
  });

  it("rows and VAT rows sum to the totals for any lines (property)", async () => {
    const line = fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      minutes: fc.integer({ min: 1, max: 720 }),
      price: fc.integer({ min: 1, max: 20_000 }),
      fee: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean(), async (lines, exempt) => {
        const doc = invoiceFrom(
          lines.map((l) => {
            const day = new Date(Date.UTC(2024, 7, 1 + l.day)).toISOString().slice(0, 10);
            return l.fee ? feeLine(day, "Peruutusmaksu", l.price) : workLine(day, "Työ · Åsa", l.minutes, l.price);
          }),
          { vatExempt: exempt },
        );
        const xml = finvoiceXml(doc);
        const root = parseXml(xml);
        const rows = all(root, "InvoiceRow").map((r) => cents(textAt(r, "RowVatExcludedAmount")));
        const vat = all(root, "InvoiceDetails/VatSpecificationDetails");
        const net = cents(textAt(root, "InvoiceDetails/InvoiceTotalVatExcludedAmount"));
        const tax = cents(textAt(root, "InvoiceDetails/InvoiceTotalVatAmount"));
        const gross = cents(textAt(root, "InvoiceDetails/InvoiceTotalVatIncludedAmount"));
        expect(rows.reduce((s, c) => s + c, 0)).toBe(net);
        expect(vat.reduce((s, v) => s + cents(textAt(v, "VatBaseAmount")), 0)).toBe(net);
        expect(vat.reduce((s, v) => s + cents(textAt(v, "VatRateAmount")), 0)).toBe(tax);
        expect(net + tax).toBe(gross);
        expect(gross).toBe(doc.totals.grossCents);
        expect(cents(textAt(root, "EpiDetails/EpiPaymentInstructionDetails/EpiInstructedAmount"))).toBe(gross);
      }),
      { numRuns: 60 },
    );
    // One random document through the schema too (xmllint is slow to start per call).
    const doc = invoiceFrom([workLine("2024-08-31", "x", 7, 1), feeLine("2024-09-01", "y", 99_999)]);
    expect(await validateAgainst(XSD, finvoiceXml(doc))).toEqual([]);
  });
});
