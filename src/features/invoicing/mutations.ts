import { randomUUID } from "node:crypto";
import type { InvoiceKind, InvoiceLineKind } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { BOOKING_STATES, isGigIn } from "@/features/gigs/rules";
import { addHoursEvent, correctGigHours } from "@/features/hours/mutations";
import { eventKey, ordererInvoiceLink } from "@/features/notifications/matrix";
import { notifyOrderer } from "@/features/notifications/mutations";
import { moveOrderStatus } from "@/features/orders/mutations";
import { dateColumn, dayKey, dayOfDateColumn, helsinkiInstant } from "@/lib/dates";
import { env } from "@/env";
import { formatEuros } from "@/lib/money";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { recordAudit } from "@/features/audit/mutations";
import { ruleViolation } from "@/server/errors";
import type { InvoiceParty, InvoiceSeller } from "./document";
import * as q from "./queries";
import {
  asLocale,
  buyerOf,
  creditLines,
  dueDay,
  invoiceReference,
  invoiceTotals,
  isPaidInFull,
  monthPeriod,
  priceLines,
  sellerOf,
  vatBreakdown,
  type Billable,
  type PaymentRow,
  type PricedLine,
} from "./rules";

// The invoice run and everything that follows a sent invoice (docs/decisions/060-invoices.md).
// Everything happens in the caller's one transaction: a crash leaves the whole run or nothing,
// and a rolled-back run gives its numbers back (the counter row, not a SEQUENCE).

