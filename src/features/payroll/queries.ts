import type { Subject } from "@/features/auth/rules";
import { can } from "@/features/auth/permissions";
import { recordAudit } from "@/features/audit/mutations";
import { loadEarningGigs } from "@/features/benefits/queries";
import { listBenefitLimits } from "@/features/benefits/queries";
import type { BenefitType } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { pickValidAt } from "@/lib/dated";
import { addHelsinkiDays, dayOfDateColumn, helsinkiInstant } from "@/lib/dates";
import { ruleViolation } from "@/server/errors";
import { limitWarnings, type LimitWarning, type PayPeriod, type RunGigInput, type TaxCard } from "./rules";

type Reader = Db | Tx;

export function findJobcenterForPay(db: Reader, jobcenterId: string) {
  return db.jobcenter.findUnique({ where: { id: jobcenterId }, select: { id: true, name: true } });
}

export function findRunForPeriod(db: Reader, jobcenterId: string, periodStart: Date) {
  return db.payRun.findUnique({ where: { jobcenterId_periodStart: { jobcenterId, periodStart } }, select: { id: true, status: true } });
}

export function findRunForAction(db: Reader, payRunId: string) {
  return db.payRun.findUnique({
    where: { id: payRunId },
    select: { id: true, jobcenterId: true, status: true, periodStart: true, periodEnd: true, paymentDate: true },
  });
}

/** How far back a run looks for approved gigs that no run has paid yet (late approvals). */
const LOOK_BACK_DAYS = 366;

/**
 * Approved gigs of the Jobcenter's orders, worked before the period's end (late approvals of
 * earlier months included) and not yet in any run, with the price list rates of each.
 */
