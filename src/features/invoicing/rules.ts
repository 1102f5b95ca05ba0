import { parse } from "csv-parse/sync";
import { isValidBusinessId } from "@/features/orderers/rules";
import { dateColumn, dayOfDateColumn, isCalendarDay } from "@/lib/dates";
import { pickValid, type Dated } from "@/lib/dated";
import { centsForMinutes, parseEuros, vatOn } from "@/lib/money";
import type { RuleCode } from "@/server/errors";
import FinnishBankUtils from "finnish-bank-utils";
import type { InvoiceDocument, InvoiceKind, InvoiceLine, InvoiceLineKind, InvoiceLocale, InvoiceParty, InvoiceSeller, VatBreakdown } from "./document";
import { finnishReference, rfReference } from "./reference";

// The money of an invoice (docs/decisions/060-invoices.md): each line's net is rounded once
// (minutes × hourly price, half away from zero); VAT is computed once per rate from the rate's
// summed net (EN 16931 BR-CO-17), never per line; the total is the sum of those. Pure: no Prisma.

/** A gig or fee to bill, before it has a line number. */
export interface Billable {
  kind: InvoiceLineKind;
  /** YYYY-MM-DD (Helsinki): the VAT rate in force on this day applies. */
  workDate: string;
  description: string;
  orderNumber: number;
  orderId: string;
  gigId: string | null;
  minutes: number;
  unitCount: number | null;
  unitPriceCents: number;
  billingKey: string | null;
}

export interface PricedLine extends Billable {
  lineNo: number;
  netCents: number;
  vatRateBp: number;
}

type VatRow = Dated & { rateBp: number };

/** Net of one line: by the hour for work, per unit for a fee. */
export function lineNet(b: Pick<Billable, "minutes" | "unitCount" | "unitPriceCents">): number {
  return b.unitCount != null ? b.unitPriceCents * b.unitCount : centsForMinutes(b.unitPriceCents, b.minutes);
}

/**
 * Prices the lines in work-date order, each at the VAT rate valid on its own day. A city unit
 * billed internally gets 0 % (no VAT line). Returns the rule code when a day has no VAT row.
 */
export function priceLines(items: readonly Billable[], vatRates: readonly VatRow[], vatExempt: boolean): PricedLine[] | RuleCode {
  const sorted = [...items].sort((a, b) => a.workDate.localeCompare(b.workDate) || a.orderNumber - b.orderNumber || a.description.localeCompare(b.description));
  const out: PricedLine[] = [];
  for (const [i, b] of sorted.entries()) {
    let rateBp = 0;
    if (!vatExempt) {
      const row = pickValid(vatRates, dateColumn(b.workDate));
      if (!row) return "NO_VAT_RATE";
      rateBp = row.rateBp;
    }
    out.push({ ...b, lineNo: i + 1, netCents: lineNet(b), vatRateBp: rateBp });
  }
  return out;
}

/** One row per rate, ascending: the rate's VAT from its summed net. */
export function vatBreakdown(lines: readonly { netCents: number; vatRateBp: number }[]): VatBreakdown[] {
  const byRate = new Map<number, number>();
  for (const l of lines) byRate.set(l.vatRateBp, (byRate.get(l.vatRateBp) ?? 0) + l.netCents);
  return [...byRate.entries()].sort(([a], [b]) => a - b).map(([rateBp, netCents]) => ({ rateBp, netCents, vatCents: vatOn(netCents, rateBp) }));
}

export function invoiceTotals(breakdown: readonly VatBreakdown[]): { netCents: number; vatCents: number; grossCents: number } {
  const netCents = breakdown.reduce((s, r) => s + r.netCents, 0);
  const vatCents = breakdown.reduce((s, r) => s + r.vatCents, 0);
  return { netCents, vatCents, grossCents: netCents + vatCents };
}

/** The lines of a credit note: the same lines negated, each naming what it cancels. */
export function creditLines<L extends { id: string; netCents: number; minutes: number; unitCount: number | null }>(lines: readonly L[]) {
  // 0 - x, not -x: a zero line's credit is 0, never -0 (which would compare unequal with Object.is).
  return lines.map((l) => ({ ...l, netCents: 0 - l.netCents, minutes: 0 - l.minutes, unitCount: l.unitCount == null ? null : 0 - l.unitCount, creditsLineId: l.id }));
}

/** The reference of invoice `number` in its Jobcenter's series: "1" + the number (at least 5 digits) + the 7-3-1 check digit. */
export function invoiceReference(number: number): string {
  return finnishReference(`1${String(number).padStart(5, "0")}`);
}

