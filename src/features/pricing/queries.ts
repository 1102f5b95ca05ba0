import type { ContractModel } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { pickValid } from "@/lib/dated";
import { quote, unitPriceOf, type Quote } from "./rules";

type Reader = Pick<Tx, "priceList" | "vatRate">;

export interface PricedQuote extends Quote {
  priceListId: string;
  listUnitPriceCents: number;
}

/**
 * The price of an order from the rows valid on the work day (`@db.Date` value): the price list of
 * the Jobcenter and contract model, and the VAT rate. An agreed price replaces the list price.
 * Throws NO_PRICE_LIST / NO_VAT_RATE.
 */
export async function priceOrder(
  db: Reader,
  args: { jobcenterId: string; contractModel: ContractModel; workDay: Date; minutesPerWorker: number; workerCount: number; agreedUnitPriceCents?: number | null },
): Promise<PricedQuote> {
  const [lists, rates] = await Promise.all([
    db.priceList.findMany({ where: { jobcenterId: args.jobcenterId, contractModel: args.contractModel, validFrom: { lte: args.workDay } } }),
    db.vatRate.findMany({ where: { validFrom: { lte: args.workDay } } }),
  ]);
  const list = pickValid(lists, args.workDay);
  if (!list) throw ruleViolation("NO_PRICE_LIST");
  const rate = pickValid(rates, args.workDay);
  if (!rate) throw ruleViolation("NO_VAT_RATE");
  const listUnitPriceCents = unitPriceOf(list);
  const q = quote({
    unitPriceCents: args.agreedUnitPriceCents ?? listUnitPriceCents,
    vatRateBp: rate.rateBp,
    minutesPerWorker: args.minutesPerWorker,
    workerCount: args.workerCount,
  });
  return { ...q, priceListId: list.id, listUnitPriceCents };
}

/** Price lists of a Jobcenter valid on a day, for the public page: model → hourly price. */
export async function currentPrices(db: Reader, jobcenterId: string, day: Date) {
  const [lists, rates] = await Promise.all([
    db.priceList.findMany({ where: { jobcenterId, validFrom: { lte: day } } }),
    db.vatRate.findMany({ where: { validFrom: { lte: day } } }),
  ]);
  const models = [...new Set(lists.map((l) => l.contractModel))];
  const prices = models.flatMap((m) => {
    const l = pickValid(
      lists.filter((x) => x.contractModel === m),
      day,
    );
    return l ? [{ contractModel: m, unitPriceCents: unitPriceOf(l), workerPayCents: l.workerPayCents, sideCostsCents: l.sideCostsCents, serviceCostsCents: l.serviceCostsCents }] : [];
  });
  return { prices, vatRateBp: pickValid(rates, day)?.rateBp ?? null };
}

/** Admin lists: all rows, newest first. */
export function listPriceLists(db: Pick<Tx, "priceList">) {
  return db.priceList.findMany({
    orderBy: [{ jobcenterId: "asc" }, { contractModel: "asc" }, { validFrom: "desc" }],
    include: { jobcenter: { select: { name: true } }, _count: { select: { orders: true } } },
  });
}
export function listVatRates(db: Pick<Tx, "vatRate">) {
  return db.vatRate.findMany({ orderBy: { validFrom: "desc" } });
}
export function listTermsVersions(db: Pick<Tx, "orderTermsVersion">) {
  return db.orderTermsVersion.findMany({
    orderBy: [{ jobcenterId: "asc" }, { locale: "asc" }, { version: "desc" }],
    include: { jobcenter: { select: { name: true } }, _count: { select: { acceptances: true } } },
  });
}

/** The Jobcenter a new dated row belongs to, or null when there is none. */
export function findJobcenterRef(db: Pick<Tx, "jobcenter">, jobcenterId: string) {
  return db.jobcenter.findUnique({ where: { id: jobcenterId }, select: { id: true } });
}
