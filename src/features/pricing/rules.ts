import { centsForMinutes, vatOn } from "@/lib/money";

// Pricing: pure functions over the dated rows (price lists, VAT rates). The server computes
// every price from these; the browser never sends one. Rounding: docs/decisions/020-pricing-and-rounding.md.

export interface PriceComponents {
  workerPayCents: number;
  sideCostsCents: number;
  serviceCostsCents: number;
}

/** The hourly price the orderer pays (VAT 0 %): worker pay + side costs + service costs. */
export function unitPriceOf(p: PriceComponents): number {
  return p.workerPayCents + p.sideCostsCents + p.serviceCostsCents;
}

export interface QuoteInput {
  unitPriceCents: number; // per hour, VAT 0 %
  vatRateBp: number;
  minutesPerWorker: number;
  workerCount: number;
}

export interface Quote {
  unitPriceCents: number;
  totalMinutes: number;
  netCents: number;
  vatRateBp: number;
  vatCents: number;
  grossCents: number;
}

/**
 * hours × workers × price. The net is rounded once, on the total minutes (half away from zero);
 * VAT is computed once, on the total net, and rounded the same way; gross = net + VAT.
 */
export function quote({ unitPriceCents, vatRateBp, minutesPerWorker, workerCount }: QuoteInput): Quote {
  if (!Number.isInteger(minutesPerWorker) || minutesPerWorker < 0) throw new RangeError("minutesPerWorker");
  if (!Number.isInteger(workerCount) || workerCount < 0) throw new RangeError("workerCount");
  const totalMinutes = minutesPerWorker * workerCount;
  const netCents = centsForMinutes(unitPriceCents, totalMinutes);
  const vatCents = vatOn(netCents, vatRateBp);
  return { unitPriceCents, totalMinutes, netCents, vatRateBp, vatCents, grossCents: netCents + vatCents };
}

/** The price used for an order: a coordinator's agreed price wins over the list price. */
export function effectiveUnitPrice(order: { listUnitPriceCents: number | null; agreedUnitPriceCents: number | null }): number | null {
  return order.agreedUnitPriceCents ?? order.listUnitPriceCents;
}
