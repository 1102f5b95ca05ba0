import type { BenefitType, ContractModel } from "@/generated/prisma/enums";
import { limitMeters, summariseEarnings, type EarningGig, type LimitMeter, type LimitRow } from "@/features/benefits/rules";
import { isValidOn } from "@/lib/dated";
import { addHelsinkiDays, dateColumn, dayKey, helsinkiInstant } from "@/lib/dates";
import { centsForMinutes } from "@/lib/money";
import FinnishBankUtils from "finnish-bank-utils";
import type { PayKind, PayStatementDocument } from "./document";

// Pay runs: approved minutes × the worker pay of the price list, by contract model, with the
// tax card's withholding. Pure; see docs/decisions/063-pay-runs.md.

// ───── the worker's identifiers ─────

const HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const CENTURY: Record<string, number> = { "+": 1800, "-": 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900, A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000 };

/** Normalised henkilötunnus (upper case, no spaces), or the input as it was. */
export function normalisePersonalIdentityCode(code: string): string {
  return code.replace(/\s+/g, "").toUpperCase();
}

/**
 * A Finnish personal identity code: DDMMYY, the century sign (+, - or Y–U for the 1900s, A–F for
 * the 2000s since 2023), a three-digit individual number and the check character
 * (DDMMYYNNN mod 31). The birth date must be a real day.
 */
export function isValidPersonalIdentityCode(input: string): boolean {
  const code = normalisePersonalIdentityCode(input);
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(code);
  if (!m) return false;
  const [, dd, mm, yy, sign, nnn, check] = m as unknown as [string, string, string, string, string, string, string];
  const century = CENTURY[sign];
  if (century === undefined) return false;
  const year = century + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) return false;
  if (Number(nnn) < 2) return false;
  return HETU_CHECK[Number(`${dd}${mm}${yy}${nnn}`) % 31] === check;
}

export function normaliseIban(iban: string): string {
  return iban.replace(/\s+/g, "").toUpperCase();
}

/** A Finnish IBAN (FI + 16 digits, both check digits right), by finnish-bank-utils. */
export function isValidIban(iban: string): boolean {
  return FinnishBankUtils.isValidFinnishIBAN(normaliseIban(iban));
}

/** "FI21 1234 5600 0007 85" → "0785": what a phone screen or a statement shows. */
export function ibanEnding(iban: string | null | undefined): string | null {
  if (!iban) return null;
  const n = normaliseIban(iban);
  return n.length >= 4 ? n.slice(-4) : null;
}

/** "131052-308T" → "131052-****": for staff pages that do not need the whole code. */
export function maskPersonalIdentityCode(code: string | null | undefined): string | null {
  if (!code) return null;
  return `${code.slice(0, 7)}****`;
}

// ───── periods ─────

export interface PayPeriod {
  /** YYYY-MM-DD, the first day of the month */
  start: string;
  /** YYYY-MM-DD, the last day of the month */
  end: string;
}

