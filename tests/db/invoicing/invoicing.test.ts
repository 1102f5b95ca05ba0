import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctHours } from "../../../src/features/hours/actions";
import { correctInvoicedHours, creditInvoice, importPayments, markInvoicePaid, runInvoices } from "../../../src/features/invoicing/actions";
import { runInvoicing } from "../../../src/features/invoicing/mutations";
import { INVOICE_FORMATS, invoiceOutput } from "../../../src/features/invoicing/outputs";
import { invoiceDocument, findInvoice } from "../../../src/features/invoicing/queries";
import { isValidFinnishReference } from "../../../src/features/invoicing/reference";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createOrder } from "../../support/coordination";
import { billableOrder, invoiceOrder, withSellerDetails } from "../../support/invoicing";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
  await withSellerDetails(world, "D");
  await withSellerDetails(world, "R");
});
afterAll(async () => tdb?.close());

const oct1 = helsinkiInstant("2024-10-01", "09:00");

async function counts() {
  return { invoices: await world.db.invoice.count(), lines: await world.db.invoiceLine.count(), runs: await world.db.invoiceRun.count() };
}

describe("a month's invoice run", () => {
  it("bills one invoice per orderer, a line per gig, VAT by each line's day, and moves the order to INVOICED", async () => {
    const a = await billableOrder(world, { days: [{ day: "2024-08-30", minutes: 90 }, { day: "2024-09-02", minutes: 120 }], priceCents: 2000 });
    const unconfirmed = await billableOrder(world, { days: [{ day: "2024-09-03", minutes: 60 }], confirmed: false });
    const r = await as(world, "coordinatorD", () => runInvoices({ jobcenterId: world.jobcenterD.id, month: "2024-09" }), oct1);
    expect(r).toMatchObject({ ok: true, data: { created: true } });
    if (!r.ok) return;
    expect(r.data.invoiceIds).toHaveLength(1);
    const inv = (await findInvoice(world.db, r.data.invoiceIds[0]!))!;
    const doc = invoiceDocument(inv);
    expect(doc.lines.map((l) => [l.workDate, l.minutes, l.vatRateBp, l.netCents])).toEqual([
      ["2024-08-30", 90, 2400, 3000],
      ["2024-09-02", 120, 2550, 4000],
    ]);
    expect(doc.lines[0]!.description).toMatch(/· Maija$/);
    expect(doc.vatBreakdown).toEqual([
      { rateBp: 2400, netCents: 3000, vatCents: 720 },
      { rateBp: 2550, netCents: 4000, vatCents: 1020 },
    ]);
    expect(doc.totals).toEqual({ netCents: 7000, vatCents: 1740, grossCents: 8740 });
    expect(inv.grossCents).toBe(8740);
    expect(doc.issueDate).toBe("2024-10-01");
    expect(doc.dueDate).toBe("2024-10-15");
    expect(doc.seller).toMatchObject({ businessId: "0201256-6", iban: "FI2112345600000785", bic: "NDEAFIHH" });
    expect(doc.buyer).toMatchObject({ name: "Siisti Oy", businessId: "0737546-2" });
    expect(isValidFinnishReference(doc.referenceNumber)).toBe(true);
    expect((await world.db.order.findUniqueOrThrow({ where: { id: a.order.id } })).status).toBe("INVOICED");
    // the unconfirmed gig waits for the orderer's confirmation
    expect(await world.db.invoiceLine.count({ where: { gigId: unconfirmed.gigs[0]!.id } })).toBe(0);
    expect((await world.db.order.findUniqueOrThrow({ where: { id: unconfirmed.order.id } })).status).toBe("APPROVED");
  });

  it("re-running the period creates nothing new", async () => {
    const before = await counts();
    const r = await as(world, "coordinatorD", () => runInvoices({ jobcenterId: world.jobcenterD.id, month: "2024-09" }), oct1);
    expect(r).toMatchObject({ ok: true, data: { created: false } });
    expect(await counts()).toEqual(before);
  });

  it("refuses a month that has not ended", async () => {
    const r = await as(world, "coordinatorD", () => runInvoices({ jobcenterId: world.jobcenterD.id, month: "2024-10" }), oct1);
    expect(r).toMatchObject({ ok: false, rule: "INVALID_STATE" });
  });

  it("refuses a run without the seller's billing details", async () => {
    await world.db.jobcenter.update({ where: { id: world.jobcenterR.id }, data: { iban: null } });
    await billableOrder(world, { jobcenter: "R", days: [{ day: "2024-09-10", minutes: 60 }] });
    const r = await as(world, "coordinatorR", () => runInvoices({ jobcenterId: world.jobcenterR.id, month: "2024-09" }), oct1);
    expect(r).toMatchObject({ ok: false, rule: "SELLER_DETAILS_MISSING" });
    await withSellerDetails(world, "R");
  });

  it("bills a cancellation fee of the terms as a line", async () => {
    const order = await createOrder(world, { status: "CANCELLED" });
    await world.db.order.update({ where: { id: order.id }, data: { cancelledAt: helsinkiInstant("2024-11-05", "10:00"), cancellationFeeCents: 5000 } });
    const r = await as(world, "coordinatorD", () => runInvoices({ jobcenterId: world.jobcenterD.id, month: "2024-11" }), helsinkiInstant("2024-12-01", "09:00"));
    if (!r.ok) throw new Error(JSON.stringify(r));
    const inv = (await findInvoice(world.db, r.data.invoiceIds[0]!))!;
    expect(inv.lines.map((l) => [l.kind, l.unitCount, l.netCents, l.vatRateBp])).toEqual([["CANCELLATION_FEE", 1, 5000, 2550]]);
    expect(inv.grossCents).toBe(5000 + 1275);
  });

  it("numbers are gapless per Jobcenter, and a run that fails midway leaves nothing (its numbers come back)", async () => {
    const before = await counts();
    const counterBefore = await world.db.invoiceCounter.findUniqueOrThrow({ where: { jobcenterId: world.jobcenterD.id } });
    // two orderers: X's invoice is made first, then Y's order has no price and the run stops
    await billableOrder(world, { days: [{ day: "2024-12-02", minutes: 60 }] });
    const y = await world.db.order.create({
      data: { jobcenterId: world.jobcenterD.id, ordererId: world.ordererY.id, createdById: world.users.ordererY.id, status: "APPROVED", category: "OTHER", title: "Hinnaton", description: "x", hoursPerWorkerMin: 60, workerCount: 1, contractModel: "EMPLOYMENT" },
    });
    const { gigs } = await billableOrder(world, { days: [{ day: "2024-12-03", minutes: 60 }] });
    await world.db.gig.update({ where: { id: gigs[0]!.id }, data: { orderId: y.id } });
    const r = await as(world, "coordinatorD", () => runInvoices({ jobcenterId: world.jobcenterD.id, month: "2024-12" }), helsinkiInstant("2025-01-02", "09:00"));
    expect(r).toMatchObject({ ok: false, rule: "NO_PRICE_LIST" });
    expect(await counts()).toEqual(before);
    expect((await world.db.invoiceCounter.findUniqueOrThrow({ where: { jobcenterId: world.jobcenterD.id } })).lastNumber).toBe(counterBefore.lastNumber);

    await world.db.order.update({ where: { id: y.id }, data: { listUnitPriceCents: 1450 } });
    const ok = await as(world, "coordinatorD", () => runInvoices({ jobcenterId: world.jobcenterD.id, month: "2024-12" }), helsinkiInstant("2025-01-02", "09:00"));
    if (!ok.ok) throw new Error(JSON.stringify(ok));
    const numbers = (await world.db.invoice.findMany({ where: { jobcenterId: world.jobcenterD.id }, orderBy: { number: "asc" }, select: { number: true } })).map((i) => i.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it("two runs of the same period at the same moment produce one set", async () => {
    await billableOrder(world, { days: [{ day: "2025-01-10", minutes: 60 }] });
    await billableOrder(world, { jobcenter: "D", days: [{ day: "2025-01-11", minutes: 30 }] });
    const before = await counts();
    const call = () => as(world, "coordinatorD", () => runInvoices({ jobcenterId: world.jobcenterD.id, month: "2025-01" }), helsinkiInstant("2025-02-01", "09:00"));
    const results = await Promise.all([call(), call()]);
    for (const r of results) expect(r.ok, JSON.stringify(r)).toBe(true);
    const created = results.filter((r) => r.ok && r.data.created);
    expect(created).toHaveLength(1);
    const after = await counts();
    expect(after.runs).toBe(before.runs + 1);
    expect(after.invoices).toBe(before.invoices + 1);
    expect(after.lines).toBe(before.lines + 2);
  });

  it("a one-order run and a month's run never bill a gig twice", async () => {
    const { order, gigs } = await billableOrder(world, { days: [{ day: "2025-02-03", minutes: 60 }] });
    const one = await as(world, "coordinatorD", () => runInvoices({ jobcenterId: world.jobcenterD.id, orderId: order.id }), helsinkiInstant("2025-02-04", "09:00"));
    expect(one).toMatchObject({ ok: true, data: { created: true } });
    const month = await as(world, "coordinatorD", () => runInvoices({ jobcenterId: world.jobcenterD.id, month: "2025-02" }), helsinkiInstant("2025-03-01", "09:00"));
    expect(month).toMatchObject({ ok: true, data: { invoiceIds: [] } });
    expect(await world.db.invoiceLine.count({ where: { gigId: gigs[0]!.id } })).toBe(1);
  });

  it("a one-order run again the same day creates nothing; hours confirmed later go on the next day's run", async () => {
    const { order, gigs } = await billableOrder(world, { days: [{ day: "2025-03-03", minutes: 60 }, { day: "2025-03-04", minutes: 60 }] });
    await world.db.gig.update({ where: { id: gigs[1]!.id }, data: { hoursConfirmedAt: null } });
    const run = (at: Date) => as(world, "coordinatorD", () => runInvoices({ jobcenterId: world.jobcenterD.id, orderId: order.id }), at);
    expect(await run(helsinkiInstant("2025-03-05", "09:00"))).toMatchObject({ ok: true, data: { created: true } });
    await world.db.gig.update({ where: { id: gigs[1]!.id }, data: { hoursConfirmedAt: helsinkiInstant("2025-03-05", "10:00") } });
    expect(await run(helsinkiInstant("2025-03-05", "11:00"))).toMatchObject({ ok: true, data: { created: false } });
    expect(await world.db.invoiceLine.count({ where: { gigId: gigs[1]!.id } })).toBe(0);
    expect(await run(helsinkiInstant("2025-03-06", "09:00"))).toMatchObject({ ok: true, data: { created: true } });
    expect(await world.db.invoiceLine.count({ where: { gigId: gigs[1]!.id } })).toBe(1);
    expect((await world.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("INVOICED");
  });
});

describe("after an invoice is sent", () => {
  it("locks its hours: the hours correction refuses, the invoice correction credits the line and bills the new hours", async () => {
    const { order, gigs } = await billableOrder(world, { days: [{ day: "2026-11-10", minutes: 240 }] });
    const invoiceId = await invoiceOrder(world, order.id);
    const original = (await world.db.invoice.findUniqueOrThrow({ where: { id: invoiceId } }))!;
    const refused = await as(world, "coordinatorD", () => correctHours({ gigId: gigs[0]!.id, minutes: 300, reason: "Korjaus" }));
    expect(refused).toMatchObject({ ok: false, rule: "HOURS_INVOICED" });

    const r = await as(world, "coordinatorD", () => correctInvoicedHours({ gigId: gigs[0]!.id, minutes: 300, reason: "Tilaaja huomautti" }));
    if (!r.ok) throw new Error(JSON.stringify(r));
    const note = (await findInvoice(world.db, r.data.creditNoteId!))!;
    expect(note).toMatchObject({ kind: "CREDIT_NOTE", creditedInvoiceId: invoiceId, grossCents: -original.grossCents });
    expect(note.lines[0]).toMatchObject({ minutes: -240 });
    const fresh = (await findInvoice(world.db, r.data.invoiceId))!;
    expect(fresh.lines.map((l) => [l.kind, l.minutes, l.netCents])).toEqual([["CORRECTION", 300, 10000]]);
    // the sent invoice never changed; it is CREDITED now
    const after = await world.db.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect({ ...after, status: original.status }).toEqual(original);
    expect(after.status).toBe("CREDITED");
    expect((await world.db.gig.findUniqueOrThrow({ where: { id: gigs[0]!.id } })).approvedMinutes).toBe(300);
    expect(await world.db.hoursEvent.count({ where: { gigId: gigs[0]!.id, kind: "CORRECTED", reason: "Tilaaja huomautti" } })).toBe(1);
    // a second correction credits the correction's line, not the original again
    const again = await as(world, "coordinatorD", () => correctInvoicedHours({ gigId: gigs[0]!.id, minutes: 280, reason: "Vielä" }));
    if (!again.ok) throw new Error(JSON.stringify(again));
    const note2 = (await findInvoice(world.db, again.data.creditNoteId!))!;
    expect(note2.creditedInvoiceId).toBe(r.data.invoiceId);
  });

  it("refuses the invoice correction for a gig not invoiced", async () => {
    const { gigs } = await billableOrder(world, { days: [{ day: "2026-11-11", minutes: 60 }] });
    const r = await as(world, "coordinatorD", () => correctInvoicedHours({ gigId: gigs[0]!.id, minutes: 30, reason: "x" }));
    expect(r).toMatchObject({ ok: false, rule: "NOT_INVOICED" });
  });

  it("a credit note cancels the whole invoice once", async () => {
    const { order } = await billableOrder(world, { days: [{ day: "2026-11-12", minutes: 60 }, { day: "2026-11-13", minutes: 45 }] });
    const invoiceId = await invoiceOrder(world, order.id);
    const r = await as(world, "coordinatorD", () => creditInvoice({ invoiceId, reason: "Väärä tilaaja" }));
    if (!r.ok) throw new Error(JSON.stringify(r));
    const [inv, note] = await Promise.all([findInvoice(world.db, invoiceId), findInvoice(world.db, r.data.creditNoteId)]);
    expect(note!.grossCents).toBe(-inv!.grossCents);
    expect(note!.lines).toHaveLength(2);
    expect(inv!.status).toBe("CREDITED");
    expect(invoiceDocument(note!).creditedInvoice).toEqual({ number: String(inv!.number), issueDate: "2026-12-01" });
    expect(await as(world, "coordinatorD", () => creditInvoice({ invoiceId, reason: "Taas" }))).toMatchObject({ ok: false, rule: "INVOICE_NOT_CREDITABLE" });
    expect(await as(world, "coordinatorD", () => creditInvoice({ invoiceId: r.data.creditNoteId, reason: "Taas" }))).toMatchObject({ ok: false, rule: "INVOICE_NOT_CREDITABLE" });
  });

  it("is marked paid by hand", async () => {
    const { order } = await billableOrder(world, { days: [{ day: "2026-11-14", minutes: 60 }] });
    const invoiceId = await invoiceOrder(world, order.id);
    expect(await as(world, "coordinatorD", () => markInvoicePaid({ invoiceId, paidOn: "2026-12-02" }))).toMatchObject({ ok: true, data: { paid: true } });
    expect((await world.db.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).status).toBe("PAID");
    expect(await as(world, "coordinatorD", () => markInvoicePaid({ invoiceId, paidOn: "2026-12-02" }))).toMatchObject({ ok: false, rule: "INVOICE_ALREADY_PAID" });
  });

  it("is matched from the bank's CSV on its reference; a row imported again is skipped; other Jobcenters' references do not match", async () => {
    const { order } = await billableOrder(world, { days: [{ day: "2026-11-16", minutes: 60 }] });
    const invoiceId = await invoiceOrder(world, order.id);
    const inv = await world.db.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    const half = (inv.grossCents / 200).toFixed(2).replace(".", ",");
    const csv = `Arkistointitunnus;Maksupäivä;Summa;Viite\nA-1;2.12.2026;${half};${inv.referenceNumber}\nA-2;3.12.2026;${half};${inv.referenceNumber}\nA-3;3.12.2026;10,00;99999999999990\n`;
    const r = await as(world, "coordinatorD", () => importPayments({ jobcenterId: world.jobcenterD.id, csv }));
    expect(r).toMatchObject({ ok: true, data: { matched: 2, duplicates: 0, unmatched: ["99999999999990"] } });
    expect((await world.db.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).status).toBe(inv.grossCents % 2 === 0 ? "PAID" : "SENT");
    const again = await as(world, "coordinatorD", () => importPayments({ jobcenterId: world.jobcenterD.id, csv }));
    expect(again).toMatchObject({ ok: true, data: { matched: 0, duplicates: 2 } });
    const other = await as(world, "coordinatorR", () => importPayments({ jobcenterId: world.jobcenterR.id, csv: `viite;summa;päivämäärä\n${inv.referenceNumber};1,00;2026-12-03\n` }));
    expect(other).toMatchObject({ ok: true, data: { matched: 0, unmatched: [inv.referenceNumber] } });
    expect(await as(world, "coordinatorD", () => importPayments({ jobcenterId: world.jobcenterD.id, csv: "a;b\n1;2\n" }))).toMatchObject({ ok: false, rule: "PAYMENTS_FILE_UNREADABLE" });
  });
});

describe("buyers", () => {
  it("a city unit billed internally gets no VAT and its cost centre; a private person gets an email with the PDF to attach", async () => {
    const city = await world.db.orderer.create({ data: { kind: "CITY_UNIT", name: "Kaupungin puisto-osasto", businessId: "0201256-6", internalBilling: true, costCentre: "KP-4410", status: "VERIFIED" } });
    const person = await world.db.orderer.create({ data: { kind: "PRIVATE_PERSON", name: "Pirjo Yksityinen", email: "pirjo@example.fi", status: "VERIFIED" } });
    const ids: string[] = [];
    for (const o of [city, person]) {
      const { order } = await billableOrder(world, { days: [{ day: "2026-11-20", minutes: 60 }] });
      await world.db.order.update({ where: { id: order.id }, data: { ordererId: o.id } });
      ids.push(await invoiceOrder(world, order.id));
    }
    const cityDoc = invoiceDocument((await findInvoice(world.db, ids[0]!))!);
    expect(cityDoc).toMatchObject({ vatExempt: true, buyerReference: "KP-4410", totals: { vatCents: 0 } });
    const personDoc = invoiceDocument((await findInvoice(world.db, ids[1]!))!);
    expect(personDoc.buyer.businessId).toBeNull();
    const mail = await world.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `invoice:${ids[1]}` } });
    expect(mail.to).toBe("pirjo@example.fi");
    expect(mail.body).toContain(`/orderer/invoices/${ids[1]}`);
    expect(mail.attachInvoiceId).toBe(ids[1]);
  });

  it("a run inside a transaction that rolls back leaves nothing (the whole run or nothing)", async () => {
    const { order } = await billableOrder(world, { days: [{ day: "2026-11-21", minutes: 60 }] });
    const before = await counts();
    await expect(
      world.db.$transaction(async (tx) => {
        await runInvoicing(tx, { jobcenterId: world.jobcenterD.id, periodKey: "crash", periodStart: "2026-11-01", periodEnd: "2026-11-30", orderId: order.id, issueDay: "2026-12-01", userId: null, now: new Date() });
        throw new Error("crash");
      }),
    ).rejects.toThrow("crash");
    expect(await counts()).toEqual(before);
  });
});

describe("outputs", () => {
  it("every stored invoice and credit note makes every download (PDF, Finvoice, Peppol, CSV)", async () => {
    const invoices = await world.db.invoice.findMany({ select: { id: true, kind: true, vatExempt: true }, take: 200 });
    expect(invoices.some((i) => i.kind === "CREDIT_NOTE")).toBe(true);
    expect(invoices.some((i) => i.vatExempt)).toBe(true);
    for (const { id } of invoices) {
      const doc = invoiceDocument((await findInvoice(world.db, id))!);
      for (const format of INVOICE_FORMATS) {
        const out = await invoiceOutput(doc, format);
        expect(out.body.length, `${format} of ${doc.number}`).toBeGreaterThan(100);
      }
    }
  }, 120_000);
});
