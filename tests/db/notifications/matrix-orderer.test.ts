import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { z } from "zod";
import { acceptGig } from "../../../src/features/client-app/actions";
import { approveHours } from "../../../src/features/hours/actions";
import * as intake from "../../../src/features/intake/actions";
import type { enterOrderSchema } from "../../../src/features/intake/schema";
import { correctInvoicedHours, runInvoices } from "../../../src/features/invoicing/actions";
import { eventKey, ordererEmailKey } from "../../../src/features/notifications/matrix";
import { queueOrdererDayBefore } from "../../../src/features/notifications/matrix-jobs";
import { notifyOrderer } from "../../../src/features/notifications/mutations";
import { tomorrowRange } from "../../../src/features/notifications/reminders";
import { businessIdCheckDigit } from "../../../src/features/orderers/rules";
import * as orders from "../../../src/features/orders/actions";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createClient, createGig, createOrder, createSession } from "../../support/coordination";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { billableOrder, withSellerDetails } from "../../support/invoicing";
import { makeOrder, orderForm, withoutTerms } from "../../support/orders";
import { as, type World } from "../../support/world";

// ADR 045, the orderer's rows: each event performed for real, then who got what, on which
// channel, in which language, and that the same event twice tells nobody twice.

let tdb: TestDatabase;
let w: World;
const NOW = new Date("2026-11-22T10:00:00Z");
const ORDERER_EMAIL = "tilaaja@siisti.example";

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
  await withSellerDetails(w, "D");
});
afterAll(async () => tdb?.close());
beforeEach(async () => {
  await w.db.outboxMessage.deleteMany();
  await w.db.notification.deleteMany();
  await w.db.user.update({ where: { id: w.users.ordererX.id }, data: { locale: "fi" } });
});

const notesOf = (userId: string) => w.db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
const mailTo = (to: string) => w.db.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

/** The orderer's contact has exactly one notification of this kind, and one email with it. */
async function expectOrdererTold(kind: string, link: string, subject: string) {
  const notes = (await notesOf(w.users.ordererX.id)).filter((n) => n.kind === kind);
  expect(notes).toHaveLength(1);
  expect(notes[0]!.link).toBe(link);
  const mail = (await mailTo(ORDERER_EMAIL)).filter((m) => m.dedupeKey === `notify:${w.users.ordererX.id}:${notes[0]!.dedupeKey}:email`);
  expect(mail.map((m) => [m.channel, m.subject])).toEqual([["EMAIL", subject]]);
  expect(mail[0]!.body).toContain(link);
  return { note: notes[0]!, mail: mail[0]! };
}

function freshBusinessId(): string {
  for (;;) {
    const seven = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const check = businessIdCheckDigit(seven);
    if (check !== null && seven !== "0737546" && seven !== "1572860") return `${seven}-${check}`;
  }
}

/** A phoned-in order for a new company whose contact has no account (ADR 024). */
async function phonedIn(locale: "fi" | "sv") {
  const e: z.input<typeof enterOrderSchema> = {
    ordererMode: "new",
    ordererId: "",
    kind: "COMPANY",
    name: `Puhelin ${randomUUID().slice(0, 6)} Oy`,
    ordererBusinessId: freshBusinessId(),
    checks: ["BUSINESS_REGISTER"],
    checkNote: "YTJ",
    contactName: "Paula Puhelin",
    contactEmail: `paula-${randomUUID()}@example.fi`,
    contactPhone: "040 111 2222",
    contactLocale: locale,
    order: withoutTerms(await orderForm(w, { title: `Varasto ${randomUUID().slice(0, 6)}`, billingMethod: undefined, eInvoiceAddress: undefined, eInvoiceOperator: undefined, businessId: undefined })),
  };
  const r = await as(w, "coordinatorD", () => intake.enterOrder(e), NOW);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return { orderId: r.data.id, email: e.contactEmail };
}