/** The next number of a Jobcenter's series. The row stays locked until commit, so numbers are gapless and in order. */
export async function nextInvoiceNumber(tx: Tx, jobcenterId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "InvoiceCounter" ("jobcenterId", "lastNumber") VALUES (${jobcenterId}, 1)
    ON CONFLICT ("jobcenterId") DO UPDATE SET "lastNumber" = "InvoiceCounter"."lastNumber" + 1
    RETURNING "lastNumber"`;
  return Number(rows[0]!.lastNumber);
}

interface NewInvoice {
  jobcenterId: string;
  ordererId: string;
  runId: string | null;
  kind: InvoiceKind;
  issueDay: string;
  dueDay: string;
  locale: string;
  seller: InvoiceSeller;
  buyer: InvoiceParty;
  buyerReference: string | null;
  vatExempt: boolean;
  creditedInvoiceId: string | null;
  notes: string | null;
  userId: string | null;
  lines: (Omit<PricedLine, "orderNumber"> & { creditsLineId?: string | null })[];
}

async function createInvoice(tx: Tx, inv: NewInvoice) {
  const number = await nextInvoiceNumber(tx, inv.jobcenterId);
  const totals = invoiceTotals(vatBreakdown(inv.lines));
  const days = inv.lines.map((l) => l.workDate).sort();
  return tx.invoice.create({
    data: {
      jobcenterId: inv.jobcenterId,
      ordererId: inv.ordererId,
      runId: inv.runId,
      kind: inv.kind,
      number,
      issueDate: dateColumn(inv.issueDay),
      dueDate: dateColumn(inv.dueDay),
      periodStart: dateColumn(days[0]!),
      periodEnd: dateColumn(days[days.length - 1]!),
      referenceNumber: invoiceReference(number),
      locale: inv.locale,
      vatExempt: inv.vatExempt,
      buyerReference: inv.buyerReference,
      seller: inv.seller as unknown as Prisma.InputJsonValue,
      buyer: inv.buyer as unknown as Prisma.InputJsonValue,
      ...totals,
      creditedInvoiceId: inv.creditedInvoiceId,
      notes: inv.notes,
      byUserId: inv.userId,
      lines: {
        create: inv.lines.map((l, i) => ({
          lineNo: i + 1,
          kind: l.kind,
          workDate: dateColumn(l.workDate),
          description: l.description,
          orderId: l.orderId,
          gigId: l.gigId,
          minutes: l.minutes,
          unitCount: l.unitCount,
          unitPriceCents: l.unitPriceCents,
          netCents: l.netCents,
          vatRateBp: l.vatRateBp,
          billingKey: l.billingKey,
          creditsLineId: l.creditsLineId ?? null,
        })),
      },
    },
    select: { id: true, number: true, grossCents: true, dueDate: true, referenceNumber: true },
  });
}

function unitPrice(order: { agreedUnitPriceCents: number | null; listUnitPriceCents: number | null }): number {
  const price = order.agreedUnitPriceCents ?? order.listUnitPriceCents;
  if (price == null) throw ruleViolation("NO_PRICE_LIST");
  return price;
}

function workLine(gig: { id: string; startsAt: Date; client: { firstName: string }; order: { id: string; number: number; title: string } }, minutes: number, unitPriceCents: number, kind: InvoiceLineKind, billingKey: string): Billable {
  return {
    kind,
    workDate: dayKey(gig.startsAt),
    // the task and the worker's first name, never more of the worker
    description: `${gig.order.title} · ${gig.client.firstName}`,
    orderNumber: gig.order.number,
    orderId: gig.order.id,
    gigId: gig.id,
    minutes,
    unitCount: null,
    unitPriceCents,
    billingKey,
  };
}

async function sellerFor(tx: Tx, jobcenterId: string): Promise<InvoiceSeller> {
  const jc = await q.jobcenterForInvoicing(tx, jobcenterId);
  if (!jc) throw ruleViolation("SELLER_DETAILS_MISSING");
  const seller = sellerOf(jc);
  if (typeof seller === "string") throw ruleViolation(seller);
  return seller;
}

type Orderer = Awaited<ReturnType<typeof q.orderersForInvoicing>>[number];

function buyerSnapshot(o: Orderer) {
  return { ...buyerOf(o), locale: asLocale(o.memberships[0]?.user.locale) };
}

/** Into the outbox in the run's transaction; the dedupe key sends each invoice once. */
async function enqueueOutbox(tx: Tx, messages: ReturnType<typeof privateInvoiceEmail>) {
  if (messages.length > 0) await tx.outboxMessage.createMany({ data: messages, skipDuplicates: true });
}

function privateInvoiceEmail(o: Orderer, invoice: { id: string; number: number; grossCents: number; dueDate: Date; referenceNumber: string }, now: Date) {
  const to = o.billingEmail ?? o.email;
  if (o.kind !== "PRIVATE_PERSON" || !to) return [];
  const base = env.NEXTAUTH_URL;
  const sum = formatEuros(invoice.grossCents);
  const [y, m, d] = dayOfDateColumn(invoice.dueDate).split("-");
  const due = `${Number(d)}.${Number(m)}.${y}`;
  const ref = invoice.referenceNumber;
  const link = `${base}/orderer/invoices/${invoice.id}`;
  // The PDF goes with the email (ADR 061), built from the stored invoice when it is sent: the
  // row names the invoice, the body says only what is needed to pay it.
  return [
    {
      channel: "EMAIL" as const,
      to,
      subject: `Lasku ${invoice.number} / Faktura ${invoice.number} / Invoice ${invoice.number}`,
      body:
        `Hei,\n\nsinulle on uusi lasku (${invoice.number}). Lasku on liitteenä PDF-tiedostona.\nSumma: ${sum}\nEräpäivä: ${due}\nViitenumero: ${ref}\nNäet laskun myös, kun kirjaudut sisään: ${link}\n\n` +
        `Du har en ny faktura (${invoice.number}), bifogad som PDF. Belopp: ${sum}, förfallodag: ${due}, referensnummer: ${ref}.\n` +
        `You have a new invoice (${invoice.number}), attached as a PDF. Amount: ${sum}, due date: ${due}, reference: ${ref}.\n`,
      dedupeKey: `invoice:${invoice.id}`,
      attachInvoiceId: invoice.id,
      createdAt: now,
    },
  ];
}

/** Moves each APPROVED order whose every counted gig is invoiced to INVOICED (a cancelled order stays CANCELLED). */
async function settleOrders(tx: Tx, orderIds: string[], userId: string | null) {
  for (const order of await q.ordersByIds(tx, orderIds)) {
    if (order.status !== "APPROVED") continue;
    const gigs = (await q.orderGigsInvoiced(tx, order.id)).filter((g) => isGigIn(BOOKING_STATES, g.status));
    if (gigs.length > 0 && gigs.every((g) => g._count.invoiceLines > 0)) await moveOrderStatus(tx, order, "INVOICED", userId, "invoice");
  }
}

export interface RunRequest {
  jobcenterId: string;
  /** "2026-11" for a month, "order:<number>:<day>" for one order. */
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  orderId?: string;
  issueDay: string;
  userId: string | null;
  now: Date;
}

/**
 * One invoice per orderer of everything billable up to the period's end (late-confirmed hours of
 * an earlier month go on the next run). The run row is claimed first with ON CONFLICT DO NOTHING:
 * a concurrent run of the same period waits for this one and then finds it, so it creates nothing.
 */
export async function runInvoicing(tx: Tx, r: RunRequest): Promise<{ runId: string; created: boolean; invoiceIds: string[] }> {
  const id = randomUUID();
  const claimed = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "InvoiceRun" ("id", "jobcenterId", "periodKey", "periodStart", "periodEnd", "byUserId", "createdAt")
    VALUES (${id}, ${r.jobcenterId}, ${r.periodKey}, ${dateColumn(r.periodStart)}::date, ${dateColumn(r.periodEnd)}::date, ${r.userId}, ${r.now})
    ON CONFLICT ("jobcenterId", "periodKey") DO NOTHING
    RETURNING "id"`;
  if (claimed.length === 0) {
    const existing = await q.findRun(tx, r.jobcenterId, r.periodKey);
    return { runId: existing!.id, created: false, invoiceIds: existing!.invoices.map((i) => i.id) };
  }
  const seller = await sellerFor(tx, r.jobcenterId);
  const before = helsinkiInstant(nextDay(r.periodEnd));
  const gigs = await q.billableGigs(tx, r.jobcenterId, before, r.orderId);
  const fees = await q.billableFees(tx, r.jobcenterId, before, r.orderId);
  const rates = await q.vatRates(tx);
  const byOrderer = new Map<string, Billable[]>();
  const add = (ordererId: string, b: Billable) => byOrderer.set(ordererId, [...(byOrderer.get(ordererId) ?? []), b]);
  for (const g of gigs) add(g.order.ordererId, workLine(g, g.approvedMinutes!, unitPrice(g.order), "WORK", `gig:${g.id}`));
  for (const o of fees) {
    add(o.ordererId, {
      kind: "CANCELLATION_FEE",
      workDate: dayKey(o.cancelledAt!),
      description: o.title,
      orderNumber: o.number,
      orderId: o.id,
      gigId: null,
      minutes: 0,
      unitCount: 1,
      unitPriceCents: o.cancellationFeeCents!,
      billingKey: `fee:${o.id}`,
    });
  }
  const termDays = await q.paymentTermDays(tx, r.jobcenterId, r.issueDay);
  const orderers = await q.orderersForInvoicing(tx, [...byOrderer.keys()]);
  orderers.sort((a, b) => a.name.localeCompare(b.name, "fi") || a.id.localeCompare(b.id));
  const invoiceIds: string[] = [];
  const emails: ReturnType<typeof privateInvoiceEmail> = [];
  for (const o of orderers) {
    const buyer = buyerSnapshot(o);
    const lines = priceLines(byOrderer.get(o.id)!, rates, buyer.vatExempt);
    if (typeof lines === "string") throw ruleViolation(lines);
    const inv = await createInvoice(tx, {
      jobcenterId: r.jobcenterId,
      ordererId: o.id,
      runId: id,
      kind: "INVOICE",
      issueDay: r.issueDay,
      dueDay: dueDay(r.issueDay, termDays),
      locale: buyer.locale,
      seller,
      buyer: buyer.party,
      buyerReference: buyer.buyerReference,
      vatExempt: buyer.vatExempt,
      creditedInvoiceId: null,
      notes: null,
      userId: r.userId,
      lines,
    });
    invoiceIds.push(inv.id);
    const emailed = privateInvoiceEmail(o, inv, r.now);
    emails.push(...emailed);
    // A private person's invoice email (ADR 061) is this event's email; the rest get the notice (ADR 045).
    await notifyOrderer(tx, { ordererId: o.id }, { kind: "orderer.invoiceSent", params: { number: inv.number }, link: ordererInvoiceLink(inv.id), key: eventKey.invoiceSent(inv.id), skipEmail: emailed.length > 0, now: r.now });
  }
  await enqueueOutbox(tx, emails);
  await settleOrders(tx, [...new Set([...gigs.map((g) => g.order.id), ...fees.map((f) => f.id)])], r.userId);
  return { runId: id, created: true, invoiceIds };
}

