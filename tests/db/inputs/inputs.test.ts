import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createBenefitLimit } from "../../../src/features/benefits/actions";
import { addConsent } from "../../../src/features/clients/actions";
import { addSession, rescheduleGig } from "../../../src/features/coordination/actions";
import * as orders from "../../../src/features/orders/actions";
import * as orderMutations from "../../../src/features/orders/mutations";
import { addHelsinkiDays, dayKey, helsinkiInstant } from "../../../src/lib/dates";
import { defineAction } from "../../../src/server/action";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createClient, createGig, createOrder, nominate } from "../../support/coordination";
import { makeOrder, orderForm } from "../../support/orders";
import { as, type World } from "../../support/world";

// Issue 9, "Headers and inputs": each case here reached PostgreSQL (INTERNAL with a stack trace),
// was stored (an invisible consent scope, 30.2. rolled over to 1.3.) or booked work in the past.

let tdb: TestDatabase;
let w: World;

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
});
afterAll(async () => tdb?.close());

/** What the network may deliver, whatever the action's parameter type says. */
const overTheWire = <R>(action: (input: never) => Promise<R>) => action as (input: unknown) => Promise<R>;

describe("NUL and control characters", () => {
  it("a NUL in an order message is a field error, and nothing is stored", async () => {
    const { order } = await makeOrder(w);
    const before = await w.db.orderMessage.count();
    const r = await as(w, "ordererX", () => orders.postOrderMessage({ orderId: order.id, body: "Hei\u0000 onko ovikoodi sama?" }));
    expect(r).toEqual({ ok: false, error: "INVALID_INPUT", fieldErrors: { body: "characters" } });
    expect(await w.db.orderMessage.count()).toBe(before);
  });

  it("a NUL in an id is INVALID_INPUT, not a database error", async () => {
    const r = await as(w, "ordererX", () => orders.postOrderMessage({ orderId: "abc\u0000def", body: "Hei" }));
    expect(r).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { orderId: "invalid" } });
  });

  it("a NUL in the order form's description or a registration's name is a field error", async () => {
    const r = await as(w, "ordererX", async () => orders.submitOrder(await orderForm(w, { description: "Varaston siivous\u0000 ja imurointi" })));
    expect(r).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { description: "characters" } });
  });
});

describe("invisible text", () => {
  it("a consent scope of zero-width spaces is not stored: required means visible", async () => {
    const client = await createClient(w);
    const r = await as(w, "staffD1", () => addConsent({ clientId: client.id, parties: ["Kela"], scope: "\u200b\u200b\u200b", agreedOn: "2026-01-15" }));
    expect(r).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { scope: "required" } });
    const party = await as(w, "staffD1", () => addConsent({ clientId: client.id, parties: ["\u200b\u2060"], scope: "Etuuksien tarkistus", agreedOn: "2026-01-15" }));
    expect(party).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { "parties.0": "required" } });
    expect(await w.db.consentRecord.count({ where: { clientId: client.id } })).toBe(0);
  });

  it("visible text is stored trimmed of invisible characters at its ends", async () => {
    const client = await createClient(w);
    const r = await as(w, "staffD1", () => addConsent({ clientId: client.id, parties: ["\ufeffKela\u200b"], scope: "\u200bEtuuksien tarkistus ", agreedOn: "2026-01-15" }));
    expect(r.ok).toBe(true);
    expect(await w.db.consentRecord.findFirstOrThrow({ where: { clientId: client.id } })).toMatchObject({ parties: ["Kela"], scope: "Etuuksien tarkistus" });
  });
});

describe("impossible dates", () => {
  it("30.2. is refused, not rolled over to 1.3.", async () => {
    const client = await createClient(w);
    const r = await as(w, "staffD1", () => addConsent({ clientId: client.id, parties: ["Kela"], scope: "Etuuksien tarkistus", agreedOn: "2024-02-30" }));
    expect(r).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { agreedOn: "date" } });
    const limit = await as(w, "admin", () => createBenefitLimit({ kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH", amount: "1 000,00", validFrom: "2027-02-30", source: "Kela" }));
    expect(limit).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { validFrom: "date" } });
    expect(await w.db.consentRecord.count({ where: { clientId: client.id } })).toBe(0);
  });

  it("2024-13-45 is a field error, not INTERNAL", async () => {
    const client = await createClient(w);
    const r = await as(w, "staffD1", () => addConsent({ clientId: client.id, parties: ["Kela"], scope: "Etuuksien tarkistus", agreedOn: "2024-13-45" }));
    expect(r).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { agreedOn: "date" } });
    const order = await as(w, "ordererX", async () => orders.submitOrder(await orderForm(w, { sessions: [{ date: "2030-13-45", start: "09:00", end: "10:00" }] })));
    expect(order).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { "sessions.0.date": "date" } });
  });
});

