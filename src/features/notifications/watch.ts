import type { Db } from "@/server/db";
import { tellStaffCheckoutMissing, tellStaffUnanswered } from "./events";
import { findGigsMissingCheckout, findUnansweredGigs } from "./queries";
import { CHECKOUT, UNANSWERED } from "./rules";

// The scheduled checks of ADR 046 (jobs `notifications.unanswered` and `notifications.checkout`).
// Each gig is told in its own transaction under the key `gig:<id>:unanswered` /
// `gig:<id>:checkoutMissing`, so a second run, or a second instance, tells nobody again.

export interface WatchResult {
  gigs: number;
  /** staff members newly told */
  told: number;
}

/** Offers the client has not answered: waited 2 h and the gig starts within 48 h, or waited 3 days. */
export async function tellUnansweredOffers(db: Db, now: Date): Promise<WatchResult> {
  const t = now.getTime();
  const gigs = await findUnansweredGigs(db, {
    now,
    offeredBefore: new Date(t - UNANSWERED.minWaitMs),
    soonBefore: new Date(t + UNANSWERED.soonMs),
    longBefore: new Date(t - UNANSWERED.longMs),
  });
  let told = 0;
  for (const g of gigs) told += await db.$transaction((tx) => tellStaffUnanswered(tx, g, now));
  return { gigs: gigs.length, told };
}

/** Gigs accepted or started whose planned end is 2 h past without hours (the last 14 days). */
export async function tellMissingCheckouts(db: Db, now: Date): Promise<WatchResult> {
  const t = now.getTime();
  const gigs = await findGigsMissingCheckout(db, { endedBefore: new Date(t - CHECKOUT.graceMs), since: new Date(t - CHECKOUT.lookBackMs) });
  let told = 0;
  for (const g of gigs) told += await db.$transaction((tx) => tellStaffCheckoutMissing(tx, g, now));
  return { gigs: gigs.length, told };
}
