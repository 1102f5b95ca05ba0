import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { dateColumn } from "@/lib/dates";
import { toInvoiceDocument, type StoredInvoice } from "./rules";

type Reader = Tx | Db;

export const INVOICE_PAGE_SIZE = 25;

/** Gigs whose confirmed, approved hours are not invoiced yet, worked before `beforeInstant`. */
export function billableGigs(tx: Reader, jobcenterId: string, beforeInstant: Date, orderId?: string) {
  return tx.gig.findMany({
    where: {
      status: "APPROVED",
      hoursConfirmedAt: { not: null },
      approvedMinutes: { not: null },
      startsAt: { lt: beforeInstant },
      order: { jobcenterId, ...(orderId ? { id: orderId } : {}) },
      invoiceLines: { none: {} },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 5000,
    select: {
      id: true,
      startsAt: true,
      approvedMinutes: true,
      client: { select: { firstName: true } },
      order: { select: { id: true, number: true, title: true, ordererId: true, agreedUnitPriceCents: true, listUnitPriceCents: true } },
    },
  });
}

/** Cancelled orders whose fee from the terms is not invoiced yet. */
export function billableFees(tx: Reader, jobcenterId: string, beforeInstant: Date, orderId?: string) {
  return tx.order.findMany({
    where: {
      jobcenterId,
      ...(orderId ? { id: orderId } : {}),
      status: "CANCELLED",
      cancellationFeeCents: { gt: 0 },
      cancelledAt: { lt: beforeInstant },
      invoiceLines: { none: {} },
    },
    orderBy: [{ cancelledAt: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, number: true, title: true, ordererId: true, cancelledAt: true, cancellationFeeCents: true },
  });
}

export function vatRates(tx: Reader) {
  return tx.vatRate.findMany({ select: { rateBp: true, validFrom: true, validTo: true } });
}

export function jobcenterForInvoicing(tx: Reader, jobcenterId: string) {
  return tx.jobcenter.findUnique({
    where: { id: jobcenterId },
    select: { id: true, name: true, businessId: true, streetAddress: true, postalCode: true, city: true, email: true, phone: true, iban: true, bic: true },
  });
}

/** The payment term of the terms in force on the issue day (14 days without terms). */
export async function paymentTermDays(tx: Reader, jobcenterId: string, issueDay: string): Promise<number> {
  const terms = await tx.orderTermsVersion.findFirst({
    where: { jobcenterId, validFrom: { lte: dateColumn(issueDay) } },
    orderBy: [{ validFrom: "desc" }, { version: "desc" }],
    select: { paymentTermDays: true },
  });
  return terms?.paymentTermDays ?? 14;
}

export function orderersForInvoicing(tx: Reader, ids: string[]) {
  return tx.orderer.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      kind: true,
      name: true,
      businessId: true,
      streetAddress: true,
      postalCode: true,
      city: true,
      email: true,
      billingEmail: true,
      phone: true,
      eInvoiceAddress: true,
      eInvoiceOperator: true,
      billingReference: true,
      internalBilling: true,
      costCentre: true,
      memberships: { where: { role: "ORDERER_CONTACT" }, take: 1, orderBy: { createdAt: "asc" }, select: { user: { select: { locale: true } } } },
    },
  });
}

export function findRun(tx: Reader, jobcenterId: string, periodKey: string) {
  return tx.invoiceRun.findUnique({ where: { jobcenterId_periodKey: { jobcenterId, periodKey } }, include: { invoices: { select: { id: true }, orderBy: { number: "asc" } } } });
}

/** The gigs of orders, to tell whether every counted gig is invoiced. */
export function orderGigsInvoiced(tx: Reader, orderId: string) {
  return tx.gig.findMany({ where: { orderId }, select: { status: true, _count: { select: { invoiceLines: true } } } });
}

export function ordersByIds(tx: Reader, ids: string[]) {
  return tx.order.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
}

