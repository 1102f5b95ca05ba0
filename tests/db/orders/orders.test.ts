import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import * as orders from "../../../src/features/orders/actions";
import type { registerSchema } from "../../../src/features/orders/schema";
import * as pricing from "../../../src/features/pricing/actions";
import { verifySecret } from "../../../src/features/auth/password";
import { sha256 } from "../../../src/server/seed/reference";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { makeOrder, orderForm } from "../../support/orders";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let w: World;

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const NOW = new Date("2026-11-22T10:00:00Z");
const count = () => w.db.order.count();

type Registration = z.input<typeof registerSchema>;

function registration(overrides: Partial<Registration> = {}): Registration {
  return {
    locale: "fi",
    ordererKind: "COMPANY",
    organisationName: "Uusi Oy",
    contactName: "Uuno Uusi",
    email: `uuno-${randomUUID()}@example.fi`,
    phone: "040 765 4321",
    password: "pitka-salasana-1",
    ...overrides,
  };
}

/**
 * The network delivers whatever a browser sends; the action's parameter type binds only our own
 * callers. Tests of what the server refuses call it this way.
 */
const overTheWire = <R>(action: (input: never) => Promise<R>) => action as (input: unknown) => Promise<R>;

describe("submitting an order", () => {
  it("prices the order on the server and stores the terms acceptance with its hash", async () => {
    const form = await orderForm(w);
    const r = await as(w, "ordererX", () => orders.submitOrder(form), NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const order = await w.db.order.findUniqueOrThrow({ where: { id: r.data.id }, include: { acceptances: true, statusEvents: true, sessions: true } });
    // 2 workers × 4 h × 14.50 € = 116.00 €, VAT 25.5 % (work date 1.12.2026) = 29.58 €
    expect(order).toMatchObject({ status: "TERMS_ACCEPTED", listUnitPriceCents: 1450, vatRateBp: 2550, netCents: 11600, vatCents: 2958, grossCents: 14558 });
    expect(order.statusEvents.map((e) => e.status)).toEqual(["RECEIVED", "TERMS_ACCEPTED"]);
    expect(order.sessions).toHaveLength(1);
    expect(order.sessions[0]!.startsAt.toISOString()).toBe("2026-12-01T07:00:00.000Z"); // 9.00 Helsinki time
    const terms = await w.db.orderTermsVersion.findUniqueOrThrow({ where: { id: form.termsVersionId } });
    expect(order.acceptances).toHaveLength(1);
    expect(order.acceptances[0]).toMatchObject({
      termsVersionId: terms.id,
      termsSha256: sha256(terms.body),
      acceptedByUserId: w.users.ordererX.id,
      unitPriceCents: 1450,
      hoursPerWorkerMin: 240,
      workerCount: 2,
      grossCents: 14558,
    });
  });

  it("uses the VAT rate of the work date: 24 % on 31.8.2024, 25.5 % on 1.9.2024", async () => {
    const q1 = await as(w, "anonymous", () => orders.quoteOrder({ jobcenterId: w.jobcenterD.id, contractModel: "EMPLOYMENT", minutesPerWorker: 60, workerCount: 1, firstDate: "2024-08-31" }));
    const q2 = await as(w, "anonymous", () => orders.quoteOrder({ jobcenterId: w.jobcenterD.id, contractModel: "EMPLOYMENT", minutesPerWorker: 60, workerCount: 1, firstDate: "2024-09-01" }));
    expect(q1).toEqual({ ok: true, data: expect.objectContaining({ unitPriceCents: 2000, vatRateBp: 2400, vatCents: 480, grossCents: 2480 }) });
    expect(q2).toEqual({ ok: true, data: expect.objectContaining({ unitPriceCents: 2000, vatRateBp: 2550, vatCents: 510, grossCents: 2510 }) });
  });

  it("a submitted order takes the VAT rate of its first work day", async () => {
    const r = await as(
      w,
      "ordererX",
      async () => orders.submitOrder(await orderForm(w, { sessions: [{ date: "2024-09-02", start: "09:00", end: "10:00" }, { date: "2024-08-31", start: "09:00", end: "10:00" }], minutesPerWorker: 60, workerCount: 1 })),
      // ordered before its work days: a session cannot start in the past
      new Date("2024-08-01T10:00:00Z"),
    );
    if (!r.ok) throw new Error(r.error);
    // two 1-hour sessions: 2 h × 14.50 € (the schedule makes the estimate, ADR 035), VAT 24 %
    expect(await w.db.order.findUniqueOrThrow({ where: { id: r.data.id } })).toMatchObject({ vatRateBp: 2400, hoursPerWorkerMin: 120, netCents: 2900, vatCents: 696, grossCents: 3596 });
  });

  it("estimates exact sessions as their lengths × workers: two 4-hour sessions for 3 workers are 24 h, not 12 h", async () => {
    const sessions = [
      { date: "2026-12-01", start: "09:00", end: "13:00" },
      { date: "2026-12-02", start: "09:00", end: "13:00" },
    ];
    const r = await as(w, "ordererX", async () => orders.submitOrder(await orderForm(w, { sessions, minutesPerWorker: 240, workerCount: 3 })), NOW);
    if (!r.ok) throw new Error(r.error);
    const order = await w.db.order.findUniqueOrThrow({ where: { id: r.data.id }, include: { acceptances: true } });
    // 24 h × 14.50 € = 348.00 €
    expect(order).toMatchObject({ hoursPerWorkerMin: 480, workerCount: 3, netCents: 34_800 });
    expect(order.acceptances[0]).toMatchObject({ hoursPerWorkerMin: 480, workerCount: 3 });
  });

  it("keeps the orderer's own estimate for an indicative window", async () => {
    const r = await as(
      w,
      "ordererX",
      async () => orders.submitOrder(await orderForm(w, { scheduleKind: "WINDOW", windowText: "Joulukuun alussa, arkipäivänä", sessions: [], minutesPerWorker: 240, workerCount: 3 })),
      NOW,
    );
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(await w.db.order.findUniqueOrThrow({ where: { id: r.data.id } })).toMatchObject({ hoursPerWorkerMin: 240, netCents: 17_400 });
  });

  it("rejects a price sent by the browser", async () => {
    const before = await count();
    const r = await as(w, "ordererX", async () => overTheWire(orders.submitOrder)({ ...(await orderForm(w)), grossCents: 1 }), NOW);
    expect(r).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    expect(await count()).toBe(before);
    const q = await as(w, "anonymous", () => overTheWire(orders.quoteOrder)({ jobcenterId: w.jobcenterD.id, contractModel: "COMMISSION", minutesPerWorker: 60, workerCount: 1, unitPriceCents: 1 }));
    expect(q).toMatchObject({ ok: false, error: "INVALID_INPUT" });
  });

  it("makes one order from a double submit (same request key), also concurrently", async () => {
    const form = await orderForm(w);
    const before = await count();
    const [a, b] = await Promise.all([as(w, "ordererX", () => orders.submitOrder(form), NOW), as(w, "ordererX", () => orders.submitOrder(form), NOW)]);
    const c = await as(w, "ordererX", () => orders.submitOrder(form), NOW);
    const ids = [a, b, c].filter((r) => r.ok).map((r) => (r.ok ? r.data.id : ""));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(1);
    expect(c.ok).toBe(true);
    expect(await count()).toBe(before + 1);
  });

  it("gives field errors and saves nothing on invalid input", async () => {
    const before = await count();
    const r = await as(
      w,
      "ordererX",
      async () =>
        orders.submitOrder(
          await orderForm(w, { businessId: "0737546-3", postalCode: "123", title: "", workerCount: 0, billingMethod: "EMAIL_INVOICE", sessions: [{ date: "2026-12-01", start: "13:00", end: "09:00" }] }),
        ),
      NOW,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBe("INVALID_INPUT");
    expect(r.fieldErrors).toMatchObject({
      businessId: "businessId",
      postalCode: "postalCode",
      title: "required",
      workerCount: "tooSmall",
      "sessions.0.end": "endBeforeStart",
    });
    expect(await count()).toBe(before);
  });

  it("requires the billing details of the chosen billing method", async () => {
    const r = await as(w, "ordererX", async () => orders.submitOrder(await orderForm(w, { billingMethod: "PAPER_INVOICE" })), NOW);
    expect(r).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { billingName: "required", billingAddress: "required" } });
  });

  it("refuses a submit without accepted terms, or with an outdated version, saving nothing", async () => {
    const before = await count();
    expect(await as(w, "ordererX", async () => orders.submitOrder(await orderForm(w, { acceptTerms: false })), NOW)).toMatchObject({ ok: false, rule: "TERMS_NOT_ACCEPTED" });
    expect(await count()).toBe(before);
  });

  it("refuses a contract model the Jobcenter does not offer", async () => {
    const r = await as(w, "ordererX", async () => orders.submitOrder(await orderForm(w, { contractModel: "PARTNER_EMPLOYER" })), NOW);
    expect(r).toMatchObject({ ok: false, rule: "CONTRACT_MODEL_NOT_OFFERED" });
  });
});

