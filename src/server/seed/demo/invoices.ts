import { creditInvoice, recordPayment, runInvoicing } from "@/features/invoicing/mutations";
import { findInvoice } from "@/features/invoicing/queries";
import { dateColumn, dayKey, helsinkiInstant } from "@/lib/dates";
import { DAY, type SeedContext, type World } from "./context";
import { JOBCENTER_KEYS } from "./jobcenters";

// The real invoice run for the demo's past months (ADR 060): the seed's INVOICED orders get
// their invoices from the same code the coordinator's button runs. Last month is left for the
// demo's coordinator to run (its APPROVED orders have confirmed hours waiting). One invoice is
// paid, one is credited.

const SELLER = {
  D: { businessId: "0201256-6", streetAddress: "Työpajankatu 10", postalCode: "00580", city: "Helsinki", iban: "FI2112345600000785", bic: "NDEAFIHH" },
  R: { businessId: "0201256-6", streetAddress: "Itäkatu 1", postalCode: "00930", city: "Helsinki", iban: "FI5542345670000081", bic: "OKOYFIHH" },
} as const;

function monthsBefore(today: string, count: number): string[] {
  const [y, m] = today.split("-").map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count; i >= 1; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  return out;
}

function periodOf(month: string) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  return { start: `${month}-01`, end, issueDay: next };
}

export async function seedInvoices(ctx: SeedContext, world: World) {
  const { tx, now } = ctx;
  const { jobcenters } = world.orgs;
  for (const jc of JOBCENTER_KEYS) await tx.jobcenter.update({ where: { id: jobcenters[jc].id }, data: SELLER[jc] });
  // a city unit billed internally: no VAT, its cost centre on the invoice
  await tx.orderer.updateMany({ where: { kind: "CITY_UNIT" }, data: { internalBilling: true, costCentre: "KP-2410" } });

  // Which hours the orderers have confirmed is the hours seed's (ADR 035: confirmed, deemed
  // confirmed, one order still waiting, one gig disputed); the run bills only confirmed hours.

  const invoiceIds: string[] = [];
  const months = monthsBefore(dayKey(now), 8);
  // every past month but the last one: the demo's coordinator makes last month's invoices
  for (const month of months.slice(0, -1)) {
    const p = periodOf(month);
    for (const jc of JOBCENTER_KEYS) {
      const r = await runInvoicing(tx, {
        jobcenterId: jobcenters[jc].id,
        periodKey: month,
        periodStart: p.start,
        periodEnd: p.end,
        issueDay: p.issueDay,
        userId: world.staff.coordinator[jc].id,
        now: helsinkiInstant(p.issueDay, "08:00"),
      });
      invoiceIds.push(...r.invoiceIds);
    }
  }
  // last month's INVOICED orders were invoiced one order at a time, five days after the work
  const lastMonthOrders = await tx.order.findMany({
    where: { status: "INVOICED", gigs: { some: { status: "APPROVED", invoiceLines: { none: {} } } } },
    orderBy: { number: "asc" },
    select: { id: true, number: true, jobcenterId: true, gigs: { select: { endsAt: true }, orderBy: { endsAt: "desc" }, take: 1 } },
  });
  for (const o of lastMonthOrders) {
    const at = new Date(Math.min(o.gigs[0]!.endsAt.getTime() + 5 * DAY, now.getTime() - DAY));
    const day = dayKey(at);
    const jc = JOBCENTER_KEYS.find((k) => jobcenters[k].id === o.jobcenterId)!;
    const r = await runInvoicing(tx, { jobcenterId: o.jobcenterId, periodKey: `order:${o.number}`, periodStart: day, periodEnd: day, orderId: o.id, issueDay: day, userId: world.staff.coordinator[jc].id, now: at });
    invoiceIds.push(...r.invoiceIds);
  }
  const [oldest, second] = invoiceIds;
  if (oldest) {
    const inv = (await findInvoice(tx, oldest))!;
    const paidOn = dayKey(new Date(helsinkiInstant(inv.issueDate.toISOString().slice(0, 10), "12:00").getTime() + 10 * DAY));
    await recordPayment(tx, inv, { amountCents: inv.grossCents, paidOn, referenceNumber: inv.referenceNumber, bankRowId: null, userId: inv.byUserId!, now: helsinkiInstant(paidOn, "12:00") });
  }
  if (second) {
    const inv = (await findInvoice(tx, second))!;
    const day = dayKey(new Date(dateColumn(inv.issueDate.toISOString().slice(0, 10)).getTime() + 3 * DAY));
    await creditInvoice(tx, inv, "Laskutettu väärälle tilaajalle", day, inv.byUserId!);
  }
  return invoiceIds.length;
}