/** The due date: the issue day plus the terms' payment days. */
export function dueDay(issueDay: string, paymentTermDays: number): string {
  // Calendar days, not instants: UTC midnight of the day form has no daylight-saving steps.
  const d = dateColumn(issueDay);
  d.setUTCDate(d.getUTCDate() + paymentTermDays);
  return dayOfDateColumn(d);
}

/** The month a scheduled run on `day` bills: the one that has just ended ("2026-12-01" → "2026-11"). */
export function previousMonth(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

/** The idempotency key of one Jobcenter's scheduled run of a month (ADR 008): a retried job bills once. */
export function monthlyRunKey(jobcenterId: string, month: string): string {
  return `invoices:${jobcenterId}:${month}`;
}

/** A month's run: "2026-11" → its first and last day. */
export function monthPeriod(month: string): { start: string; end: string } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const start = `${m[1]}-${m[2]}-01`;
  const end = `${m[1]}-${m[2]}-${String(last).padStart(2, "0")}`;
  return isCalendarDay(start) && isCalendarDay(end) ? { start, end } : null;
}

export interface SellerDetails {
  name: string;
  businessId: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  iban: string | null;
  bic: string | null;
}

/** The seller on an invoice, or the rule that stops the run: an invoice needs the business ID, IBAN and BIC. */
export function sellerOf(jc: SellerDetails): InvoiceSeller | RuleCode {
  if (!jc.businessId || !jc.iban || !jc.bic || !isValidBusinessId(jc.businessId) || !isValidIban(jc.iban) || !isValidBic(jc.bic)) return "SELLER_DETAILS_MISSING";
  return {
    name: jc.name,
    businessId: jc.businessId,
    streetAddress: jc.streetAddress,
    postalCode: jc.postalCode,
    city: jc.city,
    countryCode: "FI",
    email: jc.email,
    phone: jc.phone,
    eInvoiceAddress: null,
    eInvoiceOperator: null,
    iban: jc.iban.replace(/\s/g, ""),
    bic: jc.bic.toUpperCase(),
  };
}

export function isValidIban(iban: string): boolean {
  return FinnishBankUtils.isValidFinnishIBAN(iban.replace(/\s/g, ""));
}

/** A BIC: 8 or 11 characters (bank, country, location, branch). */
export function isValidBic(bic: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic.toUpperCase());
}

export interface BuyerDetails {
  kind: string;
  name: string;
  businessId: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  billingEmail: string | null;
  phone: string | null;
  eInvoiceAddress: string | null;
  eInvoiceOperator: string | null;
  billingReference: string | null;
  internalBilling: boolean;
  costCentre: string | null;
}

export function buyerOf(o: BuyerDetails): { party: InvoiceParty; buyerReference: string | null; vatExempt: boolean } {
  const internal = o.internalBilling && o.kind === "CITY_UNIT";
  return {
    party: {
      name: o.name,
      businessId: o.kind === "PRIVATE_PERSON" ? null : o.businessId,
      streetAddress: o.streetAddress,
      postalCode: o.postalCode,
      city: o.city,
      countryCode: "FI",
      email: o.billingEmail ?? o.email,
      phone: o.phone,
      eInvoiceAddress: o.eInvoiceAddress,
      eInvoiceOperator: o.eInvoiceOperator,
    },
    buyerReference: internal ? (o.costCentre ?? o.billingReference) : o.billingReference,
    vatExempt: internal,
  };
}

export function asLocale(l: string | null | undefined): InvoiceLocale {
  return l === "sv" || l === "en" ? l : "fi";
}

/** The stored rows of an invoice, as the mutations keep them. */
export interface StoredInvoice {
  kind: InvoiceKind;
  number: number;
  issueDate: Date;
  dueDate: Date;
  periodStart: Date;
  periodEnd: Date;
  locale: string;
  seller: unknown;
  buyer: unknown;
  buyerReference: string | null;
  referenceNumber: string;
  vatExempt: boolean;
  notes: string | null;
  creditedInvoice: { number: number; issueDate: Date } | null;
  lines: {
    lineNo: number;
    kind: InvoiceLineKind;
    workDate: Date;
    description: string;
    order: { number: number };
    gigId: string | null;
    minutes: number;
    unitCount: number | null;
    unitPriceCents: number;
    netCents: number;
    vatRateBp: number;
  }[];
}

