import type { BenefitType, ContractModel } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { pickValidAt } from "@/lib/dated";
import { addHelsinkiDays, startOfHelsinkiYear } from "@/lib/dates";
import { FILLED_STATES } from "@/features/gigs/rules";
import {
  forecastMeters,
  limitMeters,
  offerWarnings,
  periodWindow,
  summariseEarnings,
  type EarningGig,
  type EarningStage,
  type Earnings,
  type ForecastMeter,
  type LimitMeter,
  type LimitRow,
  type OfferWarning,
  type StagedGig,
} from "./rules";

type Reader = Db | Tx;

export function listBenefitLimits(db: Reader): Promise<LimitRow[]> {
  return db.benefitLimit.findMany({ orderBy: [{ kind: "asc" }, { period: "asc" }, { validFrom: "desc" }] });
}

/**
 * The client's approved gigs this year (Helsinki) as earnings: the worker pay of the order's
 * price list, or (for an order without a price snapshot) of the Jobcenter's price list valid on
 * the work day.
 */
export async function loadEarningGigs(db: Reader, clientId: string, now: Date): Promise<EarningGig[]> {
  const gigs = await db.gig.findMany({
    where: { clientId, status: "APPROVED", approvedMinutes: { not: null }, startsAt: { gte: startOfHelsinkiYear(now) } },
    select: {
      startsAt: true,
      approvedMinutes: true,
      order: { select: { contractModel: true, jobcenterId: true, priceList: { select: { workerPayCents: true } } } },
    },
  });
  const missing = gigs.filter((g) => !g.order.priceList);
  const lists = missing.length
    ? await db.priceList.findMany({ where: { jobcenterId: { in: [...new Set(missing.map((g) => g.order.jobcenterId))] } } })
    : [];
  return gigs.map((g) => {
    const list =
      g.order.priceList ??
      pickValidAt(
        lists.filter((l) => l.jobcenterId === g.order.jobcenterId && l.contractModel === g.order.contractModel),
        g.startsAt,
      );
    return {
      workedAt: g.startsAt,
      approvedMinutes: g.approvedMinutes ?? 0,
      workerPayCents: list?.workerPayCents ?? 0,
      contractModel: g.order.contractModel,
    };
  });
}

export interface MoneyView {
  earnings: Earnings;
  meters: LimitMeter[];
  /** the same limits with waiting and planned gigs (ADR 081) */
  forecast: ForecastMeter[];
  /** worker pay per hour of the latest approved gig (for "about N more hours") */
  payPerHourCents: number | null;
}

export async function loadMoneyView(db: Reader, client: { id: string; benefits: BenefitType[] }, now: Date): Promise<MoneyView> {
  const gigs = await loadEarningGigs(db, client.id, now);
  const rows = await listBenefitLimits(db);
  const staged = (await loadStagedGigs(db, [client.id], now)).get(client.id) ?? [];
  const earnings = summariseEarnings(gigs, now);
  const latest = [...gigs].sort((a, b) => b.workedAt.getTime() - a.workedAt.getTime())[0];
  return {
    earnings,
    meters: limitMeters(rows, client.benefits, earnings, now),
    forecast: forecastMeters(rows, client.benefits, staged, now),
    payPerHourCents: latest?.workerPayCents ?? null,
  };
}

function stageOf(status: string): EarningStage {
  return status === "APPROVED" ? "approved" : status === "REPORTED" ? "waiting" : "planned";
}

/**
 * The clients' gigs that count or will count towards a limit in any period holding `at`
 * (the four weeks may reach into the year before): approved, reported (waiting) and accepted
 * or started (planned), each at its best-known minutes and the worker pay of its price list.
 * One query for many clients (the nomination form asks for every candidate at once).
 */
export async function loadStagedGigs(db: Reader, clientIds: readonly string[], at: Date, excludeGigId?: string): Promise<Map<string, StagedGig[]>> {
  const out = new Map<string, StagedGig[]>();
  if (!clientIds.length) return out;
  const from = startOfHelsinkiYear(addHelsinkiDays(at, -27));
  const to = periodWindow("YEAR", at).to;
  const gigs = await db.gig.findMany({
    where: { clientId: { in: [...clientIds] }, status: { in: [...FILLED_STATES] }, startsAt: { gte: from, lt: to }, ...(excludeGigId ? { id: { not: excludeGigId } } : {}) },
    select: {
      clientId: true,
      status: true,
      startsAt: true,
      plannedMinutes: true,
      reportedMinutes: true,
      approvedMinutes: true,
      order: { select: { contractModel: true, jobcenterId: true, priceList: { select: { workerPayCents: true } } } },
    },
  });
  const missing = gigs.filter((g) => !g.order.priceList);
  const lists = missing.length ? await db.priceList.findMany({ where: { jobcenterId: { in: [...new Set(missing.map((g) => g.order.jobcenterId))] } } }) : [];
  for (const g of gigs) {
    const list =
      g.order.priceList ??
      pickValidAt(
        lists.filter((l) => l.jobcenterId === g.order.jobcenterId && l.contractModel === g.order.contractModel),
        g.startsAt,
      );
    const stage = stageOf(g.status);
    const minutes = stage === "approved" ? (g.approvedMinutes ?? 0) : stage === "waiting" ? (g.reportedMinutes ?? g.plannedMinutes) : g.plannedMinutes;
    const row: StagedGig = { workedAt: g.startsAt, minutes, workerPayCents: list?.workerPayCents ?? 0, contractModel: g.order.contractModel, stage };
    out.set(g.clientId, [...(out.get(g.clientId) ?? []), row]);
  }
  return out;
}

/**
 * The warnings for one offered gig (the client's offer page) or for an order's gig before
 * nominating (the unit's offer page, one entry per candidate): the gig is added as planned.
 */
export async function loadOfferWarnings(
  db: Reader,
  clients: readonly { id: string; benefits: BenefitType[] }[],
  offer: Omit<StagedGig, "stage"> & { gigId?: string },
): Promise<Map<string, OfferWarning[]>> {
  const rows = await listBenefitLimits(db);
  const staged = await loadStagedGigs(
    db,
    clients.map((c) => c.id),
    offer.workedAt,
    offer.gigId,
  );
  const gig = { workedAt: offer.workedAt, minutes: offer.minutes, workerPayCents: offer.workerPayCents, contractModel: offer.contractModel };
  return new Map(clients.map((c) => [c.id, offerWarnings(rows, c.benefits, staged.get(c.id) ?? [], gig)]));
}

/** What one worker of an order would earn per hour, and under which contract (for the nomination warning). */
export async function orderWorkerPay(db: Reader, orderId: string): Promise<{ workerPayCents: number; contractModel: ContractModel } | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { contractModel: true, jobcenterId: true, createdAt: true, priceList: { select: { workerPayCents: true } } },
  });
  if (!order) return null;
  const list =
    order.priceList ??
    pickValidAt(await db.priceList.findMany({ where: { jobcenterId: order.jobcenterId, contractModel: order.contractModel } }), order.createdAt);
  return list ? { workerPayCents: list.workerPayCents, contractModel: order.contractModel } : null;
}
