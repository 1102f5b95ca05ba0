import { runInvoicing } from "../../src/features/invoicing/mutations";
import { helsinkiInstant } from "../../src/lib/dates";
import { createClient, createGig, createOrder } from "./coordination";
import type { World } from "./world";

// Fixtures for invoice tests: a seller with its billing details, and orders whose gigs have
// approved hours the orderer confirmed (what an invoice run bills).

export async function withSellerDetails(w: World, jobcenter: "D" | "R" = "D") {
  const id = jobcenter === "R" ? w.jobcenterR.id : w.jobcenterD.id;
  await w.db.jobcenter.update({
    where: { id },
    data: { businessId: "0201256-6", streetAddress: "Työpajankatu 1", postalCode: "00580", city: "Helsinki", iban: "FI2112345600000785", bic: "NDEAFIHH" },
  });
}

/** An APPROVED order with one gig per day, each approved and confirmed; price per hour in cents. */
export async function billableOrder(
  w: World,
  opts: { jobcenter?: "D" | "R"; days: { day: string; minutes: number }[]; priceCents?: number; agreedCents?: number; confirmed?: boolean },
) {
  const order = await createOrder(w, { jobcenter: opts.jobcenter, status: "APPROVED" });
  await w.db.order.update({ where: { id: order.id }, data: { listUnitPriceCents: opts.priceCents ?? 2000, agreedUnitPriceCents: opts.agreedCents ?? null } });
  const client = await createClient(w, { jobcenter: opts.jobcenter, firstName: "Maija" });
  const gigs = [];
  for (const d of opts.days) {
    const g = await createGig(w, { orderId: order.id, clientId: client.id, status: "APPROVED", day: d.day, start: "09:00", end: "13:00", reportedMinutes: d.minutes });
    await w.db.gig.update({
      where: { id: g.id },
      data: { approvedMinutes: d.minutes, approvedAt: helsinkiInstant(d.day, "14:00"), hoursConfirmedAt: opts.confirmed === false ? null : helsinkiInstant(d.day, "15:00") },
    });
    gigs.push(g);
  }
  return { order, gigs, client };
}

let runSeq = 0;

/** Invoices one order right away (a run of its own), straight through the mutation. */
export async function invoiceOrder(w: World, orderId: string, jobcenter: "D" | "R" = "D", issueDay = "2026-12-01") {
  await withSellerDetails(w, jobcenter);
  runSeq++;
  const jobcenterId = jobcenter === "R" ? w.jobcenterR.id : w.jobcenterD.id;
  const r = await w.db.$transaction((tx) =>
    runInvoicing(tx, { jobcenterId, periodKey: `test:${runSeq}:${orderId}`, periodStart: issueDay, periodEnd: issueDay, orderId, issueDay, userId: null, now: helsinkiInstant(issueDay, "12:00") }),
  );
  return r.invoiceIds[0]!;
}
