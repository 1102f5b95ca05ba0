// The one shape of a worker's pay statement (palkka- tai palkkiolaskelma) that its PDF and the
// client's "My money" page are written from. The pay run (payroll/mutations.ts) stores the run's
// lines; this is rebuilt from them, so a statement opened later says what was paid. Pure data.

export type PayKind = "COMMISSION_FEE" | "WAGES";

export interface PayStatementGig {
  workDate: string; // YYYY-MM-DD, Helsinki
  /** The task as the client knows it, e.g. "Pihatyöt, Siisti Oy". */
  description: string;
  minutes: number;
  /** Per hour, in cents, before withholding. */
  hourlyPayCents: number;
  grossCents: number;
}

export interface PayStatementDocument {
  locale: "fi" | "sv" | "en";
  /** The payer: the Jobcenter (or its organisation) with its business ID. */
  payer: { name: string; businessId: string | null; streetAddress: string | null; postalCode: string | null; city: string | null };
  /** The worker's full name: the statement is the worker's own document. */
  workerName: string;
  periodStart: string; // YYYY-MM-DD
  periodEnd: string; // YYYY-MM-DD
  paymentDate: string; // YYYY-MM-DD
  kind: PayKind;
  gigs: PayStatementGig[];
  grossCents: number;
  /** Basis points of the tax card's withholding percentage (6000 = 60 % when no tax card is recorded). */
  withholdingBp: number;
  taxCardRecorded: boolean;
  withholdingCents: number;
  /** Gross − withholding: what reaches the worker's account. */
  netCents: number;
  /** The last four characters of the account, never the whole IBAN on a phone screen. */
  ibanEnding: string | null;
}