describe("drafts", () => {
  it("saves a partial draft, edits it, and submits it with full validation", async () => {
    const requestKey = `rk-${randomUUID()}`;
    const d = await as(w, "ordererX", () => orders.saveOrderDraft({ jobcenterId: w.jobcenterD.id, requestKey, title: "Puolivalmis" }), NOW);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const draft = await w.db.order.findUniqueOrThrow({ where: { id: d.data.id } });
    expect(draft).toMatchObject({ status: "DRAFT", title: "Puolivalmis", grossCents: null });
    const e = await as(w, "ordererX", () => orders.saveOrderDraft({ jobcenterId: w.jobcenterD.id, requestKey, orderId: d.data.id, workerCount: 3 }), NOW);
    expect(e.ok).toBe(true);
    const incomplete = await as(w, "ordererX", () => overTheWire(orders.submitOrder)({ jobcenterId: w.jobcenterD.id, requestKey, orderId: d.data.id, acceptTerms: true }), NOW);
    expect(incomplete).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    const s = await as(w, "ordererX", async () => orders.submitOrder({ ...(await orderForm(w)), requestKey, orderId: d.data.id }), NOW);
    expect(s).toEqual({ ok: true, data: { id: d.data.id } });
    expect((await w.db.order.findUniqueOrThrow({ where: { id: d.data.id } })).status).toBe("TERMS_ACCEPTED");
    const again = await as(w, "ordererX", () => orders.saveOrderDraft({ jobcenterId: w.jobcenterD.id, requestKey, orderId: d.data.id, title: "Muutos" }), NOW);
    expect(again).toMatchObject({ ok: false, rule: "ORDER_NOT_EDITABLE" });
  });
});

