import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { allInvoices, creditNote, invoiceFrom, spanningInvoice, workLine } from "../../../tests/support/invoice-fixtures";
import { embeddedFonts } from "../../../tests/support/pdf";
import { invoicePdf, isPayable } from "./pdf";

describe("invoicePdf", () => {
  for (const [name, doc] of Object.entries(allInvoices)) {
    it(`writes ${name} with DejaVu embedded and its title and language`, async () => {
      const bytes = await invoicePdf(doc);
      const back = await PDFDocument.load(bytes);
      expect(back.getPageCount()).toBe(1);
      expect(back.getTitle()).toContain(doc.number);
      expect(back.getAuthor()).toBe(doc.seller.name);
      expect(back.getKeywords()).toContain(doc.referenceNumber);
      expect(embeddedFonts(back).map((n) => n.replace(/-\d+$/, "")).sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
    });
  }

  it("titles the document in the buyer's language", async () => {
    expect((await PDFDocument.load(await invoicePdf(spanningInvoice))).getTitle()).toBe("Lasku 1042");
    expect((await PDFDocument.load(await invoicePdf(creditNote))).getTitle()).toBe("Kreditnota 1043");
    expect((await PDFDocument.load(await invoicePdf({ ...spanningInvoice, locale: "en" }))).getTitle()).toBe("Invoice 1042");
  });

  it("asks for payment only on a payable invoice", () => {
    expect(isPayable(spanningInvoice)).toBe(true);
    expect(isPayable(creditNote)).toBe(false);
  });

  it("breaks a long invoice onto more pages", async () => {
    const lines = Array.from({ length: 90 }, (_, i) => workLine(`2024-09-${String((i % 28) + 1).padStart(2, "0")}`, `Pihatyöt · Tekijä ${i}`, 60 + i, 3200));
    const back = await PDFDocument.load(await invoicePdf(invoiceFrom(lines)));
    expect(back.getPageCount()).toBeGreaterThan(1);
  });
});
