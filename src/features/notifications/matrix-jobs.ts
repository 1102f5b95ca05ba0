import type { Db } from "@/server/db";
import { dayKey } from "@/lib/dates";
import { eventKey, UNCONFIRMED_AHEAD_MS } from "./matrix";
import { notifyOrderEvent } from "./mutations";
import { findOrdersWorkingBetween, findUnconfirmedGigs } from "./queries";
import { tomorrowRange } from "./reminders";

// The scheduled rows of ADR 045. Each event is one transaction, so a crash leaves it told or
// untold, never half; the event key makes a second run (or a second instance) tell nobody again.

const PAGE = 200;

/** The orderer's "tomorrow the workers come": one per order and working day. */
export async function queueOrdererDayBefore(db: Db, now: Date): Promise<number> {
  const { from, to } = tomorrowRange(now);
  let told = 0;
  let after: string | null = null;
  for (;;) {
    const rows = await db.$transaction((tx) => findOrdersWorkingBetween(tx, from, to, after, PAGE));
    for (const r of rows) {
      const day = dayKey(r.startsAt);
      told += await db.$transaction((tx) =>
        notifyOrderEvent(tx, r.orderId, { kind: "orderer.dayBefore", params: { startsAt: r.startsAt.toISOString() }, key: eventKey.dayBefore(r.orderId, day), now }),
      );
    }
    if (rows.length < PAGE) return told;
    after = rows[rows.length - 1]!.orderId;
  }
}

/** Gigs nobody has confirmed that start within two days: every coordinator of the Jobcenter, once per gig. */
export async function queueUnconfirmedGigAlerts(db: Db, now: Date): Promise<number> {
  const until = new Date(now.getTime() + UNCONFIRMED_AHEAD_MS);
  let told = 0;
  let after: string | null = null;
  for (;;) {
    const gigs = await db.$transaction((tx) => findUnconfirmedGigs(tx, now, until, after, PAGE));
    for (const g of gigs) {
      told += await db.$transaction((tx) =>
        notifyOrderEvent(tx, g.orderId, { kind: "coordinator.gigUnconfirmed", params: { startsAt: g.startsAt.toISOString() }, key: eventKey.gigUnconfirmed(g.id), now }),
      );
    }
    if (gigs.length < PAGE) return told;
    after = gigs[gigs.length - 1]!.id;
  }
}
