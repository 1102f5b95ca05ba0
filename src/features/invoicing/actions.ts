"use server";

import { dayKey } from "@/lib/dates";
import { defineAction } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import * as m from "./mutations";
import * as q from "./queries";
import { monthPeriod, parsePaymentsCsv } from "./rules";
import {
  correctInvoicedHoursSchema,
  creditInvoiceSchema,
  importPaymentsSchema,
  markPaidSchema,
  ordererBillingSchema,
  runInvoicesSchema,
  sellerDetailsSchema,
  autoInvoicingSchema,
} from "./schema";

const listPaths = ["/coordinator/invoices", "/orderer/invoices"];
const invoicePaths = (...ids: (string | null | undefined)[]) => [
  ...listPaths,
  ...ids.filter((id): id is string => !!id).flatMap((id) => [`/coordinator/invoices/${id}`, `/orderer/invoices/${id}`]),
];

export const runInvoices = defineAction({
  name: "invoice.run",
  input: runInvoicesSchema,
  permission: "invoice.run",
  load: async ({ tx, input }) => {
    const jc = await q.jobcenterForInvoicing(tx, input.jobcenterId);
    if (!jc) return null;
    const order = "orderId" in input ? await q.orderInJobcenter(tx, input.orderId, jc.id) : null;
    if ("orderId" in input && !order) return null;
    return { target: { jobcenterId: jc.id }, row: { jc, order } };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    const issueDay = dayKey(now);
    let period: { key: string; start: string; end: string };
    // one order's run per day: re-running it that day creates nothing; hours confirmed later go on a later run
    if (row.order) period = { key: `order:${row.order.number}:${issueDay}`, start: issueDay, end: issueDay };
    else {
      const p = monthPeriod((input as { month: string }).month)!;
      // a month is invoiced once it has ended: its hours are all in
      if (p.end >= issueDay) throw ruleViolation("INVALID_STATE");
      period = { key: (input as { month: string }).month, start: p.start, end: p.end };
    }
    const result = await m.runInvoicing(tx, {
      jobcenterId: row.jc.id,
      periodKey: period.key,
      periodStart: period.start,
      periodEnd: period.end,
      orderId: row.order?.id,
      issueDay,
      userId: user.userId,
      now,
    });
    if (result.created) await audit({ action: "invoice.run", entityType: "InvoiceRun", entityId: result.runId, details: { periodKey: period.key, invoices: result.invoiceIds.length } });
    return result;
  },
  revalidate: () => [...listPaths, "/coordinator"],
});

export const creditInvoice = defineAction({
  name: "invoice.credit",
  input: creditInvoiceSchema,
  permission: "invoice.credit",
  load: ({ tx, input }) => q.loadInvoice(tx, input.invoiceId),
  run: async ({ tx, row, input, user, now, audit }) => {
    const note = await m.creditInvoice(tx, row, input.reason, dayKey(now), user.userId);
    await audit({ action: "invoice.credit", entityType: "Invoice", entityId: row.id, details: { creditNoteId: note.id, number: note.number, reason: input.reason } });
    return { invoiceId: row.id, creditNoteId: note.id };
  },
  revalidate: ({ data }) => invoicePaths(data.invoiceId, data.creditNoteId),
});

export const correctInvoicedHours = defineAction({
  name: "invoice.correctHours",
  input: correctInvoicedHoursSchema,
  permission: "invoice.correctHours",
  load: async ({ tx, input }) => {
    const g = await q.gigForCorrection(tx, input.gigId);
    return g && { target: { jobcenterId: g.order.jobcenterId }, row: g };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    if (row.status !== "APPROVED") throw ruleViolation("GIG_NOT_IN_STATE");
    const result = await m.correctInvoicedGig(tx, row, input.minutes, input.reason, dayKey(now), user.userId, now);
    await audit({
      action: "invoice.correctHours",
      entityType: "Gig",
      entityId: row.id,
      clientId: row.clientId,
      details: { from: row.approvedMinutes, to: input.minutes, reason: input.reason, ...result },
    });
    return { gigId: row.id, orderId: row.orderId, ...result };
  },
  revalidate: ({ data }) => [...invoicePaths(data.creditNoteId, data.invoiceId), `/coordinator/orders/${data.orderId}`],
});