describe("work sessions cannot start in the past", () => {
  const NOW = helsinkiInstant("2026-11-22", "12:00");

  it("an order whose session started an hour ago is refused; one starting in an hour is taken", async () => {
    const before = await w.db.order.count();
    const past = await as(w, "ordererX", async () => orders.submitOrder(await orderForm(w, { sessions: [{ date: "2026-11-22", start: "11:00", end: "13:00" }] })), NOW);
    expect(past).toEqual({ ok: false, error: "RULE_VIOLATION", rule: "SESSION_IN_PAST" });
    expect(await w.db.order.count()).toBe(before);
    const soon = await as(w, "ordererX", async () => orders.submitOrder(await orderForm(w, { sessions: [{ date: "2026-11-22", start: "13:00", end: "15:00" }] })), NOW);
    expect(soon.ok).toBe(true);
  });

  it("asks in Helsinki time: 00:30 on the next Helsinki day is still the future at 23:00", async () => {
    const late = helsinkiInstant("2026-11-22", "23:00");
    const r = await as(w, "ordererX", async () => orders.submitOrder(await orderForm(w, { sessions: [{ date: "2026-11-23", start: "00:30", end: "02:00" }] })), late);
    expect(r.ok).toBe(true);
  });

  it("a first-time orderer cannot book the past either", async () => {
    const r = await as(
      w,
      "anonymous",
      async () =>
        orders.registerAndOrder({
          submit: true,
          registration: { locale: "fi", ordererKind: "COMPANY", organisationName: "Menneisyys Oy", contactName: "Maija", email: `maija-${Date.now()}@example.fi`, phone: "040 765 4321", password: "pitka-salasana-1" },
          order: await orderForm(w, { sessions: [{ date: "2026-11-01", start: "09:00", end: "10:00" }] }),
        }),
      NOW,
    );
    expect(r).toEqual({ ok: false, error: "RULE_VIOLATION", rule: "SESSION_IN_PAST" });
  });

  it("a coordinator cannot add a session in the past", async () => {
    const order = await createOrder(w);
    const r = await as(w, "coordinatorD", () => addSession({ orderId: order.id, day: "2026-11-21", start: "10:00", end: "12:00", workersNeeded: 1 }), NOW);
    expect(r).toEqual({ ok: false, error: "RULE_VIOLATION", rule: "SESSION_IN_PAST" });
    expect(await w.db.orderSession.count({ where: { orderId: order.id } })).toBe(0);
    const later = await as(w, "coordinatorD", () => addSession({ orderId: order.id, day: "2026-11-22", start: "12:30", end: "14:00", workersNeeded: 1 }), NOW);
    expect(later.ok).toBe(true);
  });

  it("a gig cannot be rescheduled to a time that has passed", async () => {
    const order = await createOrder(w, { status: "FINDING_WORKERS" });
    const client = await createClient(w);
    await nominate(w, order.id, client.id);
    const gig = await createGig(w, { orderId: order.id, clientId: client.id, status: "ACCEPTED", day: "2026-11-25", start: "10:00", end: "12:00" });
    const r = await as(w, "coordinatorD", () => rescheduleGig({ gigId: gig.id, day: "2026-11-22", start: "09:00", end: "11:00", agreement: "Sovittu puhelimessa" }), NOW);
    expect(r).toEqual({ ok: false, error: "RULE_VIOLATION", rule: "SESSION_IN_PAST" });
    expect(await w.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).toMatchObject({ status: "ACCEPTED" });
  });

  it("uses the request's clock: a day from now is fine today", async () => {
    const tomorrow = dayKey(addHelsinkiDays(new Date(), 1));
    const r = await as(w, "ordererX", async () => orders.submitOrder(await orderForm(w, { sessions: [{ date: tomorrow, start: "09:00", end: "10:00" }] })));
    expect(r.ok).toBe(true);
  });
});

describe("the action pipeline", () => {
  const throwingParse = defineAction({
    name: "test.throwingParse",
    input: z.object({ value: z.string().transform((v) => JSON.parse(v) as unknown) }),
    permission: "admin.access",
    load: async () => ({ target: {}, row: null }),
    run: async () => "ran",
  });
  // A schema that lets a NUL through, to prove the database's refusal is a typed error too.
  const unguarded = defineAction({
    name: "test.unguarded",
    input: z.object({ orderId: z.string(), body: z.string() }),
    permission: "admin.access",
    load: async () => ({ target: {}, row: null }),
    run: ({ tx, input, user }) => orderMutations.postMessage(tx, { orderId: input.orderId, authorUserId: user.userId, asOrderer: false, question: false, body: input.body }),
  });

  it("a parse that throws (bad JSON inside a field) is INVALID_INPUT, never INTERNAL", async () => {
    expect(await as(w, "admin", () => throwingParse({ value: '{"truncated": ' }))).toEqual({ ok: false, error: "INVALID_INPUT" });
  });

  it("an input whose reading throws is INVALID_INPUT", async () => {
    const hostile = {
      get value(): string {
        throw new TypeError("boom");
      },
    };
    expect(await as(w, "admin", () => overTheWire(throwingParse)(hostile))).toEqual({ ok: false, error: "INVALID_INPUT" });
  });

  it("React-protocol strings are only strings: refused or looked up, never decoded", async () => {
    for (const value of ["$1", "$F1", "$@1", "$Q0", "$undefined"]) {
      expect(await as(w, "ordererX", () => overTheWire(orders.postOrderMessage)({ orderId: value, body: "Hei" }))).toMatchObject({ ok: false, error: "NOT_FOUND" });
      expect(await as(w, "ordererX", () => overTheWire(orders.postOrderMessage)(value))).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    }
  });

  it("a value the database cannot store (NUL) is INVALID_INPUT, and nothing is stored", async () => {
    const { order } = await makeOrder(w);
    const before = await w.db.orderMessage.count();
    expect(await as(w, "admin", () => unguarded({ orderId: order.id, body: "a\u0000b" }))).toEqual({ ok: false, error: "INVALID_INPUT" });
    expect(await w.db.orderMessage.count()).toBe(before);
  });
});