function nextDay(day: string): string {
  const d = dateColumn(day);
  d.setUTCDate(d.getUTCDate() + 1);
  return dayOfDateColumn(d);
}

type StoredLine = q.InvoiceRow["lines"][number];

async function creditNoteFor(tx: Tx, original: q.InvoiceRow, lines: StoredLine[], issueDay: string, reason: string | null, userId: string | null) {
  const credit = creditLines(lines).map((l) => ({
    kind: l.kind,
    workDate: dayOfDateColumn(l.workDate),
    description: l.description,
    orderId: l.orderId,
    gigId: l.gigId,
    minutes: l.minutes,
    unitCount: l.unitCount,
    unitPriceCents: l.unitPriceCents,
    netCents: l.netCents,
    vatRateBp: l.vatRateBp,
    billingKey: null,
    lineNo: 0,
    creditsLineId: l.creditsLineId,
  }));
  return createInvoice(tx, {
    jobcenterId: original.jobcenterId,
    ordererId: original.ordererId,
    runId: null,
    kind: "CREDIT_NOTE",
    issueDay,
    // nothing to pay: a credit note is due on its own day
    dueDay: issueDay,
    locale: original.locale,
    seller: original.seller as unknown as InvoiceSeller,
    buyer: original.buyer as unknown as InvoiceParty,
    buyerReference: original.buyerReference,
    vatExempt: original.vatExempt,
    creditedInvoiceId: original.id,
    notes: reason,
    userId,
    lines: credit,
  });
}

