// The one shape of an invoice or credit note that every output is written from: the PDF,
// Finvoice 3.0, Peppol BIS Billing 3.0 (EN 16931 UBL) and the finance system's CSV. The run
// (invoicing/mutations.ts) stores what it sent and rebuilds this from the stored rows, so an
// output made a year later says exactly what the first one said. Pure data: no Prisma, no I/O.

export type InvoiceKind = "INVOICE" | "CREDIT_NOTE";
export type InvoiceLocale = "fi" | "sv" | "en";
export type InvoiceLineKind = "WORK" | "CANCELLATION_FEE" | "CORRECTION";

export interface InvoiceParty {
  name: string;
  /** Finnish business ID (Y-tunnus) "1234567-8"; null for a private person. */
  businessId: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  /** ISO 3166-1 alpha-2; "FI" unless known otherwise. */
  countryCode: string;
  email: string | null;
  phone: string | null;
  /** E-invoice address (OVT code such as 003712345678, or an IBAN-form address) and its operator's code. */
  eInvoiceAddress: string | null;
  eInvoiceOperator: string | null;
}

export interface InvoiceSeller extends InvoiceParty {
  iban: string;
  bic: string;
}

export interface InvoiceLine {
  /** 1, 2, 3 … in the order printed. */
  lineNo: number;
  kind: InvoiceLineKind;
  /** The work day (YYYY-MM-DD, Helsinki): the VAT rate is the one valid on this day. */
  workDate: string;
  /** E.g. "Pihatyöt · Maija" — the task and the worker's first name, never more of the worker. */
  description: string;
  orderNumber: number;
  gigId: string | null;
  /** Quantity in minutes (hours = minutes / 60). A fee line: 0 minutes and quantity 1 (see `unitCount`). */
  minutes: number;
  /** 1 for a fee line; null for a line priced by the hour. */
  unitCount: number | null;
  /** Per hour (or per unit for a fee), VAT 0 %, in cents. */
  unitPriceCents: number;
  /** The line's own net in cents, rounded once (ADR on invoice rounding); negative on a credit note. */
  netCents: number;
  /** Basis points: 2550 = 25.5 %. 0 with `vatExempt` for internal city billing. */
  vatRateBp: number;
}

/** One row per VAT rate: the rate's tax is computed once from the rate's summed net (EN 16931 BR-CO-17). */
export interface VatBreakdown {
  rateBp: number;
  netCents: number;
  vatCents: number;
}

export interface InvoiceDocument {
  kind: InvoiceKind;
  /** The gapless number within the seller Jobcenter's series, as printed, e.g. "1042". */
  number: string;
  issueDate: string; // YYYY-MM-DD
  dueDate: string; // YYYY-MM-DD
  periodStart: string; // YYYY-MM-DD, the first work day the invoice covers
  periodEnd: string; // YYYY-MM-DD
  currency: "EUR";
  locale: InvoiceLocale;
  seller: InvoiceSeller;
  buyer: InvoiceParty;
  /** The orderer's reference or cost centre (EN 16931 BT-10); null when none was given. */
  buyerReference: string | null;
  /** Finnish reference number (viitenumero) with its 7-3-1 check digit, digits only. */
  referenceNumber: string;
  /** The same reference in the international RF form (ISO 11649), e.g. "RF71 1234 5612 3456". */
  rfReference: string;
  /** A credit note names the invoice it corrects. */
  creditedInvoice: { number: string; issueDate: string } | null;
  /** A city unit billed internally: no VAT is charged (the admin decides per orderer). */
  vatExempt: boolean;
  lines: InvoiceLine[];
  vatBreakdown: VatBreakdown[];
  totals: { netCents: number; vatCents: number; grossCents: number };
  /** Free text printed on the invoice, e.g. the payment terms. */
  notes: string | null;
}
