import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import * as admin from "../../../src/features/admin/actions";
import { signInStaff } from "../../../src/features/auth/mutations";
import { emailVerified } from "../../../src/features/auth/queries";
import * as coordination from "../../../src/features/coordination/actions";
import { coordinatorInbox } from "../../../src/features/coordination/queries";
import * as orderers from "../../../src/features/orderers/actions";
import { businessIdCheckDigit } from "../../../src/features/orderers/rules";
import * as orders from "../../../src/features/orders/actions";
import type { registerSchema } from "../../../src/features/orders/schema";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { orderForm } from "../../support/orders";
import { as, TEST_PASSWORD, type World } from "../../support/world";

// Issue 9, "who may order in whose name" (ADR 055): the impersonating registration, the same
// answer for a known address, the email link before sign-in, the business-ID twin, and the
// password reset by email.

let tdb: TestDatabase;
let w: World;

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const NOW = new Date("2026-11-22T10:00:00Z");
const PASSWORD = "pitka-salasana-1";

type Registration = z.input<typeof registerSchema>;
const registration = (overrides: Partial<Registration> = {}): Registration => ({
  locale: "fi",
  ordererKind: "COMPANY",
  organisationName: "Siisti Oy",
  contactName: "Ville Väärä",
  email: `ville-${randomUUID()}@example.fi`,
  phone: "040 765 4321",
  password: PASSWORD,
  ...overrides,
});

/** A business ID no orderer of the world has, with a valid check digit. */
function freshBusinessId(): string {
  for (;;) {
    const seven = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const check = businessIdCheckDigit(seven);
    if (check !== null && seven !== "0737546" && seven !== "1572860") return `${seven}-${check}`;
  }
}

async function register(reg: Registration, businessId = "0737546-2") {
  const r = await as(w, "anonymous", async () => orders.registerAndOrder({ submit: true, registration: reg, order: await orderForm(w, { businessId, workerCount: 30 }) }), NOW);
  expect(r).toEqual({ ok: true, data: { sent: true, email: reg.email } });
  const user = await w.db.user.findUniqueOrThrow({ where: { email: reg.email }, include: { memberships: { include: { orderer: true } } } });
  const order = await w.db.order.findFirstOrThrow({ where: { createdById: user.id } });
  return { user, orderer: user.memberships[0]!.orderer!, order };
}

/** The mails the outbox holds for an address, newest first. */
const mailsTo = (to: string) => w.db.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "desc" } });

/** The token of the one unused-so-far link to this page among the address's mails. */
async function tokenFor(to: string, page: "verify-email" | "reset"): Promise<string> {
  const mails = (await mailsTo(to)).filter((m) => m.body.includes(`/${page}/`));
  expect(mails.length, `a ${page} mail to ${to}`).toBeGreaterThan(0);
  return tokenIn(mails[0]!.body, page);
}

/** The token in a mail's link to the given page. */
function tokenIn(body: string, page: "verify-email" | "reset"): string {
  const m = new RegExp(`/${page}/([A-Za-z0-9_-]+)`).exec(body);
  expect(m, body).not.toBeNull();
  return m![1]!;
}

const inboxIds = async () => (await coordinatorInbox(w.db, [w.jobcenterD.id], NOW)).flatMap((s) => s.rows).map((r) => r.id);