/** "2026-11" → 1.11.–30.11.2026 (Helsinki calendar days). */
export function monthPeriod(month: string): PayPeriod {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) throw new RangeError(`not a month: ${month}`);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${String(last).padStart(2, "0")}` };
}

/** The first Helsinki instant after the period: gigs that start before it belong to the period or earlier. */
export function periodEndInstant(p: PayPeriod): Date {
  return addHelsinkiDays(helsinkiInstant(p.end), 1);
}

/** A month may be paid once it is over in Helsinki. */
export function periodEnded(p: PayPeriod, now: Date): boolean {
  return now.getTime() >= periodEndInstant(p).getTime();
}

/** The default payment day: the 10th of the following month. */
export function defaultPaymentDate(p: PayPeriod): string {
  const [y, m] = p.start.split("-").map(Number) as [number, number];
  const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
  return `${next.y}-${String(next.m).padStart(2, "0")}-10`;
}

// ───── money ─────

/** Which kind of pay a contract model is in the Jobcenter's run; null: somebody else pays. */
export function payKindFor(model: ContractModel): PayKind | null {
  switch (model) {
    case "COMMISSION":
      return "COMMISSION_FEE";
    case "EMPLOYMENT":
      return "WAGES";
    case "PARTNER_EMPLOYER":
      // The partner association employs the worker and pays the wage (domain brief).
      return null;
  }
}

export interface PriceRates {
  workerPayCents: number;
  sideCostsCents: number;
  serviceCostsCents: number;
}

export interface GigPay {
  grossCents: number;
  sideCostsCents: number;
  serviceCostsCents: number;
  /** the list price of the gig: what the orderer pays before VAT at the list's unit price */
  priceCents: number;
}

/**
 * One gig's money. The price and the worker's pay are each rounded once (half away from zero,
 * as the invoice rounds its line); side costs only for wages; the service costs are what is left,
 * so that pay + side costs + service costs = price to the cent on every gig.
 */
export function gigPay(kind: PayKind, rates: PriceRates, minutes: number): GigPay {
  const side = kind === "WAGES" ? rates.sideCostsCents : 0;
  const unitPrice = rates.workerPayCents + side + rates.serviceCostsCents;
  const priceCents = centsForMinutes(unitPrice, minutes);
  const grossCents = centsForMinutes(rates.workerPayCents, minutes);
  const sideCostsCents = centsForMinutes(side, minutes);
  return { grossCents, sideCostsCents, serviceCostsCents: priceCents - grossCents - sideCostsCents, priceCents };
}

/** Finnish rule when no tax card is known: 60 % withheld. */
export const NO_TAX_CARD_WITHHOLDING_BP = 6000;

export interface TaxCard {
  withholdingBp: number | null;
  taxCardValidFrom: Date | null;
  taxCardValidTo: Date | null;
}

/** The withholding percentage on the payment day: the tax card's when valid, else 60 %. */
export function withholdingRate(card: TaxCard | null, paymentDay: string): { bp: number; recorded: boolean } {
  if (!card || card.withholdingBp === null || !card.taxCardValidFrom) return { bp: NO_TAX_CARD_WITHHOLDING_BP, recorded: false };
  if (!isValidOn({ validFrom: card.taxCardValidFrom, validTo: card.taxCardValidTo }, dateColumn(paymentDay))) {
    return { bp: NO_TAX_CARD_WITHHOLDING_BP, recorded: false };
  }
  return { bp: card.withholdingBp, recorded: true };
}

/**
 * Withholding on a line's gross pay, rounded down to the cent: never more than the percentage
 * (the employer may not over-withhold), and once per line, not per gig.
 */
export function withholdingOn(grossCents: number, bp: number): number {
  if (grossCents <= 0) return 0;
  return Number((BigInt(grossCents) * BigInt(bp)) / 10_000n);
}

// ───── building a run ─────

export interface RunGigInput {
  gigId: string;
  clientId: string;
  workerName: string;
  contractModel: ContractModel;
  startsAt: Date;
  minutes: number;
  description: string;
  rates: PriceRates;
}

export interface RunGigOut extends GigPay {
  gigId: string;
  workDate: string;
  description: string;
  minutes: number;
  hourlyPayCents: number;
}

export interface RunLineOut {
  clientId: string;
  kind: PayKind;
  workerName: string;
  minutes: number;
  grossCents: number;
  sideCostsCents: number;
  serviceCostsCents: number;
  priceCents: number;
  withholdingBp: number;
  taxCardRecorded: boolean;
  withholdingCents: number;
  netCents: number;
  ibanEnding: string | null;
  gigs: RunGigOut[];
}

export interface RunTotals {
  grossCents: number;
  sideCostsCents: number;
  withholdingCents: number;
  netCents: number;
}

export interface BuiltRun {
  lines: RunLineOut[];
  totals: RunTotals;
  /** gigs of the partner model: the partner association pays them, not this run */
  partnerGigIds: string[];
}

/**
 * Groups gigs into one line per worker and kind of pay, with the withholding of the worker's
 * tax card on the payment day. Gigs of the partner model stay out (listed as such).
 */
export function buildRun(
  gigs: readonly RunGigInput[],
  payDetails: ReadonlyMap<string, (TaxCard & { iban: string | null }) | undefined>,
  paymentDay: string,
): BuiltRun {
  const lines = new Map<string, RunLineOut>();
  const partnerGigIds: string[] = [];
  const sorted = [...gigs].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.gigId.localeCompare(b.gigId));
  for (const g of sorted) {
    const kind = payKindFor(g.contractModel);
    if (!kind) {
      partnerGigIds.push(g.gigId);
      continue;
    }
    const key = `${g.clientId}/${kind}`;
    let line = lines.get(key);
    if (!line) {
      const details = payDetails.get(g.clientId);
      const rate = withholdingRate(details ?? null, paymentDay);
      line = {
        clientId: g.clientId,
        kind,
        workerName: g.workerName,
        minutes: 0,
        grossCents: 0,
        sideCostsCents: 0,
        serviceCostsCents: 0,
        priceCents: 0,
        withholdingBp: rate.bp,
        taxCardRecorded: rate.recorded,
        withholdingCents: 0,
        netCents: 0,
        ibanEnding: ibanEnding(details?.iban),
        gigs: [],
      };
      lines.set(key, line);
    }
    const pay = gigPay(kind, g.rates, g.minutes);
    line.gigs.push({ ...pay, gigId: g.gigId, workDate: dayKey(g.startsAt), description: g.description, minutes: g.minutes, hourlyPayCents: g.rates.workerPayCents });
    line.minutes += g.minutes;
    line.grossCents += pay.grossCents;
    line.sideCostsCents += pay.sideCostsCents;
    line.serviceCostsCents += pay.serviceCostsCents;
    line.priceCents += pay.priceCents;
  }
  const out = [...lines.values()].sort((a, b) => a.workerName.localeCompare(b.workerName, "fi") || a.kind.localeCompare(b.kind));
  const totals: RunTotals = { grossCents: 0, sideCostsCents: 0, withholdingCents: 0, netCents: 0 };
  for (const line of out) {
    line.withholdingCents = withholdingOn(line.grossCents, line.withholdingBp);
    line.netCents = line.grossCents - line.withholdingCents;
    totals.grossCents += line.grossCents;
    totals.sideCostsCents += line.sideCostsCents;
    totals.withholdingCents += line.withholdingCents;
    totals.netCents += line.netCents;
  }
  return { lines: out, totals, partnerGigIds };
}

// ───── limits before confirming ─────

export interface LimitWarning {
  clientId: string;
  workerName: string;
  meters: LimitMeter[];
}

/**
 * The limits a worker nears (≥ 80 %) or crosses with the earnings up to the period's last day,
 * this run included: staff talk with them before the run is confirmed.
 */
export function limitWarnings(
  workers: readonly { clientId: string; workerName: string; benefits: readonly BenefitType[]; gigs: readonly EarningGig[] }[],
  rows: readonly LimitRow[],
  period: PayPeriod,
): LimitWarning[] {
  const at = helsinkiInstant(period.end, "12:00");
  const out: LimitWarning[] = [];
  for (const w of workers) {
    const earnings = summariseEarnings(w.gigs, at);
    const meters = limitMeters(rows, w.benefits, earnings, at).filter((m) => m.meter && m.meter.level !== "below");
    if (meters.length) out.push({ clientId: w.clientId, workerName: w.workerName, meters });
  }
  return out;
}

// ───── the statement ─────

export interface StoredLine {
  kind: PayKind;
  workerName: string;
  grossCents: number;
  withholdingBp: number;
  taxCardRecorded: boolean;
  withholdingCents: number;
  netCents: number;
  ibanEnding: string | null;
  gigs: readonly { workDate: Date; description: string; minutes: number; hourlyPayCents: number; grossCents: number }[];
}

export interface StoredRun {
  periodStart: string;
  periodEnd: string;
  paymentDate: string;
  payer: PayStatementDocument["payer"];
}

/** The pay statement as stored: rebuilt from the run's line, so it says what was paid. */
export function payStatementDocument(run: StoredRun, line: StoredLine, locale: PayStatementDocument["locale"]): PayStatementDocument {
  return {
    locale,
    payer: run.payer,
    workerName: line.workerName,
    periodStart: run.periodStart,
    periodEnd: run.periodEnd,
    paymentDate: run.paymentDate,
    kind: line.kind,
    gigs: [...line.gigs]
      .sort((a, b) => a.workDate.getTime() - b.workDate.getTime())
      .map((g) => ({
        workDate: g.workDate.toISOString().slice(0, 10),
        description: g.description,
        minutes: g.minutes,
        hourlyPayCents: g.hourlyPayCents,
        grossCents: g.grossCents,
      })),
    grossCents: line.grossCents,
    withholdingBp: line.withholdingBp,
    taxCardRecorded: line.taxCardRecorded,
    withholdingCents: line.withholdingCents,
    netCents: line.netCents,
    ibanEnding: line.ibanEnding,
  };
}

// ───── the payroll export ─────

export interface ExportLine extends Pick<RunLineOut, "kind" | "workerName" | "minutes" | "grossCents" | "sideCostsCents" | "withholdingBp" | "taxCardRecorded" | "withholdingCents" | "netCents"> {
  personalIdentityCode: string | null;
  iban: string | null;
}

export const EXPORT_COLUMNS = [
  "period_start",
  "period_end",
  "payment_date",
  "worker_name",
  "personal_identity_code",
  "iban",
  "pay_kind",
  "minutes",
  "gross_eur",
  "side_costs_eur",
  "withholding_percent",
  "tax_card_recorded",
  "withholding_eur",
  "net_eur",
] as const;

/** Cents as "1234.50": a machine-readable amount for payroll software (no thousands separator). */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export function exportRows(run: Pick<StoredRun, "periodStart" | "periodEnd" | "paymentDate">, lines: readonly ExportLine[]): string[][] {
  return lines.map((l) => [
    run.periodStart,
    run.periodEnd,
    run.paymentDate,
    l.workerName,
    l.personalIdentityCode ?? "",
    l.iban ?? "",
    l.kind,
    String(l.minutes),
    centsToDecimal(l.grossCents),
    centsToDecimal(l.sideCostsCents),
    (l.withholdingBp / 100).toFixed(2),
    l.taxCardRecorded ? "yes" : "no",
    centsToDecimal(l.withholdingCents),
    centsToDecimal(l.netCents),
  ]);
}
