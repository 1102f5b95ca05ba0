import type { BenefitType } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { pickValidAt } from "@/lib/dated";
import { startOfHelsinkiYear } from "@/lib/dates";
import { limitMeters, summariseEarnings, type EarningGig, type Earnings, type LimitMeter, type LimitRow } from "./rules";

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
  /** worker pay per hour of the latest approved gig (for "about N more hours") */
  payPerHourCents: number | null;
}

export async function loadMoneyView(db: Reader, client: { id: string; benefits: BenefitType[] }, now: Date): Promise<MoneyView> {
  const [gigs, rows] = await Promise.all([loadEarningGigs(db, client.id, now), listBenefitLimits(db)]);
  const earnings = summariseEarnings(gigs, now);
  const latest = [...gigs].sort((a, b) => b.workedAt.getTime() - a.workedAt.getTime())[0];
  return { earnings, meters: limitMeters(rows, client.benefits, earnings, now), payPerHourCents: latest?.workerPayCents ?? null };
}
