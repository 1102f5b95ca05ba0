import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addSession,
  assignClient,
  cancelGig,
  confirmWorkActivityDay,
  nominateClient,
  offerGigs,
  offerToUnits,
  postOfferMessage,
  rescheduleGig,
  respondToOffer,
  revokeNomination,
  swapWorker,
} from "../../../src/features/coordination/actions";
import { moveWorkActivityDay } from "../../../src/features/clients/actions";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createClient, createGig, createOrder, createSession, nominate } from "../../support/coordination";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const rule = (rule: string) => ({ ok: false, error: "RULE_VIOLATION", rule });

describe("offers to units", () => {
  it("refuses to offer an order whose terms are not accepted", async () => {
    const order = await createOrder(world, { status: "RECEIVED" });
    const r = await as(world, "coordinatorD", () => offerToUnits({ orderId: order.id, unitIds: [world.unitD1.id] }));
    expect(r).toEqual(rule("TERMS_NOT_ACCEPTED"));
    expect(await world.db.unitOffer.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("refuses while a changed order waits for the orderer's re-acceptance", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS", reacceptanceRequired: true });
    expect(await as(world, "coordinatorD", () => offerToUnits({ orderId: order.id, unitIds: [world.unitD1.id] }))).toEqual(rule("TERMS_NOT_ACCEPTED"));
  });

  it("offers to two units, moves the order to finding workers, and lets staff answer", async () => {
    const order = await createOrder(world);
    const r = await as(world, "coordinatorD", () => offerToUnits({ orderId: order.id, unitIds: [world.unitD1.id, world.unitD2.id], message: "Tarvitaan kaksi" }));
    expect(r).toEqual({ ok: true, data: { orderId: order.id, offered: 2 } });
    const o = await world.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { statusEvents: true } });
    expect(o.status).toBe("FINDING_WORKERS");
    expect(o.statusEvents.map((e) => e.status)).toEqual(["FINDING_WORKERS"]);
    const offer = await world.db.unitOffer.findUniqueOrThrow({ where: { orderId_unitId: { orderId: order.id, unitId: world.unitD1.id } } });
    expect(await as(world, "staffD1", () => respondToOffer({ offerId: offer.id, answer: "INTERESTED", note: "Kaksi kiinnostunutta" }))).toMatchObject({ ok: true });
    expect((await world.db.unitOffer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("INTERESTED");
  });

  it("does not offer to a unit of another Jobcenter", async () => {
    const order = await createOrder(world);
    expect(await as(world, "coordinatorD", () => offerToUnits({ orderId: order.id, unitIds: [world.unitR1.id] }))).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });
});

describe("readiness confirmation", () => {
  it("records what staff checked and replaces an earlier confirmation", async () => {
    const order = await createOrder(world);
    await as(world, "coordinatorD", () => offerToUnits({ orderId: order.id, unitIds: [world.unitD1.id] }));
    const offer = await world.db.unitOffer.findFirstOrThrow({ where: { orderId: order.id } });
    const input = {
      offerId: offer.id,
      clientId: world.clientD1.id,
      clientWantsGig: true,
      skillsCheck: "VERIFIED",
      benefitCheck: "DONE",
      supportMode: "STAFF_ALONG",
      supportPerson: "Olli Ohjaaja",
    } as const;
    expect(await as(world, "staffD1", () => nominateClient({ ...input, clientWantsGig: false }))).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    expect(await as(world, "staffD1", () => nominateClient({ ...input, supportPerson: "" }))).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { supportPerson: "required" },
    });
    const first = await as(world, "staffD1", () => nominateClient(input));
    const second = await as(world, "staffD1", () => nominateClient({ ...input, supportMode: "PHONE" }));
    expect(first.ok && second.ok).toBe(true);
    const rows = await world.db.nomination.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((n) => n.revokedAt === null)).toEqual([false, true]);
    expect((await world.db.unitOffer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("NOMINATED");
    expect(await world.db.auditEvent.count({ where: { action: "nomination.create", clientId: world.clientD1.id } })).toBe(2);
  });

  it("lets staff nominate only their own unit's clients", async () => {
    const order = await createOrder(world);
    await as(world, "coordinatorD", () => offerToUnits({ orderId: order.id, unitIds: [world.unitD2.id] }));
    const offer = await world.db.unitOffer.findFirstOrThrow({ where: { orderId: order.id } });
    const r = await as(world, "staffD1", () =>
      nominateClient({ offerId: offer.id, clientId: world.clientD1.id, clientWantsGig: true, skillsCheck: "VERIFIED", benefitCheck: "DONE", supportMode: "NONE" }),
    );
    expect(r).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});

describe("assignment rules", () => {
  it("refuses without a valid readiness confirmation: none, revoked or expired", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-01-05", "10:00", "13:00");
    const input = { sessionId: session.id, clientId: world.clientD1.id };
    expect(await as(world, "coordinatorD", () => assignClient(input))).toEqual(rule("READINESS_MISSING"));
    const n = await nominate(world, order.id, world.clientD1.id);
    expect(await as(world, "staffD1", () => revokeNomination({ nominationId: n.id }))).toMatchObject({ ok: true });
    expect(await as(world, "coordinatorD", () => assignClient(input))).toEqual(rule("READINESS_MISSING"));
    await nominate(world, order.id, world.clientD1.id, { validUntil: new Date(Date.now() - 1000) });
    expect(await as(world, "coordinatorD", () => assignClient(input))).toEqual(rule("READINESS_MISSING"));
    expect(await world.db.gig.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("refuses when the client's readiness is paused, even with a confirmation", async () => {
    const client = await createClient(world);
    await world.db.client.update({ where: { id: client.id }, data: { readiness: "PAUSED" } });
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-01-05", "10:00", "13:00");
    await nominate(world, order.id, client.id);
    expect(await as(world, "coordinatorD", () => assignClient({ sessionId: session.id, clientId: client.id }))).toEqual(rule("READINESS_MISSING"));
  });

  it("refuses before the terms are accepted", async () => {
    const order = await createOrder(world, { status: "RECEIVED" });
    const session = await createSession(world, order.id, "2030-01-05", "10:00", "13:00");
    await nominate(world, order.id, world.clientD2.id);
    expect(await as(world, "coordinatorD", () => assignClient({ sessionId: session.id, clientId: world.clientD2.id }))).toEqual(rule("TERMS_NOT_ACCEPTED"));
  });

  it("refuses a client of another Jobcenter", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-01-05", "10:00", "13:00");
    await nominate(world, order.id, world.clientR1.id);
    expect(await as(world, "coordinatorD", () => assignClient({ sessionId: session.id, clientId: world.clientR1.id }))).toEqual(rule("CLIENT_NOT_IN_JOBCENTER"));
  });

  it("blocks a commission contract for a client on labour market subsidy (rehabilitative Jobcenter)", async () => {
    const order = await createOrder(world, { jobcenter: "R", status: "FINDING_WORKERS", contractModel: "COMMISSION" });
    const session = await createSession(world, order.id, "2030-01-05", "10:00", "13:00");
    await nominate(world, order.id, world.clientR1.id);
    expect(await as(world, "coordinatorR", () => assignClient({ sessionId: session.id, clientId: world.clientR1.id }))).toEqual(
      rule("COMMISSION_BLOCKED_UNEMPLOYMENT_BENEFIT"),
    );
  });

  it("allows commission when the Jobcenter has switched the block off, if the client's models allow it", async () => {
    await world.db.jobcenter.update({ where: { id: world.jobcenterR.id }, data: { blockCommissionForUnemploymentBenefit: false } });
    try {
      const order = await createOrder(world, { jobcenter: "R", status: "FINDING_WORKERS", contractModel: "COMMISSION" });
      const session = await createSession(world, order.id, "2030-01-05", "10:00", "13:00");
      await nominate(world, order.id, world.clientR1.id);
      expect(await as(world, "coordinatorR", () => assignClient({ sessionId: session.id, clientId: world.clientR1.id }))).toEqual(
        rule("CONTRACT_MODEL_NOT_ALLOWED_FOR_CLIENT"),
      );
    } finally {
      await world.db.jobcenter.update({ where: { id: world.jobcenterR.id }, data: { blockCommissionForUnemploymentBenefit: true } });
    }
  });

  it("disability: a gig on a work-activity day waits, planned, for the staff's confirmation; the coordinator cannot give it", async () => {
    const client = await createClient(world);
    await world.db.workActivityHours.create({ data: { clientId: client.id, weekday: 2, startMinute: 540, endMinute: 840 } });
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-01-08", "15:00", "17:00"); // Tuesday, after work activity
    await nominate(world, order.id, client.id);
    const r = await as(world, "coordinatorD", () => assignClient({ sessionId: session.id, clientId: client.id }));
    expect(r.ok).toBe(true);
    const gig = await world.db.gig.findFirstOrThrow({ where: { orderId: order.id } });
    expect(gig).toMatchObject({ status: "PLANNED", onWorkActivityDay: true, workActivityDayConfirmedById: null, supportMode: "STAFF_ALONG" });
    // Not sent before the staff confirm; the coordinator's tick is gone (unknown keys are dropped).
    expect(await as(world, "coordinatorD", () => offerGigs({ orderId: order.id }))).toEqual(rule("WORK_ACTIVITY_DAY_NOT_CONFIRMED"));
    expect(await as(world, "coordinatorD", () => confirmWorkActivityDay({ gigId: gig.id }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await as(world, "staffR1", () => confirmWorkActivityDay({ gigId: gig.id }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await as(world, "staffD1", () => confirmWorkActivityDay({ gigId: gig.id }))).toMatchObject({ ok: true });
    expect(await world.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).toMatchObject({ workActivityDayConfirmedById: world.users.staffD1.id });
    expect(await as(world, "staffD1", () => confirmWorkActivityDay({ gigId: gig.id }))).toEqual(rule("GIG_NOT_IN_STATE"));
    expect(await as(world, "coordinatorD", () => offerGigs({ orderId: order.id }))).toMatchObject({ ok: true, data: { offered: 1, waiting: 0 } });
  });

  it("disability: a confirmation in the nomination carries to the gig with the staff member's id", async () => {
    const client = await createClient(world);
    await world.db.workActivityHours.create({ data: { clientId: client.id, weekday: 2, startMinute: 540, endMinute: 840 } });
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-01-15", "15:00", "17:00");
    await nominate(world, order.id, client.id, { leavesWorkActivityConfirmed: true });
    expect(await as(world, "coordinatorD", () => assignClient({ sessionId: session.id, clientId: client.id }))).toMatchObject({ ok: true });
    const gig = await world.db.gig.findFirstOrThrow({ where: { orderId: order.id } });
    expect(gig).toMatchObject({ onWorkActivityDay: true, workActivityDayConfirmedById: world.users.staffD1.id });
    expect(await as(world, "coordinatorD", () => offerGigs({ orderId: order.id }))).toMatchObject({ ok: true, data: { offered: 1 } });
  });

  it("disability: an unconfirmed gig waits while the others are sent", async () => {
    const waiting = await createClient(world);
    const free = await createClient(world);
    await world.db.workActivityHours.create({ data: { clientId: waiting.id, weekday: 2, startMinute: 540, endMinute: 840 } });
    await world.db.workActivityHours.deleteMany({ where: { clientId: free.id } });
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-01-22", "15:00", "17:00", 2);
    await nominate(world, order.id, waiting.id);
    await nominate(world, order.id, free.id);
    expect(await as(world, "coordinatorD", () => assignClient({ sessionId: session.id, clientId: waiting.id }))).toMatchObject({ ok: true });
    expect(await as(world, "coordinatorD", () => assignClient({ sessionId: session.id, clientId: free.id }))).toMatchObject({ ok: true });
    expect(await as(world, "coordinatorD", () => offerGigs({ orderId: order.id }))).toMatchObject({ ok: true, data: { offered: 1, waiting: 1 } });
    const gigs = await world.db.gig.findMany({ where: { orderId: order.id }, select: { clientId: true, status: true } });
    expect(gigs.find((g) => g.clientId === waiting.id)?.status).toBe("PLANNED");
    expect(gigs.find((g) => g.clientId === free.id)?.status).toBe("OFFERED");
  });

  it("rehabilitative: a gig in work-activity hours is refused until staff move the day within the week", async () => {
    const order = await createOrder(world, { jobcenter: "R", status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-01-07", "10:00", "12:00"); // Monday, in work activity 8-12
    await nominate(world, order.id, world.clientR1.id);
    const input = { sessionId: session.id, clientId: world.clientR1.id };
    expect(await as(world, "coordinatorR", () => assignClient(input))).toEqual(rule("OVERLAPS_WORK_ACTIVITY_HOURS"));
    expect(await as(world, "staffR1", () => moveWorkActivityDay({ clientId: world.clientR1.id, fromDate: "2030-01-07", toDate: "2030-01-14" }))).toEqual(
      rule("MOVE_OUTSIDE_WEEK"),
    );
    expect(await as(world, "staffR1", () => moveWorkActivityDay({ clientId: world.clientR1.id, fromDate: "2030-01-07", toDate: "2030-01-10", reason: "Keikka" }))).toMatchObject({
      ok: true,
    });
    expect(await as(world, "coordinatorR", () => assignClient(input))).toMatchObject({ ok: true });
  });

  it("refuses a double booking across orders", async () => {
    const client = await createClient(world);
    const a = await createOrder(world, { status: "FINDING_WORKERS" });
    const b = await createOrder(world, { status: "FINDING_WORKERS" });
    const sa = await createSession(world, a.id, "2030-01-12", "10:00", "13:00");
    const sb = await createSession(world, b.id, "2030-01-12", "12:00", "14:00");
    await nominate(world, a.id, client.id);
    await nominate(world, b.id, client.id);
    expect(await as(world, "coordinatorD", () => assignClient({ sessionId: sa.id, clientId: client.id }))).toMatchObject({ ok: true });
    expect(await as(world, "coordinatorD", () => assignClient({ sessionId: sb.id, clientId: client.id }))).toEqual(rule("DOUBLE_BOOKED"));
  });

  it("fills a session only up to the workers it needs, also when two assign at once", async () => {
    const [c1, c2, c3] = [await createClient(world), await createClient(world), await createClient(world)];
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-02-14", "10:00", "12:00", 1);
    for (const c of [c1, c2, c3]) await nominate(world, order.id, c.id);
    const both = await Promise.all([
      as(world, "coordinatorD", () => assignClient({ sessionId: session.id, clientId: c1.id })),
      as(world, "coordinatorD", () => assignClient({ sessionId: session.id, clientId: c2.id })),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([rule("SESSION_FULL")]);
    expect(await as(world, "coordinatorD", () => assignClient({ sessionId: session.id, clientId: c3.id }))).toEqual(rule("SESSION_FULL"));
    expect(await world.db.gig.count({ where: { sessionId: session.id } })).toBe(1);
  });
});

describe("two coordinators assign the same client at the same moment", () => {
  it("lets exactly one succeed; the other is told the client is double-booked", async () => {
    for (let round = 0; round < 3; round++) {
      const client = await createClient(world, { firstName: `Kilpa${round}` });
      const a = await createOrder(world, { status: "FINDING_WORKERS" });
      const b = await createOrder(world, { status: "FINDING_WORKERS" });
      const sa = await createSession(world, a.id, "2030-01-19", "10:00", "13:00");
      const sb = await createSession(world, b.id, "2030-01-19", "11:00", "12:00");
      await nominate(world, a.id, client.id);
      await nominate(world, b.id, client.id);
      // A second coordinator of the same Jobcenter.
      const other = await world.db.user.create({
        data: { email: `k${round}@test.fi`, name: "Toinen Koordinaattori", memberships: { create: [{ role: "COORDINATOR", jobcenterId: world.jobcenterD.id }] } },
      });
      const second = { ...world.personas.coordinatorD!, userId: other.id, name: other.name };
      const results = await Promise.all([
        as(world, "coordinatorD", () => assignClient({ sessionId: sa.id, clientId: client.id })),
        as(world, second, () => assignClient({ sessionId: sb.id, clientId: client.id })),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([rule("DOUBLE_BOOKED")]);
      expect(await world.db.gig.count({ where: { clientId: client.id } })).toBe(1);
    }
  });
});

describe("gigs through their life", () => {
  it("assigns a group, sends the gigs, and the order is scheduled once both accept", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await as(world, "coordinatorD", () => addSession({ orderId: order.id, day: "2030-01-26", start: "10:00", end: "13:00", workersNeeded: 2 }));
    expect(session.ok).toBe(true);
    if (!session.ok) return;
    const s = await world.db.orderSession.findUniqueOrThrow({ where: { id: session.data.id } });
    expect(s.startsAt).toEqual(helsinkiInstant("2030-01-26", "10:00"));
    const c1 = await createClient(world, { firstName: "Ryhmä1" });
    const c2 = await createClient(world, { firstName: "Ryhmä2" });
    for (const c of [c1, c2]) {
      await nominate(world, order.id, c.id);
      expect(await as(world, "coordinatorD", () => assignClient({ sessionId: s.id, clientId: c.id, meetingPerson: "Tiina" }))).toMatchObject({ ok: true });
    }
    expect(await as(world, "coordinatorD", () => offerGigs({ orderId: order.id }))).toEqual({ ok: true, data: { orderId: order.id, offered: 2, waiting: 0 } });
    const gigs = await world.db.gig.findMany({ where: { orderId: order.id } });
    expect(gigs.map((g) => [g.status, g.plannedMinutes, g.meetingPerson])).toEqual([
      ["OFFERED", 180, "Tiina"],
      ["OFFERED", 180, "Tiina"],
    ]);
    // the clients accept (their own app), then any coordination step brings the order along
    await world.db.gig.updateMany({ where: { orderId: order.id }, data: { status: "ACCEPTED" } });
    const { syncOrderProgress } = await import("../../../src/features/coordination/mutations");
    await world.db.$transaction((tx) => syncOrderProgress(tx, order.id, null));
    expect((await world.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("SCHEDULED");
  });

  it("refuses to send gigs while the order waits for re-acceptance", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const client = await createClient(world);
    await createGig(world, { orderId: order.id, clientId: client.id, status: "PLANNED", day: "2030-02-02", start: "10:00", end: "12:00" });
    await world.db.order.update({ where: { id: order.id }, data: { reacceptanceRequired: true } });
    expect(await as(world, "coordinatorD", () => offerGigs({ orderId: order.id }))).toEqual(rule("TERMS_NOT_ACCEPTED"));
  });

  it("swaps a worker mid-order and keeps the history", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-02-09", "10:00", "12:00");
    const a = await createClient(world, { firstName: "Vanha" });
    const b = await createClient(world, { firstName: "Uusi" });
    const old = await createGig(world, { orderId: order.id, clientId: a.id, sessionId: session.id, status: "ACCEPTED", day: "2030-02-09", start: "10:00", end: "12:00" });
    expect(await as(world, "coordinatorD", () => swapWorker({ gigId: old.id, clientId: b.id, reason: "Sairastui" }))).toEqual(rule("READINESS_MISSING"));
    expect((await world.db.gig.findUniqueOrThrow({ where: { id: old.id } })).status).toBe("ACCEPTED");
    await nominate(world, order.id, b.id);
    const r = await as(world, "coordinatorD", () => swapWorker({ gigId: old.id, clientId: b.id, reason: "Sairastui" }));
    expect(r.ok).toBe(true);
    const gigs = await world.db.gig.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } });
    expect(gigs.map((g) => [g.clientId, g.status, g.replacesGigId])).toEqual([
      [a.id, "REPLACED", null],
      [b.id, "PLANNED", old.id],
    ]);
    expect(gigs[0]!.cancelReason).toBe("Sairastui");
  });

  it("reschedules only with a recorded agreement; the client accepts the new time again", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const client = await createClient(world);
    await nominate(world, order.id, client.id);
    const gig = await createGig(world, { orderId: order.id, clientId: client.id, status: "ACCEPTED", day: "2030-02-16", start: "10:00", end: "12:00" });
    expect(await as(world, "coordinatorD", () => rescheduleGig({ gigId: gig.id, day: "2030-02-16", start: "11:00", end: "13:00", agreement: "" }))).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { agreement: "required" },
    });
    // overlapping its own old time is fine: the old gig is being replaced
    const r = await as(world, "coordinatorD", () =>
      rescheduleGig({ gigId: gig.id, day: "2030-02-16", start: "11:00", end: "13:00", agreement: "Tilaaja ja asiakas sopivat puhelimessa 1.2." }),
    );
    expect(r.ok).toBe(true);
    const gigs = await world.db.gig.findMany({ where: { orderId: order.id }, orderBy: { createdAt: "asc" } });
    expect(gigs.map((g) => g.status)).toEqual(["REPLACED", "OFFERED"]);
    expect(gigs[1]!.startsAt).toEqual(helsinkiInstant("2030-02-16", "11:00"));
    // An old link to the gig leads to the new time, also after a second reschedule.
    const { currentReplacementOf } = await import("../../../src/features/client-app/queries");
    expect(await currentReplacementOf(world.db, gig.id, client.id)).toBe(gigs[1]!.id);
    await as(world, "coordinatorD", () => rescheduleGig({ gigId: gigs[1]!.id, day: "2030-02-16", start: "14:00", end: "16:00", agreement: "Sovittu uudelleen" }));
    const third = await world.db.gig.findFirstOrThrow({ where: { orderId: order.id, replacesGigId: gigs[1]!.id } });
    expect(await currentReplacementOf(world.db, gig.id, client.id)).toBe(third.id);
    // A swapped gig went to someone else: nothing of the other client's leads there.
    expect(await currentReplacementOf(world.db, gig.id, "someone-else")).toBeNull();
  });

  it("a rescheduled gig on an unconfirmed disability work-activity day waits, planned, for the staff", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const client = await createClient(world);
    await world.db.workActivityHours.create({ data: { clientId: client.id, weekday: 3, startMinute: 540, endMinute: 720 } });
    await nominate(world, order.id, client.id);
    const gig = await createGig(world, { orderId: order.id, clientId: client.id, status: "OFFERED", day: "2030-02-19", start: "13:00", end: "15:00" }); // Tuesday
    const r = await as(world, "coordinatorD", () => rescheduleGig({ gigId: gig.id, day: "2030-02-20", start: "13:00", end: "15:00", agreement: "Keskiviikko sopii" }));
    expect(r.ok).toBe(true);
    const moved = await world.db.gig.findFirstOrThrow({ where: { replacesGigId: gig.id } });
    expect(moved).toMatchObject({ status: "PLANNED", onWorkActivityDay: true, workActivityDayConfirmedById: null });
  });

  it("cancels a gig with a reason, and not twice", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const client = await createClient(world);
    const gig = await createGig(world, { orderId: order.id, clientId: client.id, status: "OFFERED", day: "2030-02-23", start: "10:00", end: "12:00" });
    expect(await as(world, "coordinatorD", () => cancelGig({ gigId: gig.id, reason: "Tilaaja perui" }))).toMatchObject({ ok: true });
    expect(await world.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).toMatchObject({ status: "CANCELLED", cancelReason: "Tilaaja perui" });
    expect(await as(world, "coordinatorD", () => cancelGig({ gigId: gig.id, reason: "x" }))).toEqual(rule("GIG_NOT_IN_STATE"));
  });
});

describe("matching help", () => {
  it("ranks nominated, free clients of the Jobcenter first, with reasons, and shows what blocks the others", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-03-23", "10:00", "13:00"); // Saturday
    await world.db.unitOffer.create({ data: { orderId: order.id, unitId: world.unitD1.id, offeredById: world.users.coordinatorD.id } });
    const nominated = await createClient(world, { firstName: "Ehdotettu" });
    await nominate(world, order.id, nominated.id);
    const busy = await createClient(world, { firstName: "Varattu" });
    await nominate(world, order.id, busy.id);
    const other = await createOrder(world, { status: "FINDING_WORKERS" });
    await createGig(world, { orderId: other.id, clientId: busy.id, status: "ACCEPTED", day: "2030-03-23", start: "12:00", end: "14:00" });

    const { coordinatorOrder, coordinatorSessions } = await import("../../../src/features/coordination/queries");
    const full = (await coordinatorOrder(world.db, order.id))!;
    const [s] = await coordinatorSessions(world.db, full, new Date(), { sessionId: session.id, shown: 1000 });
    const rows = s!.matches;
    expect(s!.id).toBe(session.id);
    // only the order's Jobcenter's clients
    expect(rows.some((r) => r.clientId === world.clientR1.id)).toBe(false);
    expect(rows[0]!.clientId).toBe(nominated.id);
    expect(rows[0]!.match.problems).toEqual([]);
    expect(rows[0]!.match.reasons).toEqual(expect.arrayContaining(["readinessConfirmed", "skillsFit", "unitOffered", "free"]));
    // A double booking is refused whatever happens: SQL leaves the client out (ADR 090; the
    // rules agree, tests/db/coordination/matching.test.ts).
    expect(rows.some((r) => r.clientId === busy.id)).toBe(false);
    const plain = rows.find((r) => r.clientId === world.clientD2.id)!;
    expect(plain.match.problems).toEqual(["READINESS_MISSING"]);
  });
});

describe("the edges of nominating and moving days", () => {
  async function offered(jobcenter: "D" | "R" = "D") {
    const order = await createOrder(world, { jobcenter, status: "FINDING_WORKERS" });
    const unitId = jobcenter === "R" ? world.unitR1.id : world.unitD1.id;
    const offer = await world.db.unitOffer.create({ data: { orderId: order.id, unitId, offeredById: world.users[jobcenter === "R" ? "coordinatorR" : "coordinatorD"].id } });
    return { order, offer };
  }
  const nomination = (offerId: string, clientId: string, skillsCheck: "VERIFIED" | "PRACTISED_FIRST" = "VERIFIED") =>
    ({ offerId, clientId, clientWantsGig: true, skillsCheck, benefitCheck: "DONE", supportMode: "NONE" }) as const;

  it("refuses to nominate a client who is not ready, with the reason, and accepts a practising client practised first", async () => {
    const { offer } = await offered();
    const client = await createClient(world);
    for (const readiness of ["NOT_ASSESSED", "PAUSED"] as const) {
      await world.db.client.update({ where: { id: client.id }, data: { readiness } });
      expect(await as(world, "staffD1", () => nominateClient(nomination(offer.id, client.id)))).toEqual(rule("CLIENT_NOT_READY"));
    }
    await world.db.client.update({ where: { id: client.id }, data: { readiness: "PRACTISING" } });
    expect(await as(world, "staffD1", () => nominateClient(nomination(offer.id, client.id)))).toEqual(rule("CLIENT_PRACTISING_NOT_PRACTISED"));
    expect(await world.db.nomination.count({ where: { clientId: client.id } })).toBe(0);
    expect(await as(world, "staffD1", () => nominateClient(nomination(offer.id, client.id, "PRACTISED_FIRST")))).toMatchObject({ ok: true });
  });

  it("records the staff's work-activity day confirmation with the nomination", async () => {
    const { offer } = await offered();
    const client = await createClient(world);
    expect(await as(world, "staffD1", () => nominateClient({ ...nomination(offer.id, client.id), leavesWorkActivityConfirmed: true }))).toMatchObject({ ok: true });
    expect(await world.db.nomination.findFirstOrThrow({ where: { clientId: client.id } })).toMatchObject({ leavesWorkActivityConfirmed: true, nominatedById: world.users.staffD1.id });
  });

  async function rehabClient() {
    const client = await createClient(world, { jobcenter: "R" });
    await world.db.workActivityHours.createMany({ data: [1, 2].map((weekday) => ({ clientId: client.id, weekday, startMinute: 8 * 60, endMinute: 12 * 60 })) });
    return client;
  }

  it("moving a day: only a work-activity day, never onto one, and never onto a gig it would clash with", async () => {
    const client = await rehabClient();
    const move = (fromDate: string, toDate: string) => as(world, "staffR1", () => moveWorkActivityDay({ clientId: client.id, fromDate, toDate }));
    // 2030-02-04 is a Monday; Mon and Tue are work-activity days.
    expect(await move("2030-02-07", "2030-02-08")).toEqual(rule("MOVE_FROM_NOT_WORK_ACTIVITY_DAY"));
    expect(await move("2030-02-04", "2030-02-05")).toEqual(rule("MOVE_TO_WORK_ACTIVITY_DAY"));
    const order = await createOrder(world, { jobcenter: "R", status: "FINDING_WORKERS" });
    await createGig(world, { orderId: order.id, clientId: client.id, day: "2030-02-07", start: "10:00", end: "12:00" });
    expect(await move("2030-02-04", "2030-02-07")).toEqual(rule("MOVE_CLASHES_WITH_GIG"));
    expect(await world.db.workActivityDayMove.count({ where: { clientId: client.id } })).toBe(0);
    // A day of the same week without work activity or a clashing gig: fine.
    expect(await move("2030-02-04", "2030-02-08")).toMatchObject({ ok: true });
    // The day moved away is no longer a work-activity day, the day moved to now is one.
    expect(await move("2030-02-04", "2030-02-06")).toEqual(rule("MOVE_FROM_NOT_WORK_ACTIVITY_DAY"));
    expect(await move("2030-02-05", "2030-02-08")).toEqual(rule("MOVE_TO_WORK_ACTIVITY_DAY"));
  });
});

describe("the matching list on the order page", () => {
  it("ranks every candidate (past the old 12), pages through them, and leaves out who already holds a place", async () => {
    const { coordinatorOrder, coordinatorSessions } = await import("../../../src/features/coordination/queries");
    const { matchPage } = await import("../../../src/features/coordination/rules");
    const extra: { id: string }[] = [];
    for (let i = 0; i < 14; i++) extra.push(await createClient(world, { firstName: `Haku${i}` }));
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-03-09", "10:00", "12:00", 2);
    await nominate(world, order.id, extra[0]!.id);
    expect(await as(world, "coordinatorD", () => assignClient({ sessionId: session.id, clientId: extra[0]!.id }))).toMatchObject({ ok: true });
    const full = (await coordinatorOrder(world.db, order.id))!;
    const [s] = await coordinatorSessions(world.db, full, new Date());
    // The first window is one page; the count is every candidate but the one holding a place.
    expect(s!.matches).toHaveLength(12);
    // (which clients the count leaves out, and that the rules agree: tests/db/coordination/matching.test.ts)
    const first = matchPage(s!.matches, undefined, undefined, s!.matchTotal);
    expect(first.next).toBe(Math.min(24, s!.matchTotal));
    expect(s!.matchTotal).toBeGreaterThan(12);
    const [wide] = await coordinatorSessions(world.db, full, new Date(), { sessionId: session.id, shown: s!.matchTotal });
    expect(wide!.matches).toHaveLength(s!.matchTotal);
    expect(wide!.matches.some((m) => m.clientId === extra[0]!.id)).toBe(false);
    for (const c of extra.slice(1)) expect(wide!.matches.some((m) => m.clientId === c.id)).toBe(true);
    const all = matchPage(wide!.matches, s!.matchTotal, undefined, wide!.matchTotal);
    expect(all.rows.slice(0, 12)).toEqual(first.rows);
    expect(all.next).toBeNull();
  });
});

describe("messages between a unit and the coordinator", () => {
  it("the unit asks about its offer, the coordinator answers, and the orderer never sees either", async () => {
    const { offerMessages } = await import("../../../src/features/coordination/queries");
    const { orderMessages } = await import("../../../src/features/orders/queries");
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const offer = await world.db.unitOffer.create({ data: { orderId: order.id, unitId: world.unitD1.id, offeredById: world.users.coordinatorD.id } });
    expect(await as(world, "staffD1", () => postOfferMessage({ offerId: offer.id, body: "Sopiiko lauantai?" }))).toMatchObject({ ok: true });
    expect(await as(world, "coordinatorD", () => postOfferMessage({ offerId: offer.id, body: "Sopii, klo 10." }))).toMatchObject({ ok: true });
    expect(await as(world, "staffR1", () => postOfferMessage({ offerId: offer.id, body: "Hei" }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect((await offerMessages(world.db, [offer.id])).map((m) => [m.body, m.authorName])).toEqual([
      ["Sopiiko lauantai?", "Olli Ohjaaja"],
      ["Sopii, klo 10.", "Kaisa Koordinaattori"],
    ]);
    expect(await orderMessages(world.db, order.id)).toEqual([]);
    await world.db.unitOffer.update({ where: { id: offer.id }, data: { status: "WITHDRAWN" } });
    expect(await as(world, "staffD1", () => postOfferMessage({ offerId: offer.id, body: "Vielä" }))).toEqual(rule("INVALID_STATE"));
  });
});
