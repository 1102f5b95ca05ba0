import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { signInStaff } from "../../../src/features/auth/mutations";
import * as coordination from "../../../src/features/coordination/actions";
import * as intake from "../../../src/features/intake/actions";
import { coordinatorOrderList, orderCountsByState, ordererForCoordinator, ordererList, reviewLinkPage, searchClients, searchOrderers } from "../../../src/features/intake/queries";
import { orderListFilterSchema, type enterOrderSchema } from "../../../src/features/intake/schema";
import { businessIdCheckDigit } from "../../../src/features/orderers/rules";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { orderForm, withoutTerms } from "../../support/orders";
import { as, type World } from "../../support/world";

// Issue 10, "orders from any channel" (ADR 024): a coordinator enters a phoned-in order, the
// orderer's contact accepts it from the emailed link, with or without an account.

let tdb: TestDatabase;
let w: World;

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const NOW = new Date("2026-11-22T10:00:00Z");

type Entry = z.input<typeof enterOrderSchema>;

function freshBusinessId(): string {
  for (;;) {
    const seven = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const check = businessIdCheckDigit(seven);
    if (check !== null && seven !== "0737546" && seven !== "1572860") return `${seven}-${check}`;
  }
}

/** A phoned-in order for a new company, as the coordinator's form sends it. */
async function entry(overrides: Partial<Entry> = {}): Promise<Entry> {
  const order = withoutTerms(await orderForm(w, {
    title: `Varaston siivous ${randomUUID().slice(0, 8)}`,
    billingMethod: undefined,
    eInvoiceAddress: undefined,
    eInvoiceOperator: undefined,
    businessId: undefined,
  }));
  return {
    ordererMode: "new",
    ordererId: "",
    kind: "COMPANY",
    name: `Puhelin ${randomUUID().slice(0, 6)} Oy`,
    ordererBusinessId: freshBusinessId(),
    checks: ["BUSINESS_REGISTER", "CALLED_KNOWN_NUMBER"],
    checkNote: "YTJ, soitin vaihteeseen",
    contactName: "Paula Puhelin",
    contactEmail: `paula-${randomUUID()}@example.fi`,
    contactPhone: "040 111 2222",
    contactLocale: "fi",
    order,
    ...overrides,
  };
}

const billing = { billingMethod: "EMAIL_INVOICE" as const, billingEmail: "laskut@puhelin.example", billingReference: "PP-1", createAccount: false };

async function termsId() {
  return (await w.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: w.jobcenterD.id, locale: "fi" }, orderBy: { version: "desc" } })).id;
}

/** The token in the review mail of the entry's order. */
async function reviewToken(e: Entry): Promise<string> {
  const mail = await w.db.outboxMessage.findFirstOrThrow({ where: { to: e.contactEmail, subject: { contains: e.order.title } } });
  const m = /\/review\/([A-Za-z0-9_-]+)/.exec(mail.body);
  expect(m, mail.body).not.toBeNull();
  return m![1]!;
}

async function enter(e: Entry) {
  const r = await as(w, "coordinatorD", () => intake.enterOrder(e), NOW);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return w.db.order.findUniqueOrThrow({ where: { id: r.data.id }, include: { orderer: { include: { reviews: true } }, sessions: true } });
}

