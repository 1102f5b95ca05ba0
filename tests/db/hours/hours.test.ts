import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markOrderApproved } from "../../../src/features/coordination/actions";
import { approveHours, correctHours, enterHours } from "../../../src/features/hours/actions";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createClient, createGig, createOrder, createSession } from "../../support/coordination";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const rule = (rule: string) => ({ ok: false, error: "RULE_VIOLATION", rule });

async function reportedGig(minutes = 180) {
  const order = await createOrder(world, { status: "SCHEDULED" });
  const session = await createSession(world, order.id, "2026-03-02", "10:00", "13:00");
  const client = await createClient(world);
  const gig = await createGig(world, { orderId: order.id, clientId: client.id, sessionId: session.id, status: "REPORTED", day: "2026-03-02", start: "10:00", end: "13:00", reportedMinutes: minutes });
  return { order, gig, client };
}

describe("approving hours", () => {
  it("approves what the client reported, locks it, and the order is done", async () => {
    const { order, gig } = await reportedGig(170);
    expect(await as(world, "coordinatorD", () => approveHours({ gigId: gig.id }))).toEqual({ ok: true, data: { gigId: gig.id, orderId: order.id, minutes: 170 } });
    expect(await world.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).toMatchObject({
      status: "APPROVED",
      approvedMinutes: 170,
      approvedById: world.users.coordinatorD.id,
    });
    const events = await world.db.hoursEvent.findMany({ where: { gigId: gig.id } });
    expect(events.map((e) => [e.kind, e.minutes, e.byUserId])).toEqual([["APPROVED", 170, world.users.coordinatorD.id]]);
    expect((await world.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("DONE");
    // locked
    expect(await as(world, "coordinatorD", () => approveHours({ gigId: gig.id, minutes: 100 }))).toEqual(rule("HOURS_LOCKED"));
    // the coordinator closes the order
    expect(await as(world, "coordinatorD", () => markOrderApproved({ orderId: order.id }))).toMatchObject({ ok: true });
    expect((await world.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("APPROVED");
  });

  it("needs a reason to approve other minutes than reported", async () => {
    const { gig } = await reportedGig(180);
    expect(await as(world, "staffD1", () => approveHours({ gigId: gig.id, minutes: 150 }))).toEqual(rule("REASON_REQUIRED"));
    expect(await as(world, "staffD1", () => approveHours({ gigId: gig.id, minutes: 150, reason: "Lopetti puoli tuntia aiemmin" }))).toMatchObject({ ok: true });
    const g = await world.db.gig.findUniqueOrThrow({ where: { id: gig.id }, include: { hoursEvents: true } });
    expect(g.approvedMinutes).toBe(150);
    expect(g.hoursEvents[0]).toMatchObject({ kind: "APPROVED", minutes: 150, reason: "Lopetti puoli tuntia aiemmin", byUserId: world.users.staffD1.id });
  });

  it("corrects approved hours only with a reason, keeping who, when and why", async () => {
    const { gig } = await reportedGig(180);
    await as(world, "coordinatorD", () => approveHours({ gigId: gig.id }));
    expect(await as(world, "coordinatorD", () => correctHours({ gigId: gig.id, minutes: 120 }))).toEqual(rule("HOURS_LOCKED"));
    expect(await as(world, "coordinatorD", () => correctHours({ gigId: gig.id, minutes: 120, reason: "Tilaaja ilmoitti tauosta" }))).toMatchObject({ ok: true });
    const g = await world.db.gig.findUniqueOrThrow({ where: { id: gig.id }, include: { hoursEvents: { orderBy: { createdAt: "asc" } } } });
    expect(g.approvedMinutes).toBe(120);
    expect(g.status).toBe("APPROVED");
    expect(g.hoursEvents.map((e) => [e.kind, e.minutes, e.reason])).toEqual([
      ["APPROVED", 180, null],
      ["CORRECTED", 120, "Tilaaja ilmoitti tauosta"],
    ]);
    expect(await world.db.auditEvent.count({ where: { action: "hours.correct", entityId: gig.id } })).toBe(1);
  });

  it("lets staff enter the hours of a client who does not use the app", async () => {
    const order = await createOrder(world, { status: "SCHEDULED" });
    const gig = await createGig(world, { orderId: order.id, clientId: world.clientD2.id, status: "ACCEPTED", day: "2026-03-09", start: "10:00", end: "12:00" });
    expect(await as(world, "staffD1", () => enterHours({ gigId: gig.id, minutes: 115, reason: "Paperilomake" }))).toMatchObject({ ok: true });
    const g = await world.db.gig.findUniqueOrThrow({ where: { id: gig.id }, include: { hoursEvents: { orderBy: { createdAt: "asc" } } } });
    expect(g).toMatchObject({ status: "APPROVED", reportedMinutes: 115, approvedMinutes: 115 });
    expect(g.hoursEvents.map((e) => e.kind)).toEqual(["ENTERED_BY_STAFF", "APPROVED"]);
  });

  it("refuses to approve a gig that is not reported, and to enter hours for one not yet accepted", async () => {
    const order = await createOrder(world, { status: "SCHEDULED" });
    const client = await createClient(world);
    const gig = await createGig(world, { orderId: order.id, clientId: client.id, status: "OFFERED", day: "2030-03-16", start: "10:00", end: "12:00" });
    expect(await as(world, "coordinatorD", () => approveHours({ gigId: gig.id }))).toEqual(rule("GIG_NOT_IN_STATE"));
    expect(await as(world, "coordinatorD", () => enterHours({ gigId: gig.id, minutes: 60 }))).toEqual(rule("GIG_NOT_IN_STATE"));
  });

  it("refuses to close an order that is not done", async () => {
    const order = await createOrder(world, { status: "SCHEDULED" });
    expect(await as(world, "coordinatorD", () => markOrderApproved({ orderId: order.id }))).toEqual(rule("INVALID_STATE"));
  });
});