/** Marks the original CREDITED once a credit note cancels every one of its lines. */
async function markCreditedIfAll(tx: Tx, invoiceId: string) {
  const open = await tx.invoiceLine.count({ where: { invoiceId, creditedBy: { is: null } } });
  if (open === 0) await tx.invoice.updateMany({ where: { id: invoiceId, kind: "INVOICE" }, data: { status: "CREDITED" } });
}

/** A credit note for every line of an invoice not yet credited. The invoice itself never changes. */
export async function creditInvoice(tx: Tx, invoice: q.InvoiceRow, reason: string | null, issueDay: string, userId: string) {
  if (invoice.kind !== "INVOICE" || invoice.status === "CREDITED") throw ruleViolation("INVOICE_NOT_CREDITABLE");
  const { creditedLineIds } = await q.invoiceHistory(tx, invoice.id);
  const open = invoice.lines.filter((l) => !creditedLineIds.has(l.id));
  if (open.length === 0) throw ruleViolation("INVOICE_NOT_CREDITABLE");
  // the line's unique creditsLineId stops a concurrent second credit of the same lines
  const note = await creditNoteFor(tx, invoice, open, issueDay, reason, userId);
  await markCreditedIfAll(tx, invoice.id);
  return note;
}

type CorrectionGig = NonNullable<Awaited<ReturnType<typeof q.gigForCorrection>>>;

