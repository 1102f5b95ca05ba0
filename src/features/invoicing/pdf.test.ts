import { PDFDocument } from "pdf-lib";
import { describe, expect, it, vi } from "vitest";
import { PdfWriter } from "@/lib/pdf";
import { allInvoices, creditNote, invoiceFrom, spanningInvoice, workLine } from "../../../tests/support/invoice-fixtures";
import { embeddedFonts } from "../../../tests/support/pdf";
import { invoicePdf, isPayable } from "./pdf";
import { virtualBarCode } from "./reference";

/** The text lines invoicePdf draws (as the font can print them), in order. */
async function drawnText(doc: Parameters<typeof invoicePdf>[0]): Promise<string> {
  const spy = vi.spyOn(PdfWriter.prototype, "drawText");
  await invoicePdf(doc);
  const lines = spy.mock.instances.map((w, i) => (w as unknown as PdfWriter).safe(String(spy.mock.calls[i]![0])));
  spy.mockRestore();
  // Intl writes no-break spaces and a real minus: compared as plain spaces and "-".
  return lines.join("\n").replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");
}

describe("invoicePdf", () => {
  for (const [name, doc] of Object.entries(allInvoices)) {
    it(`writes ${name} with DejaVu (and Noto Sans SC only for a CJK name) embedded and its title and language`, async () => {
      const bytes = await invoicePdf(doc);
      const back = await PDFDocument.load(bytes);
      expect(back.getPageCount()).toBe(1);
      expect(back.getTitle()).toContain(doc.number);
      expect(back.getAuthor()).toBe(doc.seller.name);
      expect(back.getKeywords()).toContain(doc.referenceNumber);
      const fonts = embeddedFonts(back).map((n) => n.replace(/-\d+$/, ""));
      expect(fonts.filter((n) => n.startsWith("DejaVu")).sort()).toEqual(["DejaVuSans", "DejaVuSans-Bold"]);
      expect(fonts.some((n) => n.startsWith("NotoSansSC"))).toBe(/[\u4e00-\u9fff]/.test(JSON.stringify(doc)));
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

  it("prints the payment details, both VAT rates and the bar code of a payable invoice", async () => {
    const text = await drawnText(spanningInvoice);
    for (const expected of ["Lasku 1042", "Eräpäivä", "15.10.2024", "FI21 1234 5600 0007 85", "NDEAFIHH", "KP-4410 / Matti Meikäläinen", "24 %", "25,5 %", "Virtuaaliviivakoodi", virtualBarCode(spanningInvoice.seller.iban, spanningInvoice.totals.grossCents, spanningInvoice.referenceNumber, spanningInvoice.dueDate)!]) {
      expect(text).toContain(expected);
    }
    // Names in any of these scripts print as they are (CJK through Noto Sans SC).
    expect(text).toContain("Lumityöt · 王小明");
    expect(text).toContain("Pihatyöt · Пётр");
    expect(text).toContain("Siivous · محمد");
  });

  it("prints a credit note in Swedish with the invoice it credits and nothing to pay", async () => {
    const text = await drawnText(creditNote);
    expect(text).toContain("Gottgörelse för faktura 1042, daterad 1.10.2024.");
    expect(text).toContain("Det här är en gottgörelse. Du behöver inte betala något.");
    expect(text).not.toContain("Virtuell streckkod");
    expect(text).toContain("-40,16 €");
  });

  it("prints the internal invoice without VAT rows", async () => {
    const text = await drawnText({ ...spanningInvoice, ...{ vatExempt: true, locale: "en" as const } });
    expect(text).toContain("Internal city billing: no VAT is charged.");
    expect(text).not.toContain("Value added tax");
  });

  it("breaks a long invoice onto more pages", async () => {
    const lines = Array.from({ length: 90 }, (_, i) => workLine(`2024-09-${String((i % 28) + 1).padStart(2, "0")}`, `Pihatyöt · Tekijä ${i}`, 60 + i, 3200));
    const back = await PDFDocument.load(await invoicePdf(invoiceFrom(lines)));
    expect(back.getPageCount()).toBeGreaterThan(1);
  });
});