describe("registration and order in one go", () => {
  it("creates Orderer, User (hashed password), membership and the order together", async () => {
    const reg = registration();
    const r = await as(w, "anonymous", async () => orders.registerAndOrder({ submit: true, registration: reg, order: await orderForm(w) }), NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const user = await w.db.user.findUniqueOrThrow({ where: { email: reg.email }, include: { memberships: true } });
    expect(await verifySecret("pitka-salasana-1", user.passwordHash)).toBe(true);
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]!.role).toBe("ORDERER_CONTACT");
    // The answer names no order: it is the same for an address that already has an account (ADR 055).
    expect(r.data).toEqual({ sent: true, email: reg.email });
    const order = await w.db.order.findFirstOrThrow({ where: { createdById: user.id } });
    expect(order).toMatchObject({ ordererId: user.memberships[0]!.ordererId, status: "TERMS_ACCEPTED" });
  });

  it("an address that already has an account gets the same answer and nothing is created", async () => {
    const before = [await w.db.orderer.count(), await w.db.user.count(), await count()];
    const r = await as(w, "anonymous", async () => orders.registerAndOrder({ submit: true, registration: registration({ email: "tilaaja@siisti.example" }), order: await orderForm(w) }), NOW);
    expect(r).toEqual({ ok: true, data: { sent: true, email: "tilaaja@siisti.example" } });
    expect([await w.db.orderer.count(), await w.db.user.count(), await count()]).toEqual(before);
  });

  it("a failing order rolls the registration back too", async () => {
    const reg = registration();
    const r = await as(w, "anonymous", async () => orders.registerAndOrder({ submit: true, registration: reg, order: await orderForm(w, { contractModel: "PARTNER_EMPLOYER" }) }), NOW);
    expect(r).toMatchObject({ ok: false, rule: "CONTRACT_MODEL_NOT_OFFERED" });
    expect(await w.db.user.findUnique({ where: { email: reg.email } })).toBeNull();
  });

  it("requires a private person's address and an organisation's business ID", async () => {
    const p = await as(w, "anonymous", async () => orders.registerAndOrder({ submit: true, registration: registration({ ordererKind: "PRIVATE_PERSON", organisationName: undefined }), order: await orderForm(w) }), NOW);
    expect(p).toMatchObject({ ok: false, fieldErrors: { "registration.streetAddress": "required", "registration.postalCode": "required", "registration.city": "required" } });
    const c = await as(w, "anonymous", async () => orders.registerAndOrder({ submit: true, registration: registration(), order: await orderForm(w, { businessId: "" }) }), NOW);
    expect(c).toMatchObject({ ok: false, fieldErrors: { "order.businessId": "required" } });
    const pw = await as(w, "anonymous", async () => orders.registerAndOrder({ submit: true, registration: registration({ password: "short" }), order: await orderForm(w) }), NOW);
    expect(pw).toMatchObject({ ok: false, fieldErrors: { "registration.password": "password" } });
  });
});