describe("order received", () => {
  it("the signed-in orderer's contact is told in the app and by email, with what happens next; a repeated submit tells nothing again", async () => {
    const form = await orderForm(w);
    const r = await as(w, "ordererX", () => orders.submitOrder(form), NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { mail } = await expectOrdererTold("orderer.orderReceived", `/orderer/orders/${r.data.id}`, "Tilauksesi on vastaanotettu");
    expect(mail.body).toContain("Seuraavaksi koordinaattori etsii sopivat tekijät");
    expect(await as(w, "ordererX", () => orders.submitOrder(form), NOW)).toEqual({ ok: true, data: { id: r.data.id } });
    expect(await w.db.notification.count({ where: { userId: w.users.ordererX.id } })).toBe(1);
    expect(await mailTo(ORDERER_EMAIL)).toHaveLength(1);
  });

  it("in Swedish for a contact whose account is in Swedish", async () => {
    await w.db.user.update({ where: { id: w.users.ordererX.id }, data: { locale: "sv" } });
    const r = await as(w, "ordererX", async () => orders.submitOrder(await orderForm(w)), NOW);
    if (!r.ok) throw new Error(JSON.stringify(r));
    const { mail } = await expectOrdererTold("orderer.orderReceived", `/orderer/orders/${r.data.id}`, "Vi har tagit emot din beställning");
    expect(mail.body).toContain("Du får ett meddelande när arbetstagarna är bekräftade");
  });

  it("a registration's order: the address confirmation email is the one message (no second email, no row)", async () => {
    const email = `uusi-${randomUUID()}@example.fi`;
    const reg = { locale: "fi" as const, ordererKind: "COMPANY" as const, organisationName: "Uusi Oy", contactName: "Uuno Uusi", email, phone: "040 765 4321", password: "pitka-salasana-1" };
    const r = await as(w, "anonymous", async () => orders.registerAndOrder({ submit: true, registration: reg, order: await orderForm(w, { businessId: freshBusinessId() }) }), NOW);
    expect(r.ok).toBe(true);
    const user = await w.db.user.findUniqueOrThrow({ where: { email } });
    expect(await mailTo(email)).toHaveLength(1);
    expect(await w.db.notification.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("terms to accept", () => {
  it("a phoned-in order for a contact without an account: only the review link's email, nothing more", async () => {
    const { orderId, email } = await phonedIn("fi");
    const mail = await mailTo(email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.body).toMatch(/\/review\//);
    expect(await w.db.outboxMessage.count({ where: { dedupeKey: ordererEmailKey((await w.db.order.findUniqueOrThrow({ where: { id: orderId } })).ordererId, eventKey.termsToAccept(orderId)) } })).toBe(0);
  });

  it("a phoned-in order for an orderer whose contact has an account: the app row, and still one email (the review link)", async () => {
    const e = {
      ordererMode: "existing" as const,
      ordererId: w.ordererX.id,
      kind: "COMPANY" as const,
      checks: [],
      contactName: "Tiina Tilaaja",
      contactEmail: ORDERER_EMAIL,
      contactPhone: "040 111 2222",
      contactLocale: "fi" as const,
      order: withoutTerms(await orderForm(w, { title: "Puhelintilaus", billingMethod: undefined, eInvoiceAddress: undefined, eInvoiceOperator: undefined, businessId: undefined })),
    };
    const r = await as(w, "coordinatorD", () => intake.enterOrder(e), NOW);
    if (!r.ok) throw new Error(JSON.stringify(r));
    const notes = await notesOf(w.users.ordererX.id);
    expect(notes.map((n) => [n.kind, n.link])).toEqual([["orderer.termsToAccept", `/orderer/orders/${r.data.id}`]]);
    const mail = await mailTo(ORDERER_EMAIL);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.body).toMatch(/\/review\//);
    // the same request again is the same order: nothing new
    expect(await as(w, "coordinatorD", () => intake.enterOrder(e), NOW)).toMatchObject({ ok: true, data: { id: r.data.id } });
    expect(await w.db.notification.count()).toBe(1);
  });
});

describe("a price or scope change to accept", () => {
  it("the contact is told in the app and by email", async () => {
    const { order } = await makeOrder(w);
    const p = await as(w, "coordinatorD", () => orders.proposeOrderChange({ orderId: order.id, description: "Kaksi tekijää", newWorkerCount: 2 }), NOW);
    if (!p.ok) throw new Error(JSON.stringify(p));
    const { note, mail } = await expectOrdererTold("orderer.changeToAccept", `/orderer/orders/${order.id}`, "Tilaukseen ehdotetaan muutosta");
    expect(note.dedupeKey).toBe(eventKey.changeProposed(p.data.id));
    expect(mail.body).toContain("Kaksi tekijää");
  });

  it("an orderer known only by an address gets one email in the contact's language, without a sign-in link; twice is once", async () => {
    const { orderId, email } = await phonedIn("sv");
    const token = /\/review\/([A-Za-z0-9_-]+)/.exec((await mailTo(email))[0]!.body)![1]!;
    const terms = await w.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: w.jobcenterD.id, locale: "fi" }, orderBy: { version: "desc" } });
    const accepted = await as(w, "anonymous", () => intake.acceptOrderByLink({ token, termsVersionId: terms.id, acceptTerms: true, billingMethod: "EMAIL_INVOICE", billingEmail: "laskut@puhelin.example", createAccount: false }), NOW);
    expect(accepted.ok, JSON.stringify(accepted)).toBe(true);
    // the coordinators' row of the same answer (ADR 045): accepted from the link
    expect((await w.db.notification.findMany({ where: { userId: w.users.coordinatorD.id, kind: "coordinator.termsAccepted" } })).map((n) => n.link)).toEqual([`/coordinator/orders/${orderId}`]);
    const p = await as(w, "coordinatorD", () => orders.proposeOrderChange({ orderId, description: "Tre arbetstagare", newWorkerCount: 3 }), NOW);
    if (!p.ok) throw new Error(JSON.stringify(p));
    const ordererId = (await w.db.order.findUniqueOrThrow({ where: { id: orderId } })).ordererId;
    const key = ordererEmailKey(ordererId, eventKey.changeProposed(p.data.id));
    const mail = await w.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key } });
    expect(mail).toMatchObject({ channel: "EMAIL", to: email, subject: "En ändring av beställningen föreslås" });
    expect(mail.body).toContain("Tre arbetstagare");
    expect(mail.body).not.toContain("/orderer/");
    const again = await notifyOrderer(w.db, { ordererId, orderId }, { kind: "orderer.changeToAccept", params: { title: "x", number: 1, description: "x" }, link: "/", key: eventKey.changeProposed(p.data.id) });
    expect(again).toEqual({ told: 0, emailed: false });
    expect(await w.db.outboxMessage.count({ where: { dedupeKey: key } })).toBe(1);
  });
});

describe("workers confirmed", () => {
  it("when the last worker says yes the orderer is told once; a second tap tells nothing", async () => {
    const order = await createOrder(w, { status: "FINDING_WORKERS" });
    const session = await createSession(w, order.id, "2031-03-04", "16:00", "18:00", 1);
    const gig = await createGig(w, { orderId: order.id, clientId: w.clientD1.id, sessionId: session.id, status: "OFFERED", day: "2031-03-04", start: "16:00", end: "18:00" });
    expect((await as(w, "clientD1", () => acceptGig({ gigId: gig.id }))).ok).toBe(true);
    const { note } = await expectOrdererTold("orderer.workersConfirmed", `/orderer/orders/${order.id}`, "Tekijät on vahvistettu");
    expect(note.dedupeKey).toBe(eventKey.workersConfirmed(order.id, 1));
    // A second tap is harmless and silent (ADR 080): ok, marked repeated, and tells nobody again.
    expect(await as(w, "clientD1", () => acceptGig({ gigId: gig.id }))).toMatchObject({ ok: true, data: { repeated: true } });
    expect(await w.db.notification.count({ where: { userId: w.users.ordererX.id } })).toBe(1);
  });
});

describe("the day before", () => {
  it("the job tells the orderer about tomorrow's work once per order, in their language", async () => {
    await w.db.user.update({ where: { id: w.users.ordererX.id }, data: { locale: "sv" } });
    const now = helsinkiInstant("2031-05-05", "14:10");
    const { from } = tomorrowRange(now);
    const order = await createOrder(w, { status: "SCHEDULED" });
    await createGig(w, { orderId: order.id, clientId: w.clientD1.id, status: "ACCEPTED", day: "2031-05-06", start: "09:00", end: "12:00" });
    await createGig(w, { orderId: order.id, clientId: w.clientR1.id, status: "ACCEPTED", day: "2031-05-06", start: "10:00", end: "12:00" });
    expect(from).toEqual(helsinkiInstant("2031-05-06", "00:00"));
    expect(await queueOrdererDayBefore(w.db, now)).toBe(1);
    expect(await queueOrdererDayBefore(w.db, new Date(now.getTime() + 3_600_000))).toBe(0);
    const { note, mail } = await expectOrdererTold("orderer.dayBefore", `/orderer/orders/${order.id}`, "Arbete i morgon");
    expect(note.dedupeKey).toBe(eventKey.dayBefore(order.id, "2031-05-06"));
    expect(mail.body).toContain("klockan 09.00");
  });
});

describe("hours to confirm", () => {
  it("when the last gig's hours are approved the order is done and the orderer is asked to confirm", async () => {
    const order = await createOrder(w, { status: "SCHEDULED" });
    const session = await createSession(w, order.id, "2026-11-20", "09:00", "12:00", 1);
    const client = await createClient(w);
    const gig = await createGig(w, { orderId: order.id, clientId: client.id, sessionId: session.id, status: "REPORTED", day: "2026-11-20", start: "09:00", end: "12:00", reportedMinutes: 180 });
    const r = await as(w, "coordinatorD", () => approveHours({ gigId: gig.id }));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect((await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("DONE");
    await expectOrdererTold("orderer.hoursToConfirm", `/orderer/orders/${order.id}`, "Vahvista tehdyt tunnit");
    expect((await as(w, "coordinatorD", () => approveHours({ gigId: gig.id }))).ok).toBe(false);
    expect(await w.db.notification.count({ where: { userId: w.users.ordererX.id } })).toBe(1);
  });
});

describe("invoice sent", () => {
  const oct1 = helsinkiInstant("2024-10-01", "09:00");

  it("a company's contact is told in the app and by email with a link to the invoice; the same run again sends nothing", async () => {
    await billableOrder(w, { days: [{ day: "2024-09-02", minutes: 120 }] });
    const r = await as(w, "coordinatorD", () => runInvoices({ jobcenterId: w.jobcenterD.id, month: "2024-09" }), oct1);
    if (!r.ok) throw new Error(JSON.stringify(r));
    const invoiceId = r.data.invoiceIds[0]!;
    const number = (await w.db.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).number;
    const { mail } = await expectOrdererTold("orderer.invoiceSent", `/orderer/invoices/${invoiceId}`, "Uusi lasku");
    expect(mail.body).toContain(`lasku ${number}`);
    expect(await as(w, "coordinatorD", () => runInvoices({ jobcenterId: w.jobcenterD.id, month: "2024-09" }), oct1)).toMatchObject({ ok: true, data: { created: false } });
    expect(await w.db.notification.count({ where: { userId: w.users.ordererX.id } })).toBe(1);
    expect(await mailTo(ORDERER_EMAIL)).toHaveLength(1);
  });

  it("a correction of invoiced hours sends a new invoice: the orderer hears of that one too", async () => {
    const { gigs } = await billableOrder(w, { days: [{ day: "2024-08-05", minutes: 120 }] });
    const run = await as(w, "coordinatorD", () => runInvoices({ jobcenterId: w.jobcenterD.id, month: "2024-08" }), helsinkiInstant("2024-09-01", "09:00"));
    if (!run.ok) throw new Error(JSON.stringify(run));
    const r = await as(w, "coordinatorD", () => correctInvoicedHours({ gigId: gigs[0]!.id, minutes: 150, reason: "Tilaaja huomautti" }));
    if (!r.ok) throw new Error(JSON.stringify(r));
    const links = (await notesOf(w.users.ordererX.id)).filter((n) => n.kind === "orderer.invoiceSent").map((n) => n.link);
    expect(links).toEqual([`/orderer/invoices/${run.data.invoiceIds[0]}`, `/orderer/invoices/${r.data.invoiceId}`]);
    expect((await mailTo(ORDERER_EMAIL)).map((m) => m.subject)).toEqual(["Uusi lasku", "Uusi lasku"]);
  });

  it("a private person whose invoice is emailed (ADR 061) gets that one email and the app row, not a second email", async () => {
    const person = await w.db.orderer.create({ data: { kind: "PRIVATE_PERSON", name: "Pirkko Yksityinen", email: `pirkko-${randomUUID()}@example.fi`, status: "VERIFIED", streetAddress: "Kotikatu 1", postalCode: "00100", city: "Helsinki" } });
    const contact = await w.db.user.create({ data: { email: person.email, name: person.name, locale: "fi", memberships: { create: [{ role: "ORDERER_CONTACT", ordererId: person.id }] } } });
    const { order } = await billableOrder(w, { days: [{ day: "2024-11-04", minutes: 60 }] });
    await w.db.order.update({ where: { id: order.id }, data: { ordererId: person.id } });
    const r = await as(w, "coordinatorD", () => runInvoices({ jobcenterId: w.jobcenterD.id, month: "2024-11" }), helsinkiInstant("2024-12-01", "09:00"));
    if (!r.ok) throw new Error(JSON.stringify(r));
    const invoiceId = r.data.invoiceIds[0]!;
    const notes = await notesOf(contact.id);
    expect(notes.map((n) => n.kind)).toEqual(["orderer.invoiceSent"]);
    const mail = await mailTo(person.email!);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.attachInvoiceId).toBe(notes[0]!.link!.split("/").pop());
    expect(invoiceId).toBeTruthy();
  });
});