export const markInvoicePaid = defineAction({
  name: "invoice.markPaid",
  input: markPaidSchema,
  permission: "invoice.markPaid",
  load: ({ tx, input }) => q.loadInvoice(tx, input.invoiceId),
  run: async ({ tx, row, input, user, now, audit }) => {
    const amountCents = input.amount ?? (await m.remainingCents(tx, row));
    const paid = await m.recordPayment(tx, row, { amountCents, paidOn: input.paidOn, referenceNumber: null, bankRowId: null, userId: user.userId, now });
    await audit({ action: "invoice.markPaid", entityType: "Invoice", entityId: row.id, details: { amountCents, paidOn: input.paidOn, paid } });
    return { invoiceId: row.id, paid };
  },
  revalidate: ({ data }) => invoicePaths(data.invoiceId),
});

export const importPayments = defineAction({
  name: "invoice.importPayments",
  input: importPaymentsSchema,
  permission: "invoice.markPaid",
  load: async ({ tx, input }) => {
    const jc = await q.jobcenterForInvoicing(tx, input.jobcenterId);
    return jc && { target: { jobcenterId: jc.id }, row: jc };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    const parsed = parsePaymentsCsv(input.csv);
    if (!parsed) throw ruleViolation("PAYMENTS_FILE_UNREADABLE");
    const result = await m.importPayments(tx, row.id, parsed.rows, user.userId, now);
    await audit({ action: "invoice.importPayments", entityType: "Jobcenter", entityId: row.id, details: { ...result, unmatched: result.unmatched.length, rejected: parsed.rejected.length } });
    return { ...result, rejected: parsed.rejected };
  },
  revalidate: () => listPaths,
});

export const updateSellerDetails = defineAction({
  name: "invoice.sellerDetails",
  input: sellerDetailsSchema,
  permission: "invoice.sellerDetails",
  load: async ({ tx, input }) => {
    const jc = await q.jobcenterForInvoicing(tx, input.jobcenterId);
    return jc && { target: { jobcenterId: jc.id }, row: jc };
  },
  run: async ({ tx, row, input, audit }) => {
    const { jobcenterId, ...details } = input;
    await m.updateSellerDetails(tx, jobcenterId, details);
    await audit({ action: "jobcenter.sellerDetails", entityType: "Jobcenter", entityId: row.id, details: { businessId: details.businessId, iban: details.iban, bic: details.bic } });
    return { jobcenterId: row.id };
  },
  revalidate: () => ["/admin/jobcenters"],
});

export const updateOrdererBilling = defineAction({
  name: "invoice.ordererBilling",
  input: ordererBillingSchema,
  permission: "invoice.ordererBilling",
  load: async ({ tx, input }) => {
    const o = await q.ordererBilling(tx, input.ordererId);
    if (!o) return null;
    const jobcenterIds = (await q.ordererJobcenters(tx, o.id)).map((r) => r.jobcenterId);
    return { target: { jobcenterId: jobcenterIds }, row: o };
  },
  run: async ({ tx, row, input, audit }) => {
    // only a city unit is billed internally
    if (input.internalBilling && row.kind !== "CITY_UNIT") throw ruleViolation("INVALID_STATE");
    await m.updateOrdererBilling(tx, row.id, { internalBilling: input.internalBilling, costCentre: input.costCentre });
    await audit({ action: "orderer.billing", entityType: "Orderer", entityId: row.id, details: { internalBilling: input.internalBilling, costCentre: input.costCentre } });
    return { ordererId: row.id };
  },
  revalidate: () => listPaths,
});

/** The Jobcenter's month is invoiced by the job queue on the 1st, or only by hand (ADR 008). */
export const setAutoInvoicing = defineAction({
  name: "invoice.autoRun",
  input: autoInvoicingSchema,
  permission: "invoice.autoRun",
  load: async ({ tx, input }) => {
    const jc = await q.jobcenterAutoInvoicing(tx, input.jobcenterId);
    return jc && { target: { jobcenterId: jc.id }, row: jc };
  },
  run: async ({ tx, row, input, audit }) => {
    await m.setAutoInvoicing(tx, row.id, input.on);
    await audit({ action: "jobcenter.autoInvoicing", entityType: "Jobcenter", entityId: row.id, details: { on: input.on } });
    return { jobcenterId: row.id, on: input.on };
  },
  revalidate: () => listPaths,
});