// One to-many include per query, the rest one after another: inside a transaction parallel
// relation reads would share its one connection.
const invoiceInclude = {
  lines: { orderBy: { lineNo: "asc" }, include: { order: { select: { number: true } } } },
} as const;

async function withCredited<T extends { creditedInvoiceId: string | null }>(tx: Reader, inv: T) {
  const creditedInvoice = inv.creditedInvoiceId
    ? await tx.invoice.findUnique({ where: { id: inv.creditedInvoiceId }, select: { id: true, number: true, issueDate: true } })
    : null;
  return { ...inv, creditedInvoice };
}

/** An invoice with what its page and outputs need; null when there is none. */
export async function findInvoice(tx: Reader, invoiceId: string) {
  const inv = await tx.invoice.findUnique({ where: { id: invoiceId }, include: invoiceInclude });
  return inv && withCredited(tx, inv);
}

export async function loadInvoice(tx: Reader, invoiceId: string) {
  const inv = await findInvoice(tx, invoiceId);
  return inv && { target: { jobcenterId: inv.jobcenterId, ordererId: inv.ordererId }, row: inv };
}

export type InvoiceRow = NonNullable<Awaited<ReturnType<typeof findInvoice>>>;

export function invoiceDocument(inv: InvoiceRow) {
  return toInvoiceDocument(inv as StoredInvoice);
}

/** Credit notes and payments of an invoice, for its page. */
export async function invoiceHistory(db: Reader, invoiceId: string) {
  const creditNotes = await db.invoice.findMany({ where: { creditedInvoiceId: invoiceId }, orderBy: { number: "asc" }, select: { id: true, number: true, issueDate: true, grossCents: true } });
  const payments = await db.invoicePayment.findMany({ where: { invoiceId }, orderBy: { createdAt: "asc" }, take: 100, select: { id: true, amountCents: true, paidOn: true, referenceNumber: true } });
  const creditedLineIds = new Set(
    (await db.invoiceLine.findMany({ where: { creditsLine: { invoiceId } }, select: { creditsLineId: true } })).map((l) => l.creditsLineId),
  );
  return { creditNotes, payments, creditedLineIds };
}

const listSelect = {
  id: true,
  kind: true,
  number: true,
  status: true,
  issueDate: true,
  dueDate: true,
  grossCents: true,
  orderer: { select: { name: true } },
  jobcenter: { select: { name: true } },
} as const;

/** A Jobcenter's invoices, newest number first; `before` is the last number of the previous page. */
export async function listJobcenterInvoices(db: Reader, jobcenterId: string, before?: number) {
  const rows = await db.invoice.findMany({
    where: { jobcenterId, ...(before ? { number: { lt: before } } : {}) },
    orderBy: { number: "desc" },
    take: INVOICE_PAGE_SIZE + 1,
    select: listSelect,
  });
  const more = rows.length > INVOICE_PAGE_SIZE;
  const page = rows.slice(0, INVOICE_PAGE_SIZE);
  return { rows: page, nextBefore: more ? page[page.length - 1]!.number : null };
}