describe("a coordinator enters a phoned-in order", () => {
  it("for a new orderer the coordinator checked: priced, waiting for the orderer, not offerable, a link in the mail", async () => {
    const e = await entry();
    const order = await enter(e);
    expect(order.status).toBe("RECEIVED");
    expect(order.grossCents).toBeGreaterThan(0);
    expect(order.sessions).toHaveLength(1);
    expect(order.orderer).toMatchObject({ name: e.name, businessId: e.ordererBusinessId, status: "VERIFIED" });
    expect(order.orderer.reviews).toEqual([expect.objectContaining({ decision: "VERIFIED", checks: ["BUSINESS_REGISTER", "CALLED_KNOWN_NUMBER"], orderId: order.id, byUserId: w.users.coordinatorD.id })]);
    const user = await w.db.user.findUniqueOrThrow({ where: { email: e.contactEmail }, include: { memberships: true } });
    expect(user.passwordHash).toBeNull();
    expect(user.memberships).toEqual([]);
    const mail = await w.db.outboxMessage.findFirstOrThrow({ where: { to: e.contactEmail } });
    expect(mail.subject).toContain(e.order.title);
    const token = await reviewToken(e);
    const stored = await w.db.authToken.findFirstOrThrow({ where: { orderId: order.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.kind).toBe("ORDER_REVIEW");
    // waiting for the orderer: it cannot be offered
    const offer = await as(w, "coordinatorD", () => coordination.offerToUnits({ orderId: order.id, unitIds: [w.unitD1.id] }), NOW);
    expect(offer).toMatchObject({ ok: false, error: "RULE_VIOLATION", rule: "TERMS_NOT_ACCEPTED" });
    // audited: the order and the new orderer with the checks
    const audits = await w.db.auditEvent.findMany({ where: { entityId: { in: [order.id, order.ordererId] } } });
    expect(audits.map((a) => a.action).sort()).toEqual(["order.enter", "orderer.enterByCoordinator"]);
  });

  it("a new orderer without checks waits for a coordinator's review", async () => {
    const order = await enter(await entry({ checks: [] }));
    expect(order.orderer.status).toBe("UNVERIFIED");
    expect(order.orderer.reviews).toEqual([]);
  });

  it("for an existing orderer and its known contact; a repeated submit returns the same order", async () => {
    const e = await entry({ ordererMode: "existing", ordererId: w.ordererX.id, contactEmail: "tilaaja@siisti.example", contactName: "Tiina Tilaaja" });
    const first = await enter(e);
    const again = await enter(e);
    expect(again.id).toBe(first.id);
    expect(first.ordererId).toBe(w.ordererX.id);
    expect(await w.db.order.count({ where: { requestKey: e.order.requestKey } })).toBe(1);
  });

  it("refuses a twin: a business ID an orderer already has; and a refused orderer", async () => {
    expect(await as(w, "coordinatorD", async () => intake.enterOrder(await entry({ ordererBusinessId: "0737546-2" })), NOW)).toMatchObject({ ok: false, rule: "ORDERER_BUSINESS_ID_EXISTS" });
    const refused = await w.db.orderer.create({ data: { kind: "COMPANY", name: "Hylätty Oy", status: "REFUSED" } });
    expect(await as(w, "coordinatorD", async () => intake.enterOrder(await entry({ ordererMode: "existing", ordererId: refused.id })), NOW)).toMatchObject({ ok: false, rule: "ORDERER_CLOSED" });
  });

  it("checks the order's fields like the orderer's form, but leaves billing to the orderer", async () => {
    const e = await entry();
    const bad = await as(w, "coordinatorD", () => intake.enterOrder({ ...e, name: "", order: { ...e.order, sessions: [] } }), NOW);
    expect(bad).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["name", "order.sessions"]);
  });

  it("another Jobcenter's coordinator may not enter an order for this one", async () => {
    expect(await as(w, "coordinatorR", async () => intake.enterOrder(await entry()), NOW)).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});

describe("the orderer's review link", () => {
  it("shows the order, records the acceptance as made through the link, stores billing, creates an account", async () => {
    const e = await entry();
    const order = await enter(e);
    const token = await reviewToken(e);
    const page = await reviewLinkPage(w.db, token, NOW);
    expect(page?.order).toMatchObject({ id: order.id, title: e.order.title, status: "RECEIVED" });
    expect(page?.contact).toMatchObject({ email: e.contactEmail, hasAccount: false });
    const r = await as(w, "anonymous", async () => intake.acceptOrderByLink({ token, termsVersionId: await termsId(), acceptTerms: true, ...billing, createAccount: true, password: "pitka-salasana-1" }), NOW);
    expect(r).toEqual({ ok: true, data: { account: "created" } });
    const after = await w.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { acceptances: true, orderer: true } });
    expect(after.status).toBe("TERMS_ACCEPTED");
    expect(after).toMatchObject({ billingMethod: "EMAIL_INVOICE", billingEmail: "laskut@puhelin.example", billingReference: "PP-1" });
    expect(after.orderer).toMatchObject({ billingMethod: "EMAIL_INVOICE", billingEmail: "laskut@puhelin.example" });
    const user = await w.db.user.findUniqueOrThrow({ where: { email: e.contactEmail }, include: { memberships: true } });
    expect(after.acceptances).toEqual([expect.objectContaining({ viaReviewLink: true, acceptedByUserId: user.id, grossCents: order.grossCents })]);
    expect(user.emailVerifiedAt).toEqual(NOW);
    expect(user.memberships).toEqual([expect.objectContaining({ role: "ORDERER_CONTACT", ordererId: order.ordererId, active: true })]);
    expect((await signInStaff(w.db, e.contactEmail, "pitka-salasana-1", "10.10.0.1")).ok).toBe(true);
    // the coordinator can now offer it to units
    const offer = await as(w, "coordinatorD", () => coordination.offerToUnits({ orderId: order.id, unitIds: [w.unitD1.id] }), NOW);
    expect(offer).toMatchObject({ ok: true });
    // the audit names the contact
    expect(await w.db.auditEvent.findFirst({ where: { action: "order.acceptByLink", entityId: order.id } })).toMatchObject({ actorUserId: user.id });
  });

  it("works once: a second use is refused and changes nothing", async () => {
    const e = await entry();
    const order = await enter(e);
    const token = await reviewToken(e);
    const input = { token, termsVersionId: await termsId(), acceptTerms: true as const, ...billing };
    expect(await as(w, "anonymous", () => intake.acceptOrderByLink(input), NOW)).toMatchObject({ ok: true, data: { account: "none" } });
    expect(await as(w, "anonymous", () => intake.acceptOrderByLink({ ...input, createAccount: true, password: "pitka-salasana-2" }), NOW)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await w.db.termsAcceptance.count({ where: { orderId: order.id } })).toBe(1);
    expect((await w.db.user.findUniqueOrThrow({ where: { email: e.contactEmail } })).passwordHash).toBeNull();
    expect(await reviewLinkPage(w.db, token, NOW)).toBeNull();
  });

  it("an expired link is refused, an unknown one too, and the order still waits", async () => {
    const e = await entry();
    const order = await enter(e);
    const token = await reviewToken(e);
    const later = new Date(NOW.getTime() + 15 * 24 * 3_600_000);
    const input = { token, termsVersionId: await termsId(), acceptTerms: true as const, ...billing };
    expect(await reviewLinkPage(w.db, token, later)).toBeNull();
    expect(await as(w, "anonymous", () => intake.acceptOrderByLink(input), later)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await as(w, "anonymous", () => intake.acceptOrderByLink({ ...input, token: `${token}x` }), NOW)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect((await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("RECEIVED");
  });

  it("refuses without the terms, and asks for what the billing method needs", async () => {
    const e = await entry();
    await enter(e);
    const token = await reviewToken(e);
    const noTerms = await as(w, "anonymous", async () => intake.acceptOrderByLink({ token, termsVersionId: await termsId(), acceptTerms: false as never, ...billing }), NOW);
    expect(noTerms).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    const noAddress = await as(w, "anonymous", async () => intake.acceptOrderByLink({ token, termsVersionId: await termsId(), acceptTerms: true, billingMethod: "E_INVOICE", createAccount: true }), NOW);
    expect(noAddress).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    if (!noAddress.ok) expect(Object.keys(noAddress.fieldErrors ?? {}).sort()).toEqual(["eInvoiceAddress", "eInvoiceOperator", "password"]);
    // nothing was used up: the link still works
    expect(await reviewLinkPage(w.db, token, NOW)).not.toBeNull();
  });

  it("a contact who already has an account keeps their password and becomes a contact of the orderer", async () => {
    const e = await entry({ ordererMode: "existing", ordererId: w.ordererX.id, contactEmail: "tilaaja@siisti.example", contactName: "Tiina Tilaaja" });
    const order = await enter(e);
    const token = await reviewToken(e);
    expect((await reviewLinkPage(w.db, token, NOW))?.contact.hasAccount).toBe(true);
    const r = await as(w, "anonymous", async () => intake.acceptOrderByLink({ token, termsVersionId: await termsId(), acceptTerms: true, ...billing, createAccount: true, password: "toinen-salasana-9" }), NOW);
    expect(r).toEqual({ ok: true, data: { account: "existing" } });
    expect((await signInStaff(w.db, "tilaaja@siisti.example", "toinen-salasana-9", "10.10.0.2")).ok).toBe(false);
    expect((await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("TERMS_ACCEPTED");
  });

  it("a second order for the same contact has its own link", async () => {
    const e = await entry();
    const order = await enter(e);
    const first = await reviewToken(e);
    const second = await entry({ ordererMode: "existing", ordererId: order.ordererId, contactEmail: e.contactEmail });
    await enter(second);
    expect(await reviewToken(second)).not.toBe(first);
    // the first still works
    expect(await reviewLinkPage(w.db, first, NOW)).toMatchObject({ order: { id: order.id } });
  });
});

describe("sending the link again", () => {
  it("a new link to the same contact ends the earlier one; not once the order is accepted", async () => {
    const e = await entry();
    const order = await enter(e);
    const first = await reviewToken(e);
    const later = new Date(NOW.getTime() + 60_000);
    expect(await as(w, "coordinatorD", () => intake.resendReviewLink({ orderId: order.id }), later)).toMatchObject({ ok: true, data: { to: e.contactEmail } });
    expect(await reviewLinkPage(w.db, first, later)).toBeNull();
    const mails = await w.db.outboxMessage.findMany({ where: { to: e.contactEmail }, orderBy: { createdAt: "desc" } });
    expect(mails).toHaveLength(2);
    const second = /\/review\/([A-Za-z0-9_-]+)/.exec(mails[0]!.body)![1]!;
    expect(second).not.toBe(first);
    expect(await as(w, "anonymous", async () => intake.acceptOrderByLink({ token: second, termsVersionId: await termsId(), acceptTerms: true, ...billing }), later)).toMatchObject({ ok: true });
    expect(await as(w, "coordinatorD", () => intake.resendReviewLink({ orderId: order.id }), later)).toMatchObject({ ok: false, rule: "INVALID_STATE" });
    expect(await as(w, "coordinatorR", () => intake.resendReviewLink({ orderId: order.id }), later)).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});

describe("the coordinator's lists", () => {
  it("every order: search by title, orderer and number, state filter, archive tab, keyset pages", async () => {
    const e = await entry({ name: "Hakutesti Oy" });
    const order = await enter({ ...e, order: { ...e.order, title: "Ikkunoiden pesu hakutesti" } });
    const list = (q: Record<string, string>) => coordinatorOrderList(w.db, [w.jobcenterD.id], orderListFilterSchema.parse(q));
    expect((await list({ q: "ikkunoiden pesu hakutesti" })).rows.map((r) => r.id)).toEqual([order.id]);
    expect((await list({ q: "Hakutesti Oy" })).rows.map((r) => r.id)).toEqual([order.id]);
    expect((await list({ q: `#${order.number}` })).rows.map((r) => r.id)).toContain(order.id);
    expect((await list({ status: "RECEIVED" })).rows.every((r) => r.status === "RECEIVED")).toBe(true);
    expect((await list({ tab: "archive", q: "hakutesti" })).rows).toEqual([]);
    // another Jobcenter sees none of it
    expect((await coordinatorOrderList(w.db, [w.jobcenterR.id], orderListFilterSchema.parse({ q: "hakutesti" }))).rows).toEqual([]);
    // keyset: pages do not overlap and follow newest first
    for (let i = 0; i < 26; i++) await enter({ ...(await entry({ ordererMode: "existing", ordererId: order.ordererId })) });
    const p1 = await list({ ordererId: order.ordererId });
    expect(p1.rows).toHaveLength(25);
    expect(p1.next).not.toBeNull();
    const p2 = await list({ ordererId: order.ordererId, after: p1.next! });
    expect(p2.rows).toHaveLength(2);
    expect(p2.next).toBeNull();
    expect(new Set([...p1.rows, ...p2.rows].map((r) => r.id)).size).toBe(27);
    expect(p2.rows.map((r) => r.id)).toContain(order.id);
    const counts = await orderCountsByState(w.db, [w.jobcenterD.id]);
    expect(counts.RECEIVED).toBeGreaterThanOrEqual(27);
  });

  it("orderers: search, one orderer's contacts and billing, only those that ordered from the Jobcenter", async () => {
    const e = await entry({ name: "Listatesti Oy" });
    const order = await enter(e);
    expect((await ordererList(w.db, [w.jobcenterD.id], "Listatesti", undefined)).rows.map((r) => r.id)).toEqual([order.ordererId]);
    expect((await ordererList(w.db, [w.jobcenterR.id], "Listatesti", undefined)).rows).toEqual([]);
    expect(await ordererForCoordinator(w.db, [w.jobcenterR.id], order.ordererId)).toBeNull();
    expect((await searchOrderers(w.db, [w.jobcenterD.id], "Listatesti")).map((o) => o.id)).toEqual([order.ordererId]);
    expect((await searchOrderers(w.db, [w.jobcenterD.id], "0737546")).map((o) => o.id)).toEqual([w.ordererX.id]);
  });

  it("client search: name, unit and skill within the Jobcenter, the work profile only (ADR 033)", async () => {
    const all = await searchClients(w.db, [w.jobcenterD.id], {});
    expect(all.rows.map((r) => r.firstName).sort()).toEqual(["Maija", "Ville"]);
    expect((await searchClients(w.db, [w.jobcenterD.id], { q: "maija" })).rows.map((r) => r.firstName)).toEqual(["Maija"]);
    expect((await searchClients(w.db, [w.jobcenterD.id], { skill: "Outdoor" })).rows.map((r) => r.firstName)).toEqual(["Ville"]);
    expect((await searchClients(w.db, [w.jobcenterD.id], { q: "Pekka" })).rows).toEqual([]);
    expect((await searchClients(w.db, [w.jobcenterD.id], { unitId: w.unitR1.id })).rows).toEqual([]);
    for (const r of all.rows) expect(Object.keys(r).sort()).toEqual(["area", "firstName", "id", "lastName", "readiness", "skills", "unit"]);
    const first = await searchClients(w.db, [w.jobcenterD.id], {});
    expect(first.next).toBeNull();
  });
});