describe("another orderer's orders", () => {
  it("cannot be read, changed, cancelled or submitted", async () => {
    const { order } = await makeOrder(w, { ordererId: w.ordererY.id });
    const draft = (await makeOrder(w, { ordererId: w.ordererY.id, status: "DRAFT" })).order;
    expect(await as(w, "ordererX", () => orders.cancelOrder({ orderId: order.id }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await as(w, "ordererX", () => orders.postOrderMessage({ orderId: order.id, body: "x" }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await as(w, "ordererX", () => orders.saveOrderDraft({ jobcenterId: w.jobcenterD.id, requestKey: "rk-12345678", orderId: draft.id, title: "Toinen" }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await as(w, "ordererX", async () => orders.submitOrder({ ...(await orderForm(w)), orderId: draft.id }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    const { can } = await import("../../../src/features/auth/permissions");
    expect(can(w.personas.ordererX, "order.read", { ordererId: order.ordererId, jobcenterId: order.jobcenterId })).toBe(false);
    expect(can(w.personas.ordererY, "order.read", { ordererId: order.ordererId, jobcenterId: order.jobcenterId })).toBe(true);
    expect((await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("TERMS_ACCEPTED");
  });
});

describe("what the orderer sees of the workers", () => {
  it("the order page reads only the worker's first name, never other client data", async () => {
    const { order } = await makeOrder(w, { status: "SCHEDULED", gigs: ["ACCEPTED"] });
    const { orderDetail } = await import("../../../src/features/orders/queries");
    const detail = await orderDetail(w.db, order.id);
    expect(Object.keys(detail!.gigs[0]!.client)).toEqual(["firstName"]);
    expect(detail!.gigs[0]!.client.firstName).toBe("Maija");
    expect(JSON.stringify(detail)).not.toMatch(/Meikäläinen|DISABILITY_PENSION|selkeät ohjeet/);
  });
});

describe("cancellation", () => {
  it("is free until workers are assigned and cancels nothing else", async () => {
    const { order } = await makeOrder(w, { status: "FINDING_WORKERS" });
    const r = await as(w, "ordererX", () => orders.cancelOrder({ orderId: order.id, reason: "Ei tarvita" }), NOW);
    expect(r).toEqual({ ok: true, data: { id: order.id, feeCents: 0 } });
    expect(await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "CANCELLED", cancellationFeeCents: 0, cancelReason: "Ei tarvita" });
  });

  it("charges the accepted terms' fee after assignment and cancels the open gigs", async () => {
    const { order, gigs } = await makeOrder(w, { status: "SCHEDULED", gigs: ["ACCEPTED", "DECLINED"] });
    const r = await as(w, "ordererX", () => orders.cancelOrder({ orderId: order.id }), NOW);
    expect(r).toEqual({ ok: true, data: { id: order.id, feeCents: 5000 } });
    expect((await w.db.gig.findUniqueOrThrow({ where: { id: gigs[0]!.id } })).status).toBe("CANCELLED");
    expect((await w.db.gig.findUniqueOrThrow({ where: { id: gigs[1]!.id } })).status).toBe("DECLINED");
  });

  it("is not possible once the work is done", async () => {
    const { order } = await makeOrder(w, { status: "DONE", gigs: ["APPROVED"] });
    expect(await as(w, "ordererX", () => orders.cancelOrder({ orderId: order.id }), NOW)).toMatchObject({ ok: false, rule: "ORDER_NOT_CANCELLABLE" });
  });
});

describe("terms versions and re-acceptance", () => {
  it("a coordinator's agreed price needs the orderer's acceptance; accepting stores a new acceptance", async () => {
    const { order } = await makeOrder(w, { status: "FINDING_WORKERS" });
    const p = await as(w, "coordinatorD", () => orders.proposeOrderChange({ orderId: order.id, description: "Suuri tilaus", reason: "Yli 100 h", newUnitPriceCents: 1300 }), NOW);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect((await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).reacceptanceRequired).toBe(true);
    const terms = await w.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: w.jobcenterD.id, locale: "sv" } });
    const d = await as(w, "ordererX", () => orders.decideOrderChange({ changeId: p.data.id, decision: "ACCEPT", termsVersionId: terms.id }), NOW);
    expect(d.ok).toBe(true);
    const after = await w.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { acceptances: { orderBy: { acceptedAt: "asc" } } } });
    // 3 h × 13.00 = 39.00, VAT 25.5 % = 9.95 (9.945 rounded half away from zero)
    expect(after).toMatchObject({ reacceptanceRequired: false, listUnitPriceCents: 1450, agreedUnitPriceCents: 1300, agreedPriceReason: "Yli 100 h", netCents: 3900, vatCents: 995, grossCents: 4895 });
    expect(after.acceptances).toHaveLength(2);
    expect(after.acceptances.find((a) => a.termsVersionId === terms.id)).toMatchObject({ termsVersionId: terms.id, unitPriceCents: 1300, grossCents: 4895 });
    expect(await as(w, "ordererX", () => orders.decideOrderChange({ changeId: p.data.id, decision: "DECLINE" }), NOW)).toMatchObject({ ok: false, rule: "CHANGE_NOT_PENDING" });
  });

  it("declining a scope change keeps the accepted price and scope", async () => {
    const { order } = await makeOrder(w);
    const p = await as(w, "coordinatorD", () => orders.proposeOrderChange({ orderId: order.id, description: "Kaksi tekijää", newWorkerCount: 2 }), NOW);
    if (!p.ok) throw new Error(p.error);
    await as(w, "ordererX", () => orders.decideOrderChange({ changeId: p.data.id, decision: "DECLINE" }), NOW);
    expect(await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ workerCount: 1, grossCents: 5459, reacceptanceRequired: false });
  });

  it("a new terms version leaves existing acceptances alone but outdates the old version for new acceptances", async () => {
    const { order } = await makeOrder(w, { status: "RECEIVED" });
    const accepted = await makeOrder(w);
    const old = await w.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: w.jobcenterD.id, locale: "fi" }, orderBy: { version: "desc" } });
    const created = await as(
      w,
      "admin",
      () => pricing.createTermsVersion({ jobcenterId: w.jobcenterD.id, locale: "fi", title: "Tilausehdot 2", body: "Uudet tilausehdot, jotka ovat riittävän pitkät.", cancellationFee: "75,00", validFrom: "2026-11-22" }),
      NOW,
    );
    expect(created).toMatchObject({ ok: true, data: { version: old.version + 1 } });
    const stale = await as(w, "ordererX", () => orders.acceptOrderTerms({ orderId: order.id, termsVersionId: old.id }), NOW);
    expect(stale).toMatchObject({ ok: false, rule: "TERMS_OUTDATED" });
    if (!created.ok) return;
    const fresh = await as(w, "ordererX", () => orders.acceptOrderTerms({ orderId: order.id, termsVersionId: created.data.id }), NOW);
    expect(fresh.ok).toBe(true);
    const acc = await w.db.termsAcceptance.findFirstOrThrow({ where: { orderId: order.id } });
    expect(acc.termsSha256).toBe(sha256("Uudet tilausehdot, jotka ovat riittävän pitkät."));
    // the older order keeps its accepted version and its fee
    const kept = await w.db.termsAcceptance.findFirstOrThrow({ where: { orderId: accepted.order.id }, include: { termsVersion: true } });
    expect(kept).toMatchObject({ termsVersionId: old.id, termsSha256: old.bodySha256 });
    expect(kept.termsVersion).toMatchObject({ body: old.body, cancellationFeeCents: 5000 });
  });
});

describe("dated tables in the admin area", () => {
  it("a new price list takes effect from its start and leaves accepted orders unchanged", async () => {
    const { order } = await makeOrder(w, { jobcenterId: w.jobcenterR.id });
    const orderBefore = await w.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { acceptances: true } });
    const r = await as(w, "admin", () => pricing.createPriceList({ jobcenterId: w.jobcenterR.id, contractModel: "COMMISSION", validFrom: "2027-01-01", workerPay: "11,00", sideCosts: "0", serviceCosts: "4,50" }), NOW);
    expect(r.ok).toBe(true);
    const q = (d: string) => as(w, "anonymous", () => orders.quoteOrder({ jobcenterId: w.jobcenterR.id, contractModel: "COMMISSION", minutesPerWorker: 60, workerCount: 1, firstDate: d }));
    expect(await q("2026-12-31")).toMatchObject({ ok: true, data: { unitPriceCents: 1450 } });
    expect(await q("2027-01-01")).toMatchObject({ ok: true, data: { unitPriceCents: 1550 } });
    const lists = await w.db.priceList.findMany({ where: { jobcenterId: w.jobcenterR.id, contractModel: "COMMISSION" }, orderBy: { validFrom: "asc" } });
    expect(lists.map((l) => [l.validFrom.toISOString().slice(0, 10), l.validTo?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["2022-01-01", "2026-12-31"],
      ["2027-01-01", null],
    ]);
    expect(await w.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { acceptances: true } })).toEqual(orderBefore);
  });

  it("refuses a start in the past or before the latest row", async () => {
    expect(await as(w, "admin", () => pricing.createVatRate({ ratePercent: "30", validFrom: "2026-11-21" }), NOW)).toMatchObject({ ok: false, rule: "VALID_FROM_TOO_EARLY" });
    expect(await as(w, "admin", () => pricing.createVatRate({ ratePercent: "30", validFrom: "2024-09-01" }), NOW)).toMatchObject({ ok: false, rule: "VALID_FROM_TOO_EARLY" });
  });
});