/** The document every output is written from, rebuilt from what was stored when it was sent. */
export function toInvoiceDocument(inv: StoredInvoice): InvoiceDocument {
  const lines: InvoiceLine[] = [...inv.lines]
    .sort((a, b) => a.lineNo - b.lineNo)
    .map((l) => ({
      lineNo: l.lineNo,
      kind: l.kind,
      workDate: dayOfDateColumn(l.workDate),
      description: l.description,
      orderNumber: l.order.number,
      gigId: l.gigId,
      minutes: l.minutes,
      unitCount: l.unitCount,
      unitPriceCents: l.unitPriceCents,
      netCents: l.netCents,
      vatRateBp: l.vatRateBp,
    }));
  const breakdown = vatBreakdown(lines);
  return {
    kind: inv.kind,
    number: String(inv.number),
    issueDate: dayOfDateColumn(inv.issueDate),
    dueDate: dayOfDateColumn(inv.dueDate),
    periodStart: dayOfDateColumn(inv.periodStart),
    periodEnd: dayOfDateColumn(inv.periodEnd),
    currency: "EUR",
    locale: asLocale(inv.locale),
    seller: inv.seller as InvoiceSeller,
    buyer: inv.buyer as InvoiceParty,
    buyerReference: inv.buyerReference,
    referenceNumber: inv.referenceNumber,
    rfReference: rfReference(inv.referenceNumber),
    creditedInvoice: inv.creditedInvoice ? { number: String(inv.creditedInvoice.number), issueDate: dayOfDateColumn(inv.creditedInvoice.issueDate) } : null,
    vatExempt: inv.vatExempt,
    lines,
    vatBreakdown: breakdown,
    totals: invoiceTotals(breakdown),
    notes: inv.notes,
  };
}

/** An invoice is paid when its payments reach its total. */
export function isPaidInFull(grossCents: number, paymentsCents: readonly number[]): boolean {
  return paymentsCents.reduce((s, c) => s + c, 0) >= grossCents;
}

// ── the bank's payment file ──

export interface PaymentRow {
  reference: string;
  amountCents: number;
  paidOn: string;
  bankRowId: string | null;
}

const columns = {
  reference: ["viite", "viitenumero", "reference", "referencenumber", "referens"],
  amount: ["summa", "määrä", "maara", "amount", "belopp"],
  date: ["maksupäivä", "maksupaiva", "päivämäärä", "paivamaara", "date", "paymentdate", "betalningsdag", "datum"],
  bankRowId: ["arkistointitunnus", "arkistotunnus", "archiveid", "arkivid"],
} as const;

function norm(h: string): string {
  return h.toLowerCase().replace(/[\s_-]/g, "");
}

/** "2026-11-03", "3.11.2026" → "2026-11-03"; null otherwise. */
export function parsePaymentDay(text: string): string | null {
  const t = text.trim();
  if (isCalendarDay(t)) return t;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (!m) return null;
  const day = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isCalendarDay(day) ? day : null;
}

/**
 * The bank's payment CSV (";" or "," separated, a header row): reference (viite), amount (summa,
 * euros "120,50") and payment date (maksupäivä, 2026-11-03 or 3.11.2026) are required; the
 * archive id (arkistointitunnus) is optional and makes re-importing a file harmless.
 * Rows that cannot be read are returned as `rejected` (1-based data row numbers).
 */
export function parsePaymentsCsv(text: string): { rows: PaymentRow[]; rejected: number[] } | null {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, { delimiter, skip_empty_lines: true, trim: true, bom: true, relax_column_count: true }) as string[][];
  } catch {
    return null;
  }
  const header = (records[0] ?? []).map(norm);
  const find = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const idx = { reference: find(columns.reference), amount: find(columns.amount), date: find(columns.date), bankRowId: find(columns.bankRowId) };
  if (idx.reference < 0 || idx.amount < 0 || idx.date < 0) return null;
  const rows: PaymentRow[] = [];
  const rejected: number[] = [];
  for (const [i, r] of records.slice(1).entries()) {
    const reference = (r[idx.reference] ?? "").replace(/\s/g, "");
    const amountCents = parseEuros(r[idx.amount] ?? "");
    const paidOn = parsePaymentDay(r[idx.date] ?? "");
    const bankRowId = idx.bankRowId >= 0 ? r[idx.bankRowId] || null : null;
    if (!/^\d{2,20}$/.test(reference) || amountCents === null || amountCents <= 0 || !paidOn) rejected.push(i + 1);
    else rows.push({ reference: reference.replace(/^0+/, ""), amountCents, paidOn, bankRowId });
  }
  return { rows, rejected };
}
