// What Finvoice and Peppol say alike about an InvoiceDocument: decimal amounts from cents,
// quantities, VAT categories and party identifiers (ADR 062). Pure.
import type { InvoiceDocument, InvoiceLine } from "./document";

/** 123456 → "1234.56" (or with a decimal comma for Finvoice); exact, from integer cents. */
export function decimal(cents: number, separator: "." | "," = "."): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}${separator}${String(abs % 100).padStart(2, "0")}`;
}

/** Basis points as a percentage without trailing zeros: 2550 → "25.5", 2400 → "24". */
export function percent(bp: number, separator: "." | "," = "."): string {
  const whole = Math.trunc(bp / 100);
  const frac = String(Math.abs(bp % 100)).padStart(2, "0").replace(/0+$/, "");
  return frac ? `${whole}${separator}${frac}` : String(whole);
}

export interface LineQuantity {
  /** A decimal with "." (hours to two decimals, minutes, or pieces). */
  quantity: string;
  /** UN/ECE Rec 20: HUR hour, MIN minute, C62 one (a fee). */
  unitCode: "HUR" | "MIN" | "C62";
  /** The price is per this many units (60 when the quantity is minutes and the price is per hour). */
  baseQuantity: number;
}

/**
 * A line's quantity so that quantity × price ÷ base is the line's net before rounding: whole
 * hours to two decimals when the minutes allow it exactly (a multiple of 3 minutes is 0.05 h),
 * otherwise minutes with the hourly price per 60 minutes. Never a rounded 0.33 h.
 */
export function lineQuantity(line: InvoiceLine): LineQuantity {
  if (line.unitCount !== null) return { quantity: String(line.unitCount * Math.sign(line.netCents || 1)), unitCode: "C62", baseQuantity: 1 };
  if (line.minutes % 3 === 0) return { quantity: decimal((line.minutes * 100) / 60), unitCode: "HUR", baseQuantity: 1 };
  return { quantity: String(line.minutes), unitCode: "MIN", baseQuantity: 60 };
}

/** EN 16931 VAT category (UNCL5305): S standard, O not subject to VAT (the city billing itself). */
export function vatCategory(doc: InvoiceDocument, rateBp: number): "S" | "O" | "Z" {
  if (doc.vatExempt) return "O";
  return rateBp > 0 ? "S" : "Z";
}

/** The fixed reason EN 16931 asks of category O (BR-O-10), with its VATEX code. */
export const NOT_SUBJECT_TO_VAT = { code: "VATEX-EU-O", text: "Kaupungin sisäinen laskutus: ei arvonlisäveroa (not subject to VAT)" } as const;

/**
 * The ISO 6523 scheme of an e-invoice address: an OVT code (0037 + business ID digits + an
 * optional suffix) is 0216; a bare business ID is 0037; anything else (an IBAN-form address)
 * has no scheme we can name.
 */
export function addressScheme(address: string): "0216" | "0037" | null {
  const a = address.replace(/\s/g, "");
  if (/^0037\d{8}\d{0,5}$/.test(a)) return "0216";
  if (/^\d{7}-\d$/.test(a)) return "0037";
  return null;
}

/** The VAT number of a Finnish business ID: "0208201-1" → "FI02082011". */
export function vatNumber(businessId: string): string {
  return `FI${businessId.replace("-", "")}`;
}

/** Distinct order numbers of the lines, in the order they first appear. */
export function orderNumbers(doc: InvoiceDocument): number[] {
  return [...new Set(doc.lines.map((l) => l.orderNumber))];
}

/** Days from the invoice date to the due date (payment terms "14 days net"). */
export function termDays(doc: InvoiceDocument): number {
  return Math.round((Date.parse(`${doc.dueDate}T00:00:00Z`) - Date.parse(`${doc.issueDate}T00:00:00Z`)) / 86_400_000);
}

/** Whether the buyer is asked to pay (a credit note or a zero invoice is not). */
export function isPayable(doc: InvoiceDocument): boolean {
  return doc.kind === "INVOICE" && doc.totals.grossCents > 0;
}