describe("messages, feedback and hires", () => {
  it("the coordinator's question gets the orderer's answer", async () => {
    const { order } = await makeOrder(w);
    expect(await as(w, "coordinatorD", () => orders.postOrderMessage({ orderId: order.id, body: "Onko tilassa hissi?", question: true }), NOW)).toMatchObject({ ok: true, data: { kind: "QUESTION" } });
    expect(await as(w, "ordererX", () => orders.postOrderMessage({ orderId: order.id, body: "On.", question: true }), NOW)).toMatchObject({ ok: true, data: { kind: "ANSWER" } });
    expect(await as(w, "ordererX", () => orders.postOrderMessage({ orderId: order.id, body: "Kiitos" }), NOW)).toMatchObject({ ok: true, data: { kind: "MESSAGE" } });
  });

  it("feedback only on completed gigs of own orders; the coordinator records it on the profile", async () => {
    const { gigs } = await makeOrder(w, { status: "DONE", gigs: ["APPROVED", "ACCEPTED"] });
    expect(await as(w, "ordererX", () => orders.giveFeedback({ gigId: gigs[1]!.id, rating: 5 }), NOW)).toMatchObject({ ok: false, rule: "GIG_NOT_IN_STATE" });
    expect(await as(w, "ordererY", () => orders.giveFeedback({ gigId: gigs[0]!.id, rating: 5 }), NOW)).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await as(w, "ordererX", () => orders.giveFeedback({ gigId: gigs[0]!.id, rating: 6 }), NOW)).toMatchObject({ ok: false, fieldErrors: { rating: "tooBig" } });
    const f = await as(w, "ordererX", () => orders.giveFeedback({ gigId: gigs[0]!.id, rating: 4, comment: "Huolellinen" }), NOW);
    expect(f.ok).toBe(true);
    if (!f.ok) return;
    expect(await as(w, "coordinatorR", () => orders.recordFeedbackOnProfile({ feedbackId: f.data.id }), NOW)).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect((await as(w, "coordinatorD", () => orders.recordFeedbackOnProfile({ feedbackId: f.data.id }), NOW)).ok).toBe(true);
    expect(await w.db.feedback.findUniqueOrThrow({ where: { id: f.data.id } })).toMatchObject({ onProfile: true, recordedById: w.users.coordinatorD.id, clientId: w.clientD1.id, rating: 4 });
    expect(await w.db.auditEvent.count({ where: { action: "client.feedback.record", clientId: w.clientD1.id } })).toBe(1);
  });

  it("records a hire once per worker and orderer", async () => {
    const client = await w.db.client.create({ data: { unitId: w.unitD1.id, firstName: "Helmi", lastName: "Hire" } });
    const { gigs } = await makeOrder(w, { status: "DONE", gigs: ["APPROVED"] });
    await w.db.gig.update({ where: { id: gigs[0]!.id }, data: { clientId: client.id } });
    expect((await as(w, "ordererX", () => orders.recordHire({ gigId: gigs[0]!.id, hiredOn: "2026-12-15" }), NOW)).ok).toBe(true);
    expect((await as(w, "ordererX", () => orders.recordHire({ gigId: gigs[0]!.id, hiredOn: "2026-12-16" }), NOW)).ok).toBe(true);
    expect(await w.db.hire.count({ where: { clientId: client.id, ordererId: w.ordererX.id } })).toBe(1);
  });
});
