import { describe, expect, it } from "vitest";
import { creditNote, spanningInvoice } from "../../../tests/support/invoice-fixtures";
import { attachmentHeader, INVOICE_FORMATS, invoiceFileName, invoiceOutput, isInvoiceFormat } from "./outputs";

describe("invoice outputs", () => {
  it("names the files the same in every language", () => {
    expect(invoiceFileName(spanningInvoice, "pdf")).toBe("lasku-1042.pdf");
    expect(invoiceFileName(creditNote, "peppol")).toBe("hyvityslasku-1043-peppol.xml");
    expect(invoiceFileName({ kind: "INVOICE", number: "12/\"x" }, "csv")).toBe("lasku-12__x.csv");
    expect(attachmentHeader("lasku-1042.pdf")).toBe('attachment; filename="lasku-1042.pdf"');
    expect(isInvoiceFormat("finvoice")).toBe(true);
    expect(isInvoiceFormat("docx")).toBe(false);
  });

  it("makes every format with its content type", async () => {
    for (const format of INVOICE_FORMATS) {
      const out = await invoiceOutput(spanningInvoice, format);
      expect(out.body.length).toBeGreaterThan(100);
      const head = new TextDecoder("utf-8", { ignoreBOM: true }).decode(out.body.slice(0, 40));
      if (format === "pdf") expect(head.startsWith("%PDF-")).toBe(true);
      else if (format === "csv") expect(head.startsWith("\uFEFFlaskun_numero;")).toBe(true);
      else expect(head.startsWith("<?xml")).toBe(true);
      expect(out.contentType).toMatch(format === "pdf" ? /^application\/pdf$/ : /charset=utf-8$/);
    }
  });
});
