// One entry point for an invoice's downloads: the bytes, their content type and a file name,
// so the route handlers (and the email with the PDF) say the same thing (ADR 062).
import { invoicesCsv } from "./csv";
import type { InvoiceDocument } from "./document";
import { finvoiceXml } from "./finvoice";
import { peppolUbl } from "./peppol";
import { invoicePdf } from "./pdf";

export const INVOICE_FORMATS = ["pdf", "finvoice", "peppol", "csv"] as const;
export type InvoiceFormat = (typeof INVOICE_FORMATS)[number];

export function isInvoiceFormat(value: unknown): value is InvoiceFormat {
  return typeof value === "string" && (INVOICE_FORMATS as readonly string[]).includes(value);
}

export interface InvoiceOutput {
  body: Uint8Array;
  contentType: string;
  fileName: string;
}

const SUFFIX: Record<InvoiceFormat, string> = { pdf: ".pdf", finvoice: "-finvoice.xml", peppol: "-peppol.xml", csv: ".csv" };
const CONTENT_TYPE: Record<InvoiceFormat, string> = {
  pdf: "application/pdf",
  finvoice: "application/xml; charset=utf-8",
  peppol: "application/xml; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** "lasku-1042.pdf", "hyvityslasku-1043-peppol.xml": ASCII, the same in every language. */
export function invoiceFileName(doc: Pick<InvoiceDocument, "kind" | "number">, format: InvoiceFormat): string {
  const number = doc.number.replace(/[^0-9A-Za-z-]/g, "_");
  return `${doc.kind === "CREDIT_NOTE" ? "hyvityslasku" : "lasku"}-${number}${SUFFIX[format]}`;
}

export async function invoiceOutput(doc: InvoiceDocument, format: InvoiceFormat): Promise<InvoiceOutput> {
  const text = (s: string) => new TextEncoder().encode(s);
  const body =
    format === "pdf" ? await invoicePdf(doc) : format === "finvoice" ? text(finvoiceXml(doc)) : format === "peppol" ? text(await peppolUbl(doc)) : text(invoicesCsv([doc]));
  return { body, contentType: CONTENT_TYPE[format], fileName: invoiceFileName(doc, format) };
}

/** A Content-Disposition header for a download (the names are ASCII, see invoiceFileName). */
export function attachmentHeader(fileName: string): string {
  return `attachment; filename="${fileName.replace(/["\\\r\n]/g, "_")}"`;
}