/**
 * New hours for an invoiced gig: a credit note for the line it is billed on now, the gig's
 * corrected hours (kept with who, when and why), and a new invoice with the corrected line.
 */
export async function correctInvoicedGig(tx: Tx, gig: CorrectionGig, minutes: number, reason: string, issueDay: string, userId: string, now: Date) {
  const billed = await q.activeGigLine(tx, gig.id);
  if (!billed.any) throw ruleViolation("NOT_INVOICED");
  let creditNoteId: string | null = null;
  let unitPriceCents = unitPrice(gig.order);
  if (billed.active) {
    const original = (await q.findInvoice(tx, billed.active.invoiceId))!;
    const line = original.lines.find((l) => l.id === billed.active!.id)!;
    unitPriceCents = line.unitPriceCents;
    creditNoteId = (await creditNoteFor(tx, original, [line], issueDay, reason, userId)).id;
    await markCreditedIfAll(tx, original.id);
  }
  const current = await tx.gig.findUniqueOrThrow({ where: { id: gig.id }, select: { id: true, updatedAt: true } });
  await correctGigHours(tx, current, { approvedMinutes: minutes, approvedAt: now, approvedById: userId });
  await addHoursEvent(tx, gig.id, "CORRECTED", userId, minutes, reason);
  const seller = await sellerFor(tx, gig.order.jobcenterId);
  const [o] = await q.orderersForInvoicing(tx, [gig.order.ordererId]);
  const buyer = buyerSnapshot(o!);
  const lines = priceLines([workLine(gig, minutes, unitPriceCents, "CORRECTION", `gig:${gig.id}:${billed.count + 1}`)], await q.vatRates(tx), buyer.vatExempt);
  if (typeof lines === "string") throw ruleViolation(lines);
  const inv = await createInvoice(tx, {
    jobcenterId: gig.order.jobcenterId,
    ordererId: gig.order.ordererId,
    runId: null,
    kind: "INVOICE",
    issueDay,
    dueDay: dueDay(issueDay, await q.paymentTermDays(tx, gig.order.jobcenterId, issueDay)),
    locale: buyer.locale,
    seller,
    buyer: buyer.party,
    buyerReference: buyer.buyerReference,
    vatExempt: buyer.vatExempt,
    creditedInvoiceId: null,
    notes: reason,
    userId,
    lines,
  });
  const emailed = privateInvoiceEmail(o!, inv, now);
  await enqueueOutbox(tx, emailed);
  await notifyOrderer(tx, { ordererId: o!.id }, { kind: "orderer.invoiceSent", params: { number: inv.number }, link: ordererInvoiceLink(inv.id), key: eventKey.invoiceSent(inv.id), skipEmail: emailed.length > 0, now });
  return { creditNoteId, invoiceId: inv.id };
}

/** A payment by hand or from the bank's file; the invoice is PAID once its payments reach its total. */
export async function recordPayment(
  tx: Tx,
  invoice: { id: string; kind: InvoiceKind; status: string; grossCents: number },
  p: { amountCents: number; paidOn: string; referenceNumber: string | null; bankRowId: string | null; userId: string; now: Date },
) {
  if (invoice.kind !== "INVOICE" || invoice.status === "CREDITED") throw ruleViolation("INVALID_STATE");
  if (invoice.status === "PAID") throw ruleViolation("INVOICE_ALREADY_PAID");
  await tx.invoicePayment.create({
    data: { invoiceId: invoice.id, amountCents: p.amountCents, paidOn: dateColumn(p.paidOn), referenceNumber: p.referenceNumber, bankRowId: p.bankRowId, byUserId: p.userId },
  });
  const paid = (await q.paymentsOf(tx, invoice.id)).map((x) => x.amountCents);
  if (isPaidInFull(invoice.grossCents, paid)) {
    await tx.invoice.updateMany({ where: { id: invoice.id, status: "SENT" }, data: { status: "PAID", paidAt: p.now } });
    return true;
  }
  return false;
}