/** An orderer's invoices, newest first; `after` is the id of the previous page's last row. */
export async function listOrdererInvoices(db: Reader, ordererIds: string[], after?: string) {
  const rows = await db.invoice.findMany({
    where: { ordererId: { in: ordererIds } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    take: INVOICE_PAGE_SIZE + 1,
    select: listSelect,
  });
  const more = rows.length > INVOICE_PAGE_SIZE;
  const page = rows.slice(0, INVOICE_PAGE_SIZE);
  return { rows: page, nextAfter: more ? page[page.length - 1]!.id : null };
}

/** The invoices of one run, for its CSV. */
export async function runInvoices(db: Reader, runId: string) {
  const run = await db.invoiceRun.findUnique({ where: { id: runId }, select: { id: true, jobcenterId: true, periodKey: true } });
  if (!run) return null;
  const invoices = [];
  for (const inv of await db.invoice.findMany({ where: { runId }, orderBy: { number: "asc" }, take: 2000, include: invoiceInclude })) invoices.push(await withCredited(db, inv));
  return { run, invoices };
}

export function listRuns(db: Reader, jobcenterId: string) {
  return db.invoiceRun.findMany({ where: { jobcenterId }, orderBy: { createdAt: "desc" }, take: 24, select: { id: true, periodKey: true, createdAt: true, byUserId: true, _count: { select: { invoices: true } } } });
}

/** The line a gig is billed on now: its latest line that no credit note cancels. */
export async function activeGigLine(tx: Reader, gigId: string) {
  const lines = await tx.invoiceLine.findMany({
    where: { gigId, creditsLineId: null },
    orderBy: { invoice: { number: "desc" } },
    select: { id: true, invoiceId: true, creditedBy: { select: { id: true } } },
  });
  return { any: lines.length > 0, count: lines.length, active: lines.find((l) => !l.creditedBy) ?? null };
}

export function gigForCorrection(tx: Reader, gigId: string) {
  return tx.gig.findUnique({
    where: { id: gigId },
    select: {
      id: true,
      status: true,
      startsAt: true,
      approvedMinutes: true,
      reportedMinutes: true,
      clientId: true,
      orderId: true,
      client: { select: { firstName: true, unitId: true } },
      order: { select: { id: true, number: true, title: true, jobcenterId: true, ordererId: true, agreedUnitPriceCents: true, listUnitPriceCents: true } },
    },
  });
}

/** Whether a gig's hours are on an invoice (the hours lock). */
export async function isGigInvoiced(tx: Reader, gigId: string): Promise<boolean> {
  return (await tx.invoiceLine.count({ where: { gigId } })) > 0;
}

export function invoiceByReference(tx: Reader, jobcenterId: string, referenceNumber: string) {
  return tx.invoice.findUnique({ where: { jobcenterId_referenceNumber: { jobcenterId, referenceNumber } }, select: { id: true, kind: true, status: true, grossCents: true } });
}

export function paymentByBankRow(tx: Reader, bankRowId: string) {
  return tx.invoicePayment.findUnique({ where: { bankRowId }, select: { id: true } });
}

export function paymentsOf(tx: Reader, invoiceId: string) {
  return tx.invoicePayment.findMany({ where: { invoiceId }, select: { amountCents: true } });
}

export function ordererJobcenters(tx: Reader, ordererId: string) {
  return tx.order.findMany({ where: { ordererId }, distinct: ["jobcenterId"], select: { jobcenterId: true }, take: 50 });
}

export function ordererBilling(tx: Reader, ordererId: string) {
  return tx.orderer.findUnique({ where: { id: ordererId }, select: { id: true, kind: true, internalBilling: true, costCentre: true } });
}

export function orderInJobcenter(tx: Reader, orderId: string, jobcenterId: string) {
  return tx.order.findFirst({ where: { id: orderId, jobcenterId }, select: { id: true, number: true } });
}

/** Orders with approved, confirmed hours not invoiced yet: what a one-order run can bill now. */
export function ordersReadyToInvoice(db: Reader, jobcenterId: string) {
  return db.order.findMany({
    where: { jobcenterId, gigs: { some: { status: "APPROVED", hoursConfirmedAt: { not: null }, invoiceLines: { none: {} } } } },
    orderBy: { number: "asc" },
    take: 100,
    select: { id: true, number: true, title: true, orderer: { select: { name: true } } },
  });
}

/** Jobcenters whose month is invoiced by the job queue on the 1st (ADR 008); bounded, a region has a few. */
export async function autoInvoicingJobcenterIds(db: Reader): Promise<string[]> {
  const rows = await db.jobcenter.findMany({ where: { autoInvoicing: true, active: true }, orderBy: { id: "asc" }, take: 500, select: { id: true } });
  return rows.map((r) => r.id);
}

export function jobcenterAutoInvoicing(db: Reader, jobcenterId: string) {
  return db.jobcenter.findUnique({ where: { id: jobcenterId }, select: { id: true, autoInvoicing: true, active: true } });
}
