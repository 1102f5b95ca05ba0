import type { Db } from "@/server/db";
import { confirmGigHours } from "./mutations";
import { findOrderForReview, findOrdersAwaitingReview } from "./queries";
import { gigsDeemedConfirmed } from "./rules";

export interface DeemedResult {
  orders: number;
  gigs: number;
}


/**
 * "Deemed confirmed" (ADR 035): every gig whose orderer did not answer within the terms'
 * deadline counts as confirmed. One transaction per order, each re-reading the order, so a
 * crash leaves whole orders done or untouched and a second run changes nothing. A plain
 * function: the job route calls it today, a queue may later (issue 12).
 */
export async function confirmOverdueHours(db: Db, now: Date, pageSize = 200): Promise<DeemedResult> {
  const result: DeemedResult = { orders: 0, gigs: 0 };
  let after: string | null = null;
  for (;;) {
    const orderIds: string[] = await db.$transaction((tx) => findOrdersAwaitingReview(tx, after, pageSize));
    for (const orderId of orderIds) {
      const confirmed = await db.$transaction(async (tx) => {
        const order = await findOrderForReview(tx, orderId);
        if (!order || order.confirmationDays === null) return 0;
        const due = gigsDeemedConfirmed(order.gigs, order.confirmationDays, now);
        return (await confirmGigHours(tx, due, "DEEMED_CONFIRMED", null, now)).length;
      });
      if (confirmed > 0) {
        result.orders += 1;
        result.gigs += confirmed;
      }
    }
    if (orderIds.length < pageSize) return result;
    after = orderIds[orderIds.length - 1]!;
  }
}