describe("the impersonating registration", () => {
  it("reaches nobody before the email link, then is marked unverified and cannot be offered, approved or given workers", async () => {
    const { user, orderer, order } = await register(registration());
    expect(orderer).toMatchObject({ status: "EMAIL_PENDING", duplicateOfId: w.ordererX.id, businessId: "0737546-2" });
    expect(order.workerCount).toBe(30);
    expect(await inboxIds()).not.toContain(order.id);
    // The coordinator cannot act on it either: nothing is offered.
    const early = await as(w, "coordinatorD", () => coordination.offerToUnits({ orderId: order.id, unitIds: [w.unitD1.id] }), NOW);
    expect(early).toMatchObject({ ok: false, rule: "ORDERER_UNVERIFIED" });

    const [mail] = await mailsTo(user.email!);
    expect(mail!.subject).toContain("vahvista");
    expect(await as(w, "anonymous", () => orderers.confirmEmail({ token: tokenIn(mail!.body, "verify-email") }), NOW)).toEqual({ ok: true, data: { ok: true } });
    expect((await w.db.orderer.findUniqueOrThrow({ where: { id: orderer.id } })).status).toBe("UNVERIFIED");

    const row = (await coordinatorInbox(w.db, [w.jobcenterD.id], NOW)).flatMap((s) => s.rows).find((r) => r.id === order.id);
    expect(row).toMatchObject({ ordererName: "Siisti Oy", ordererStatus: "UNVERIFIED", ordererDuplicate: true });
    const real = (await coordinatorInbox(w.db, [w.jobcenterD.id], NOW)).flatMap((s) => s.rows).filter((r) => r.ordererStatus === "VERIFIED");
    expect(real.every((r) => !r.ordererDuplicate)).toBe(true);

    const offer = await as(w, "coordinatorD", () => coordination.offerToUnits({ orderId: order.id, unitIds: [w.unitD1.id] }), NOW);
    expect(offer).toMatchObject({ ok: false, error: "RULE_VIOLATION", rule: "ORDERER_UNVERIFIED" });
    expect(await w.db.unitOffer.count({ where: { orderId: order.id } })).toBe(0);
    const session = await w.db.orderSession.findFirstOrThrow({ where: { orderId: order.id } });
    const assign = await as(w, "coordinatorD", () => coordination.assignClient({ sessionId: session.id, clientId: w.clientD1.id }), NOW);
    expect(assign).toMatchObject({ ok: false, rule: "ORDERER_UNVERIFIED" });
    expect(await w.db.gig.count({ where: { orderId: order.id } })).toBe(0);
    await w.db.order.update({ where: { id: order.id }, data: { status: "DONE" } });
    const approve = await as(w, "coordinatorD", () => coordination.markOrderApproved({ orderId: order.id }), NOW);
    expect(approve).toMatchObject({ ok: false, rule: "ORDERER_UNVERIFIED" });
    await w.db.order.update({ where: { id: order.id }, data: { status: "TERMS_ACCEPTED" } });

    // A twin is joined or refused, never verified on its own.
    const verify = await as(w, "coordinatorD", () => orderers.verifyOrderer({ orderId: order.id, checks: ["BUSINESS_REGISTER"] }), NOW);
    expect(verify).toMatchObject({ ok: false, rule: "ORDERER_DUPLICATE_BUSINESS_ID" });

    const refuse = await as(w, "coordinatorD", () => orderers.refuseOrderer({ orderId: order.id, note: "Siisti Oy ei tunne tilaajaa (soitettu vaihteeseen)" }), NOW);
    expect(refuse).toMatchObject({ ok: true, data: { cancelledOrders: 1 } });
    expect((await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("CANCELLED");
    expect(await w.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: false, sessionVersion: 1 });
    const review = await w.db.ordererReview.findFirstOrThrow({ where: { ordererId: orderer.id } });
    expect(review).toMatchObject({ decision: "REFUSED", byUserId: w.users.coordinatorD.id, orderId: order.id, note: "Siisti Oy ei tunne tilaajaa (soitettu vaihteeseen)" });
    // The real customer is untouched.
    expect(await w.db.orderer.findUniqueOrThrow({ where: { id: w.ordererX.id } })).toMatchObject({ status: "VERIFIED", name: "Siisti Oy" });
    expect(await inboxIds()).not.toContain(order.id);
    // A second decision is refused.
    expect(await as(w, "coordinatorD", () => orderers.refuseOrderer({ orderId: order.id, note: "uudestaan" }), NOW)).toMatchObject({ ok: false, rule: "ORDERER_NOT_WAITING" });
  });

  it("a coordinator of another Jobcenter cannot decide", async () => {
    const { user, order } = await register(registration(), freshBusinessId());
    await as(w, "anonymous", async () => orderers.confirmEmail({ token: await tokenFor(user.email!, "verify-email") }), NOW);
    expect(await as(w, "coordinatorR", () => orderers.verifyOrderer({ orderId: order.id, checks: ["BUSINESS_REGISTER"] }), NOW)).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await as(w, "coordinatorR", () => orderers.refuseOrderer({ orderId: order.id, note: "ei meidän" }), NOW)).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});

describe("the coordinator verifies a new orderer", () => {
  it("with what was checked, who and when; then the order can be offered", async () => {
    const { user, orderer, order } = await register(registration({ organisationName: "Uusi Asiakas Oy" }), freshBusinessId());
    await as(w, "anonymous", async () => orderers.confirmEmail({ token: await tokenFor(user.email!, "verify-email") }), NOW);
    expect(orderer.duplicateOfId).toBeNull();
    const none = await as(w, "coordinatorD", () => orderers.verifyOrderer({ orderId: order.id, checks: [] }), NOW);
    expect(none).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { checks: "required" } });
    const join = await as(w, "coordinatorD", () => orderers.joinOrderer({ orderId: order.id, checks: ["KNOWN_CUSTOMER"] }), NOW);
    expect(join).toMatchObject({ ok: false, rule: "ORDERER_NOT_DUPLICATE" });

    const ok = await as(w, "coordinatorD", () => orderers.verifyOrderer({ orderId: order.id, checks: ["BUSINESS_REGISTER", "CALLED_KNOWN_NUMBER"], note: "Soitin YTJ:n numeroon" }), NOW);
    expect(ok.ok).toBe(true);
    expect((await w.db.orderer.findUniqueOrThrow({ where: { id: orderer.id } })).status).toBe("VERIFIED");
    const review = await w.db.ordererReview.findFirstOrThrow({ where: { ordererId: orderer.id } });
    expect(review).toMatchObject({ decision: "VERIFIED", checks: ["BUSINESS_REGISTER", "CALLED_KNOWN_NUMBER"], note: "Soitin YTJ:n numeroon", byUserId: w.users.coordinatorD.id, createdAt: NOW });
    expect(await w.db.auditEvent.count({ where: { action: "orderer.verify", entityId: orderer.id, actorUserId: w.users.coordinatorD.id } })).toBe(1);
    const offer = await as(w, "coordinatorD", () => coordination.offerToUnits({ orderId: order.id, unitIds: [w.unitD1.id] }), NOW);
    expect(offer).toMatchObject({ ok: true, data: { offered: 1 } });
  });
});

