import type { Tx } from "@/server/action";
import { dateColumn } from "@/lib/dates";
import type { BuiltRun, PayPeriod } from "./rules";

/**
 * Runs of one Jobcenter one at a time: the second of two simultaneous runs waits here, then
 * finds the first one's run (and its paid gigs) instead of making a second set.
 */
export async function lockJobcenterPay(tx: Tx, jobcenterId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Jobcenter" WHERE id = ${jobcenterId} FOR UPDATE`;
}

/** Stores a draft run, its lines and its gigs (in the caller's transaction: all or nothing). */
export async function createDraftRun(
  tx: Tx,
  args: { jobcenterId: string; period: PayPeriod; paymentDate: string; built: BuiltRun; createdById: string },
): Promise<{ id: string }> {
  const { built } = args;
  const run = await tx.payRun.create({
    data: {
      jobcenterId: args.jobcenterId,
      periodStart: dateColumn(args.period.start),
      periodEnd: dateColumn(args.period.end),
      paymentDate: dateColumn(args.paymentDate),
      grossCents: built.totals.grossCents,
      sideCostsCents: built.totals.sideCostsCents,
      withholdingCents: built.totals.withholdingCents,
      netCents: built.totals.netCents,
      createdById: args.createdById,
    },
    select: { id: true },
  });
  for (const line of built.lines) {
    await tx.payRunLine.create({
      data: {
        payRunId: run.id,
        clientId: line.clientId,
        kind: line.kind,
        workerName: line.workerName,
        minutes: line.minutes,
        grossCents: line.grossCents,
        sideCostsCents: line.sideCostsCents,
        serviceCostsCents: line.serviceCostsCents,
        priceCents: line.priceCents,
        withholdingBp: line.withholdingBp,
        taxCardRecorded: line.taxCardRecorded,
        withholdingCents: line.withholdingCents,
        netCents: line.netCents,
        ibanEnding: line.ibanEnding,
        gigs: {
          createMany: {
            data: line.gigs.map((g) => ({
              payRunId: run.id,
              gigId: g.gigId,
              workDate: dateColumn(g.workDate),
              description: g.description,
              minutes: g.minutes,
              hourlyPayCents: g.hourlyPayCents,
              grossCents: g.grossCents,
              sideCostsCents: g.sideCostsCents,
              serviceCostsCents: g.serviceCostsCents,
              priceCents: g.priceCents,
            })),
          },
        },
      },
    });
  }
  return run;
}

/** DRAFT → CONFIRMED, only if it is still a draft (a second confirm changes nothing). */
export async function confirmRun(tx: Tx, payRunId: string, userId: string, now: Date): Promise<boolean> {
  const r = await tx.payRun.updateMany({ where: { id: payRunId, status: "DRAFT" }, data: { status: "CONFIRMED", confirmedAt: now, confirmedById: userId } });
  return r.count === 1;
}

/** A draft may be thrown away (to run the month again with later approvals); its gigs are free again. */
export async function deleteDraftRun(tx: Tx, payRunId: string): Promise<boolean> {
  const r = await tx.payRun.deleteMany({ where: { id: payRunId, status: "DRAFT" } });
  return r.count === 1;
}

export function upsertPayDetails(
  tx: Tx,
  clientId: string,
  data: {
    /** undefined: keep what is stored (the form never shows the whole code or IBAN back) */
    personalIdentityCode: string | undefined;
    iban: string | undefined;
    withholdingBp: number | null;
    taxCardValidFrom: Date | null;
    taxCardValidTo: Date | null;
    recordedById: string;
  },
) {
  return tx.clientPayDetails.upsert({ where: { clientId }, create: { clientId, ...data }, update: data, select: { id: true } });
}