export async function loadPayableGigs(db: Reader, jobcenterId: string, period: PayPeriod): Promise<RunGigInput[]> {
  const end = addHelsinkiDays(helsinkiInstant(period.end), 1);
  const from = addHelsinkiDays(helsinkiInstant(period.start), -LOOK_BACK_DAYS);
  const gigs = await db.gig.findMany({
    where: { status: "APPROVED", approvedMinutes: { not: null }, startsAt: { gte: from, lt: end }, order: { jobcenterId } },
    select: {
      id: true,
      clientId: true,
      startsAt: true,
      approvedMinutes: true,
      client: { select: { firstName: true, lastName: true } },
      order: {
        select: {
          title: true,
          contractModel: true,
          orderer: { select: { name: true } },
          priceList: { select: { workerPayCents: true, sideCostsCents: true, serviceCostsCents: true } },
        },
      },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  if (gigs.length === 0) return [];
  const paid = await db.payRunGig.findMany({ where: { gigId: { in: gigs.map((g) => g.id) } }, select: { gigId: true } });
  const paidIds = new Set(paid.map((p) => p.gigId));
  const open = gigs.filter((g) => !paidIds.has(g.id));
  const lists = open.some((g) => !g.order.priceList) ? await db.priceList.findMany({ where: { jobcenterId } }) : [];
  return open.map((g) => {
    const rates =
      g.order.priceList ?? pickValidAt(lists.filter((l) => l.contractModel === g.order.contractModel), g.startsAt);
    if (!rates) throw ruleViolation("NO_PRICE_LIST");
    return {
      gigId: g.id,
      clientId: g.clientId,
      workerName: `${g.client.firstName} ${g.client.lastName}`,
      contractModel: g.order.contractModel,
      startsAt: g.startsAt,
      minutes: g.approvedMinutes ?? 0,
      description: `${g.order.title}, ${g.order.orderer.name}`,
      rates: { workerPayCents: rates.workerPayCents, sideCostsCents: rates.sideCostsCents, serviceCostsCents: rates.serviceCostsCents },
    };
  });
}

export async function loadPayDetailsMap(db: Reader, clientIds: string[]): Promise<Map<string, TaxCard & { iban: string | null }>> {
  const rows = await db.clientPayDetails.findMany({
    where: { clientId: { in: clientIds } },
    select: { clientId: true, withholdingBp: true, taxCardValidFrom: true, taxCardValidTo: true, iban: true },
  });
  return new Map(rows.map((r) => [r.clientId, r]));
}

export const PAY_RUNS_PAGE = 20;

/** The coordinator's runs, newest period first, a page at a time (keyset on period and id). */
export async function listPayRuns(db: Reader, jobcenterIds: string[], cursor: string | null) {
  const after = cursor ? await db.payRun.findUnique({ where: { id: cursor }, select: { id: true, periodStart: true } }) : null;
  const rows = await db.payRun.findMany({
    where: {
      jobcenterId: { in: jobcenterIds },
      ...(after ? { OR: [{ periodStart: { lt: after.periodStart } }, { periodStart: after.periodStart, id: { lt: after.id } }] } : {}),
    },
    select: {
      id: true,
      periodStart: true,
      periodEnd: true,
      paymentDate: true,
      status: true,
      grossCents: true,
      netCents: true,
      jobcenter: { select: { name: true } },
      _count: { select: { lines: true } },
    },
    orderBy: [{ periodStart: "desc" }, { id: "desc" }],
    take: PAY_RUNS_PAGE + 1,
  });
  return { rows: rows.slice(0, PAY_RUNS_PAGE), next: rows.length > PAY_RUNS_PAGE ? rows[PAY_RUNS_PAGE - 1]!.id : null };
}

/** A run with its lines (no identity codes or IBANs: those are for the export only). */
export function loadPayRun(db: Reader, payRunId: string) {
  return db.payRun.findUnique({
    where: { id: payRunId },
    include: {
      jobcenter: { select: { name: true } },
      lines: {
        orderBy: [{ workerName: "asc" }, { kind: "asc" }],
        include: { client: { select: { unit: { select: { name: true } } } } },
      },
    },
  });
}

/** The partner-model gigs of the period: paid by the partner association, listed on the run. */
export function loadPartnerGigs(db: Reader, jobcenterId: string, period: PayPeriod) {
  return db.gig.findMany({
    where: {
      status: "APPROVED",
      order: { jobcenterId, contractModel: "PARTNER_EMPLOYER" },
      startsAt: { gte: helsinkiInstant(period.start), lt: addHelsinkiDays(helsinkiInstant(period.end), 1) },
    },
    select: { id: true, startsAt: true, approvedMinutes: true, client: { select: { firstName: true, lastName: true } }, order: { select: { title: true } } },
    orderBy: { startsAt: "asc" },
    take: 200,
  });
}

/**
 * Workers of the run who near or cross an earnings limit with what they have earned up to the
 * period's last day. Which benefit a limit belongs to is for the unit's staff (ADR 033): the
 * page names the YEL limit and says "a benefit limit" for the rest.
 */
export async function loadLimitWarnings(db: Reader, run: { periodStart: Date; periodEnd: Date }, clientIds: string[]): Promise<LimitWarning[]> {
  const period = { start: dayOfDateColumn(run.periodStart), end: dayOfDateColumn(run.periodEnd) };
  const at = helsinkiInstant(period.end, "12:00");
  const clients = await db.client.findMany({ where: { id: { in: clientIds } }, select: { id: true, firstName: true, lastName: true, benefits: true } });
  const rows = await listBenefitLimits(db);
  const workers: { clientId: string; workerName: string; benefits: BenefitType[]; gigs: Awaited<ReturnType<typeof loadEarningGigs>> }[] = [];
  for (const c of clients) {
    workers.push({ clientId: c.id, workerName: `${c.firstName} ${c.lastName}`, benefits: c.benefits, gigs: await loadEarningGigs(db, c.id, at) });
  }
  return limitWarnings(workers, rows, period);
}

/**
 * The warnings as the draft page shows them to a reader: what they reveal comes from the
 * clients' benefits, so each warned worker's read is an audit event.
 */
export async function readLimitWarningsAudited(db: Db, reader: { userId: string }, run: { id: string; periodStart: Date; periodEnd: Date }, clientIds: string[]) {
  const warnings = await loadLimitWarnings(db, run, clientIds);
  for (const w of warnings) {
    await recordAudit(db, { actorUserId: reader.userId, action: "payroll.limits.read", entityType: "PayRun", entityId: run.id, clientId: w.clientId });
  }
  return warnings;
}

/** The payroll export's rows: the whole identity code and IBAN, for the confirmed run only. */
export function loadExportLines(db: Reader, payRunId: string) {
  return db.payRunLine.findMany({
    where: { payRunId },
    orderBy: [{ workerName: "asc" }, { kind: "asc" }],
    select: {
      kind: true,
      workerName: true,
      minutes: true,
      grossCents: true,
      sideCostsCents: true,
      withholdingBp: true,
      taxCardRecorded: true,
      withholdingCents: true,
      netCents: true,
      client: { select: { payDetails: { select: { personalIdentityCode: true, iban: true } } } },
    },
  });
}

// ───── the worker's pay details ─────

export function findClientForPay(db: Reader, clientId: string) {
  return db.client.findUnique({ where: { id: clientId }, select: { id: true, unitId: true, unit: { select: { jobcenterId: true } } } });
}

export function clientPayTarget(c: { id: string; unitId: string; unit: { jobcenterId: string } }) {
  return { clientId: c.id, unitId: c.unitId, jobcenterId: c.unit.jobcenterId };
}

/**
 * The client's pay details for the staff form, when the reader may see them; every read writes
 * a `payDetails.read` audit event (the identity code and IBAN are the most sensitive fields).
 */
export async function readPayDetailsAudited(db: Db, reader: Subject & { userId: string }, clientId: string) {
  const client = await findClientForPay(db, clientId);
  if (!client || !can(reader, "payDetails.read", clientPayTarget(client))) return null;
  const details = await db.clientPayDetails.findUnique({ where: { clientId } });
  await recordAudit(db, { actorUserId: reader.userId, action: "payDetails.read", entityType: "ClientPayDetails", entityId: details?.id ?? null, clientId });
  return { details };
}

// ───── the client's statements ─────

/** The client's pay statements of confirmed runs, newest first. */
export function listClientStatements(db: Reader, clientId: string) {
  return db.payRunLine.findMany({
    where: { clientId, payRun: { status: "CONFIRMED" } },
    select: {
      id: true,
      kind: true,
      grossCents: true,
      netCents: true,
      withholdingCents: true,
      payRun: { select: { periodStart: true, periodEnd: true, paymentDate: true } },
    },
    orderBy: [{ payRun: { periodStart: "desc" } }, { kind: "asc" }],
    take: 36,
  });
}

/** One statement with what its document is built from. */
export function findStatement(db: Reader, lineId: string) {
  return db.payRunLine.findUnique({
    where: { id: lineId },
    include: {
      gigs: { orderBy: [{ workDate: "asc" }, { id: "asc" }] },
      client: { select: { unitId: true } },
      payRun: { select: { status: true, jobcenterId: true, periodStart: true, periodEnd: true, paymentDate: true, jobcenter: { select: { name: true } } } },
    },
  });
}

export function listJobcentersByIds(db: Reader, ids: string[]) {
  return db.jobcenter.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/**
 * A statement of a confirmed run for this reader: the worker's own, or their unit staff's or
 * coordinator's (whose read is audited); null for anyone else and for drafts.
 */
export async function readStatement(db: Db, reader: Subject & { userId: string; clientId?: string | null }, lineId: string) {
  const line = await findStatement(db, lineId);
  if (!line || line.payRun.status !== "CONFIRMED") return null;
  if (!can(reader, "payStatement.read", { clientId: line.clientId, unitId: line.client.unitId, jobcenterId: line.payRun.jobcenterId })) return null;
  if (reader.clientId !== line.clientId) {
    await recordAudit(db, { actorUserId: reader.userId, action: "payStatement.read", entityType: "PayRunLine", entityId: line.id, clientId: line.clientId });
  }
  return line;
}

/**
 * Paid gigs whose approved minutes were corrected after the run that paid them: a run never
 * changes, so the draft page lists them for payroll to settle by hand (ADR 063).
 */
export function listCorrectedPaidGigs(db: Reader, jobcenterId: string) {
  return db.$queryRaw<{ gigId: string; workDate: Date; paidMinutes: number; approvedMinutes: number | null; firstName: string; lastName: string; periodStart: Date }[]>`
    SELECT prg."gigId", prg."workDate", prg.minutes AS "paidMinutes", g."approvedMinutes", c."firstName", c."lastName", pr."periodStart"
    FROM "PayRunGig" prg
    JOIN "PayRun" pr ON pr.id = prg."payRunId"
    JOIN "Gig" g ON g.id = prg."gigId"
    JOIN "Client" c ON c.id = g."clientId"
    WHERE pr."jobcenterId" = ${jobcenterId} AND g."approvedMinutes" IS DISTINCT FROM prg.minutes
    ORDER BY prg."workDate" DESC, prg."gigId"
    LIMIT 100`;
}