describe("a business ID an existing orderer has", () => {
  it("is flagged, and joining moves the contact and the order to that orderer (no twin)", async () => {
    const { user, orderer, order } = await register(registration({ organisationName: "Kotikulma" }), "1572860-0");
    expect(orderer.duplicateOfId).toBe(w.ordererY.id);
    await as(w, "anonymous", async () => orderers.confirmEmail({ token: await tokenFor(user.email!, "verify-email") }), NOW);
    const r = await as(w, "coordinatorD", () => orderers.joinOrderer({ orderId: order.id, checks: ["CALLED_KNOWN_NUMBER"], note: "Yhdistyksen puheenjohtaja vahvisti" }), NOW);
    expect(r).toMatchObject({ ok: true, data: { ordererId: w.ordererY.id } });
    expect((await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).ordererId).toBe(w.ordererY.id);
    const memberships = await w.db.membership.findMany({ where: { userId: user.id } });
    expect(memberships.map((m) => m.ordererId)).toEqual([w.ordererY.id]);
    expect((await w.db.orderer.findUniqueOrThrow({ where: { id: orderer.id } })).status).toBe("MERGED");
    expect(await w.db.ordererReview.findFirstOrThrow({ where: { ordererId: orderer.id } })).toMatchObject({ decision: "JOINED", joinedToId: w.ordererY.id, byUserId: w.users.coordinatorD.id });
    // The joined order belongs to a verified orderer now.
    expect(await as(w, "coordinatorD", () => coordination.offerToUnits({ orderId: order.id, unitIds: [w.unitD2.id] }), NOW)).toMatchObject({ ok: true });
  });
});

