"use server";

import { stringify } from "csv-stringify/sync";
import { dateColumn, dayOfDateColumn } from "@/lib/dates";
import { defineAction } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { confirmRun, createDraftRun, deleteDraftRun, lockJobcenterPay, upsertPayDetails } from "./mutations";
import { clientPayTarget, findClientForPay, findJobcenterForPay, findRunForAction, findRunForPeriod, loadExportLines, loadPayableGigs, loadPayDetailsMap } from "./queries";
import { buildRun, EXPORT_COLUMNS, exportRows, monthPeriod, periodEnded } from "./rules";
import { createPayRunSchema, payRunSchema, savePayDetailsSchema } from "./schema";

const payPaths = (id?: string) => ["/coordinator/pay", ...(id ? [`/coordinator/pay/${id}`] : [])];

/**
 * Staff record the worker's identity code, IBAN and tax card; an empty code or IBAN keeps the
 * stored one. The audit says what changed, never the values.
 */
export const savePayDetails = defineAction({
  name: "payroll.savePayDetails",
  input: savePayDetailsSchema,
  permission: "payDetails.record",
  load: async ({ tx, input }) => {
    const client = await findClientForPay(tx, input.clientId);
    return client && { target: clientPayTarget(client), row: client };
  },
  run: async ({ tx, input, user, audit }) => {
    const saved = await upsertPayDetails(tx, input.clientId, {
      personalIdentityCode: input.personalIdentityCode ?? undefined,
      iban: input.iban ?? undefined,
      withholdingBp: input.withholdingPercent,
      taxCardValidFrom: input.taxCardValidFrom ? dateColumn(input.taxCardValidFrom) : null,
      taxCardValidTo: input.taxCardValidTo ? dateColumn(input.taxCardValidTo) : null,
      recordedById: user.userId,
    });
    await audit({
      action: "payDetails.record",
      entityType: "ClientPayDetails",
      entityId: saved.id,
      clientId: input.clientId,
      details: {
        personalIdentityCodeChanged: input.personalIdentityCode !== null,
        ibanChanged: input.iban !== null,
        withholdingBp: input.withholdingPercent,
        taxCardValidFrom: input.taxCardValidFrom,
        taxCardValidTo: input.taxCardValidTo,
      },
    });
    return { id: saved.id };
  },
  revalidate: ({ input }) => [`/unit/clients/${input.clientId}`],
});

/**
 * A draft run for a month that is over: every approved gig worked up to the month's end that no
 * run has paid. Running the month again finds the run it made (created: false).
 */
export const createPayRun = defineAction({
  name: "payroll.createRun",
  input: createPayRunSchema,
  permission: "payroll.run",
  load: async ({ tx, input }) => {
    const jc = await findJobcenterForPay(tx, input.jobcenterId);
    return jc && { target: { jobcenterId: jc.id }, row: jc };
  },
  run: async ({ tx, input, user, now, audit }) => {
    const period = monthPeriod(input.month);
    if (!periodEnded(period, now)) throw ruleViolation("PAY_PERIOD_NOT_ENDED");
    await lockJobcenterPay(tx, input.jobcenterId);
    const existing = await findRunForPeriod(tx, input.jobcenterId, dateColumn(period.start));
    if (existing) return { id: existing.id, created: false };
    const gigs = await loadPayableGigs(tx, input.jobcenterId, period);
    const details = await loadPayDetailsMap(tx, [...new Set(gigs.map((g) => g.clientId))]);
    const built = buildRun(gigs, details, input.paymentDate);
    const run = await createDraftRun(tx, { jobcenterId: input.jobcenterId, period, paymentDate: input.paymentDate, built, createdById: user.userId });
    await audit({
      action: "payroll.createRun",
      entityType: "PayRun",
      entityId: run.id,
      details: { month: input.month, lines: built.lines.length, gigs: built.lines.reduce((s, l) => s + l.gigs.length, 0), grossCents: built.totals.grossCents },
    });
    return { id: run.id, created: true };
  },
  revalidate: ({ data }) => payPaths(data.id),
});

/** Confirming locks the run: its lines become the workers' pay statements. */
export const confirmPayRun = defineAction({
  name: "payroll.confirmRun",
  input: payRunSchema,
  permission: "payroll.run",
  load: async ({ tx, input }) => {
    const run = await findRunForAction(tx, input.payRunId);
    return run && { target: { jobcenterId: run.jobcenterId }, row: run };
  },
  run: async ({ tx, row, user, now, audit }) => {
    if (!(await confirmRun(tx, row.id, user.userId, now))) throw ruleViolation("PAY_RUN_NOT_DRAFT");
    await audit({ action: "payroll.confirmRun", entityType: "PayRun", entityId: row.id });
    return { id: row.id };
  },
  revalidate: ({ input }) => [...payPaths(input.payRunId), "/client/money"],
});

/** A draft is thrown away to run the month again (with hours approved since); a confirmed run stays. */
export const discardPayRun = defineAction({
  name: "payroll.discardRun",
  input: payRunSchema,
  permission: "payroll.run",
  load: async ({ tx, input }) => {
    const run = await findRunForAction(tx, input.payRunId);
    return run && { target: { jobcenterId: run.jobcenterId }, row: run };
  },
  run: async ({ tx, row, audit }) => {
    if (!(await deleteDraftRun(tx, row.id))) throw ruleViolation("PAY_RUN_NOT_DRAFT");
    await audit({ action: "payroll.discardRun", entityType: "PayRun", entityId: row.id, details: { periodStart: dayOfDateColumn(row.periodStart) } });
    return { id: row.id };
  },
  revalidate: () => payPaths(),
});

/**
 * The payroll CSV with each worker's whole identity code and IBAN: only the Jobcenter's
 * coordinator, only a confirmed run, and every download is an audit event.
 */
export const exportPayRun = defineAction({
  name: "payroll.export",
  input: payRunSchema,
  permission: "payroll.export",
  load: async ({ tx, input }) => {
    const run = await findRunForAction(tx, input.payRunId);
    return run && { target: { jobcenterId: run.jobcenterId }, row: run };
  },
  run: async ({ tx, row, audit }) => {
    if (row.status !== "CONFIRMED") throw ruleViolation("PAY_RUN_NOT_CONFIRMED");
    const lines = await loadExportLines(tx, row.id);
    const meta = { periodStart: dayOfDateColumn(row.periodStart), periodEnd: dayOfDateColumn(row.periodEnd), paymentDate: dayOfDateColumn(row.paymentDate) };
    const rows = exportRows(
      meta,
      lines.map((l) => ({ ...l, personalIdentityCode: l.client.payDetails?.personalIdentityCode ?? null, iban: l.client.payDetails?.iban ?? null })),
    );
    const csv = stringify([[...EXPORT_COLUMNS], ...rows]);
    await audit({ action: "payroll.export", entityType: "PayRun", entityId: row.id, details: { lines: lines.length } });
    return { filename: `palkat-${meta.periodStart.slice(0, 7)}.csv`, csv };
  },
});