export async function remainingCents(tx: Tx, invoice: { id: string; grossCents: number }) {
  const paid = (await q.paymentsOf(tx, invoice.id)).reduce((s, x) => s + x.amountCents, 0);
  return Math.max(0, invoice.grossCents - paid);
}

/** The bank's rows matched on the reference within the Jobcenter's series; a row already imported (its archive id) is skipped. */
export async function importPayments(tx: Tx, jobcenterId: string, rows: PaymentRow[], userId: string, now: Date) {
  const result = { matched: 0, paid: 0, duplicates: 0, unmatched: [] as string[] };
  for (const row of rows) {
    if (row.bankRowId && (await q.paymentByBankRow(tx, row.bankRowId))) {
      result.duplicates++;
      continue;
    }
    const inv = await q.invoiceByReference(tx, jobcenterId, row.reference);
    if (!inv || inv.kind !== "INVOICE" || inv.status !== "SENT") {
      result.unmatched.push(row.reference);
      continue;
    }
    result.matched++;
    if (await recordPayment(tx, inv, { ...row, referenceNumber: row.reference, userId, now })) result.paid++;
  }
  return result;
}

export function updateSellerDetails(
  tx: Tx,
  jobcenterId: string,
  d: { businessId: string; streetAddress: string | null; postalCode: string | null; city: string | null; iban: string; bic: string },
) {
  return tx.jobcenter.update({ where: { id: jobcenterId }, data: d, select: { id: true } });
}

export function updateOrdererBilling(tx: Tx, ordererId: string, d: { internalBilling: boolean; costCentre: string | null }) {
  return tx.orderer.update({ where: { id: ordererId }, data: d, select: { id: true } });
}

/** Turns the Jobcenter's automatic monthly run on or off (ADR 008). */
export async function setAutoInvoicing(tx: Tx, jobcenterId: string, on: boolean) {
  await tx.jobcenter.update({ where: { id: jobcenterId }, data: { autoInvoicing: on } });
}

/**
 * The scheduled run of one Jobcenter's month (job `invoices.jobcenter`, ADR 008). It belongs to
 * nobody: `byUserId` is null and the audit event `invoice.run.scheduled` has no actor, so the
 * record says the schedule did it. The same `runInvoicing` as the coordinator's button: the
 * period's run row is claimed first, so a retried job (or a coordinator who ran it by hand)
 * bills the month once. A failure (no seller details, no VAT row) throws: the queue retries
 * and the last failure is a dead letter at /admin/jobs.
 */
export async function runScheduledInvoicing(db: Db, jobcenterId: string, month: string, now: Date): Promise<{ runId: string; created: boolean; invoices: number } | null> {
  const period = monthPeriod(month);
  if (!period) throw new Error(`invalid month ${month}`);
  return db.$transaction(
    async (tx) => {
      const jc = await q.jobcenterAutoInvoicing(tx, jobcenterId);
      // turned off (or closed) after the job was queued: nothing to do
      if (!jc || !jc.active || !jc.autoInvoicing) return null;
      const r = await runInvoicing(tx, { jobcenterId, periodKey: month, periodStart: period.start, periodEnd: period.end, issueDay: dayKey(now), userId: null, now });
      if (r.created) await recordAudit(tx, { actorUserId: null, action: "invoice.run.scheduled", entityType: "InvoiceRun", entityId: r.runId, details: { periodKey: month, invoices: r.invoiceIds.length } });
      return { runId: r.runId, created: r.created, invoices: r.invoiceIds.length };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