describe("an address that already has an account", () => {
  it("gets the same answer; the owner gets an email, and nothing is created", async () => {
    const before = [await w.db.orderer.count(), await w.db.user.count(), await w.db.order.count(), await w.db.authToken.count()];
    const mailsBefore = (await mailsTo("tilaaja@siisti.example")).length;
    const r = await as(w, "anonymous", async () => orders.registerAndOrder({ submit: true, registration: registration({ email: "Tilaaja@Siisti.example" }), order: await orderForm(w) }), NOW);
    const fresh = registration();
    const n = await as(w, "anonymous", async () => orders.registerAndOrder({ submit: true, registration: fresh, order: await orderForm(w) }), NOW);
    // The same shape and the same words: only the address the visitor typed is in it.
    expect(r).toEqual({ ok: true, data: { sent: true, email: "tilaaja@siisti.example" } });
    expect(n).toEqual({ ok: true, data: { sent: true, email: fresh.email } });
    expect([await w.db.orderer.count(), await w.db.user.count(), await w.db.order.count(), await w.db.authToken.count()]).toEqual([before[0]! + 1, before[1]! + 1, before[2]! + 1, before[3]! + 1]);
    const mails = await mailsTo("tilaaja@siisti.example");
    expect(mails).toHaveLength(mailsBefore + 1);
    expect(mails[0]!.subject).toBe("Täsmätyö: joku yritti rekisteröityä osoitteellasi");
    expect(mails[0]!.body).toContain("/signin?as=staff");
    expect(mails[0]!.body).toContain("/signin/forgot");
    expect(mails[0]!.body).not.toMatch(/verify-email|reset\//);
  });
});

describe("the email link before sign-in", () => {
  it("an account cannot sign in until its link is opened; the link works once", async () => {
    const reg = registration({ locale: "sv" });
    const { user } = await register(reg, freshBusinessId());
    // The password is right, but the address is not confirmed (authorize refuses EMAIL_UNVERIFIED).
    expect((await signInStaff(w.db, reg.email, PASSWORD, "10.9.0.1")).ok).toBe(true);
    expect(await emailVerified(w.db, user.id)).toBe(false);
    const [mail] = await mailsTo(reg.email);
    expect(mail!.subject).toBe("Täsmätyö: bekräfta din e-postadress");
    const token = tokenIn(mail!.body, "verify-email");
    expect(await as(w, "anonymous", () => orderers.confirmEmail({ token: `${token}x` }), NOW)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await emailVerified(w.db, user.id)).toBe(false);
    expect(await as(w, "anonymous", () => orderers.confirmEmail({ token }), NOW)).toMatchObject({ ok: true });
    expect(await emailVerified(w.db, user.id)).toBe(true);
    expect(await as(w, "anonymous", () => orderers.confirmEmail({ token }), NOW)).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });

  it("an expired link changes nothing", async () => {
    const { user } = await register(registration(), freshBusinessId());
    const [mail] = await mailsTo(user.email!);
    const late = new Date(NOW.getTime() + 3 * 86_400_000);
    expect(await as(w, "anonymous", () => orderers.confirmEmail({ token: tokenIn(mail!.body, "verify-email") }), late)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await emailVerified(w.db, user.id)).toBe(false);
  });

  it("staff and clients already in the world are verified (the gate is only on unconfirmed addresses)", async () => {
    expect(await emailVerified(w.db, w.users.coordinatorD.id)).toBe(true);
    expect(await emailVerified(w.db, w.users.clientD1.id)).toBe(true);
  });
});

describe("forgot password", () => {
  it("sends an orderer contact a reset link; the old password works until the new one is set", async () => {
    const r = await as(w, "anonymous", () => orderers.requestPasswordReset({ email: "tilaaja@siisti.example" }), NOW);
    expect(r).toEqual({ ok: true, data: { sent: true } });
    const mail = (await mailsTo("tilaaja@siisti.example")).find((m) => m.body.includes("/reset/"));
    expect(mail!.subject).toBe("Täsmätyö: aseta uusi salasana");
    // Asking for a link locks nobody out.
    expect((await signInStaff(w.db, "tilaaja@siisti.example", TEST_PASSWORD, "10.9.0.2")).ok).toBe(true);
    const token = tokenIn(mail!.body, "reset");
    const done = await as(w, "anonymous", () => admin.completeReset({ token, password: "uusi-salasana-99", confirm: "uusi-salasana-99" }), NOW);
    expect(done).toEqual({ ok: true, data: { ok: true } });
    expect((await signInStaff(w.db, "tilaaja@siisti.example", "uusi-salasana-99", "10.9.0.2")).ok).toBe(true);
    expect((await signInStaff(w.db, "tilaaja@siisti.example", TEST_PASSWORD, "10.9.0.2")).ok).toBe(false);
  });

  it("answers the same for an unknown address and sends nothing; staff are told to ask their admin", async () => {
    const outbox = await w.db.outboxMessage.count();
    const tokens = await w.db.authToken.count();
    expect(await as(w, "anonymous", () => orderers.requestPasswordReset({ email: "ei-ketaan@example.fi" }), NOW)).toEqual({ ok: true, data: { sent: true } });
    expect(await w.db.outboxMessage.count()).toBe(outbox);
    expect(await as(w, "anonymous", () => orderers.requestPasswordReset({ email: "koordinaattori.d@test.fi" }), NOW)).toEqual({ ok: true, data: { sent: true } });
    expect(await w.db.authToken.count()).toBe(tokens);
    // (the coordinator's notifications of this file's orders, ADR 045, are in the outbox too)
    const mail = (await mailsTo("koordinaattori.d@test.fi")).find((m) => !m.dedupeKey?.startsWith("notify:"));
    expect(mail!.body).toContain("ylläpitäjä");
    expect(mail!.body).not.toMatch(/reset\//);
  });

  it("a reset link also confirms an unconfirmed address", async () => {
    const reg = registration();
    const { user, orderer } = await register(reg, freshBusinessId());
    await as(w, "anonymous", () => orderers.requestPasswordReset({ email: reg.email }), NOW);
    await as(w, "anonymous", async () => admin.completeReset({ token: await tokenFor(reg.email, "reset"), password: "uusi-salasana-77", confirm: "uusi-salasana-77" }), NOW);
    expect(await emailVerified(w.db, user.id)).toBe(true);
    expect((await w.db.orderer.findUniqueOrThrow({ where: { id: orderer.id } })).status).toBe("UNVERIFIED");
  });
});
