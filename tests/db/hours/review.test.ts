import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markOrderApproved } from "../../../src/features/coordination/actions";
import { confirmOrderHours, correctHours, disputeHours, resolveHoursDispute } from "../../../src/features/hours/actions";
import { confirmOverdueHours } from "../../../src/features/hours/deadline";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { doneOrderWithApprovedHours } from "../../support/hours-review";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const rule = (rule: string) => ({ ok: false, error: "RULE_VIOLATION", rule });
const DAY = 24 * 3_600_000;
const gigRow = (id: string) => world.db.gig.findUniqueOrThrow({ where: { id } });
const reviews = (orderId: string) => world.db.hoursReview.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });

describe("the orderer confirms the hours", () => {
  it("confirms every approved gig, keeping who and when", async () => {
    const { order, gigs } = await doneOrderWithApprovedHours(world);
    const at = new Date();
    expect(await as(world, "ordererX", () => confirmOrderHours({ orderId: order.id }), at)).toEqual({ ok: true, data: { orderId: order.id, confirmed: 2 } });
    for (const g of gigs) expect((await gigRow(g.id)).hoursConfirmedAt?.getTime()).toBe(at.getTime());
    expect((await reviews(order.id)).map((r) => [r.kind, r.byUserId, r.minutes])).toEqual([
      ["CONFIRMED", world.users.ordererX.id, 180],
      ["CONFIRMED", world.users.ordererX.id, 180],
    ]);
    expect(await world.db.auditEvent.count({ where: { action: "hours.confirm", entityId: order.id } })).toBe(1);
    // twice: nothing left to confirm
    expect(await as(world, "ordererX", () => confirmOrderHours({ orderId: order.id }))).toEqual(rule("HOURS_ALREADY_CONFIRMED"));
  });

  it("waits until every gig's hours are approved", async () => {
    const { order, gigs } = await doneOrderWithApprovedHours(world, { lastStatus: "REPORTED" });
    expect(await as(world, "ordererX", () => confirmOrderHours({ orderId: order.id }))).toEqual(rule("HOURS_NOT_READY"));
    expect(await as(world, "ordererX", () => disputeHours({ gigId: gigs[0]!.id, reason: "Liian pitkä" }))).toEqual(rule("HOURS_NOT_READY"));
    expect(await reviews(order.id)).toEqual([]);
  });

  it("is the orderer's own: another orderer is refused and nothing changes", async () => {
    const { order, gigs } = await doneOrderWithApprovedHours(world);
    expect(await as(world, "ordererY", () => confirmOrderHours({ orderId: order.id }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect((await gigRow(gigs[0]!.id)).hoursConfirmedAt).toBeNull();
  });
});

describe("a dispute and its answer", () => {
  it("disputes one gig with a reason; confirming the order leaves that gig to the coordinator", async () => {
    const { order, gigs } = await doneOrderWithApprovedHours(world);
    const [a, b] = gigs;
    expect(await as(world, "ordererX", () => disputeHours({ gigId: a!.id, reason: "Tekijä lähti tuntia aiemmin" }))).toMatchObject({ ok: true });
    expect(await as(world, "ordererX", () => disputeHours({ gigId: a!.id, reason: "Uudestaan" }))).toEqual(rule("HOURS_IN_DISPUTE"));
    expect(await as(world, "ordererX", () => confirmOrderHours({ orderId: order.id }))).toEqual({ ok: true, data: { orderId: order.id, confirmed: 1 } });
    expect((await gigRow(a!.id)).hoursConfirmedAt).toBeNull();
    expect((await gigRow(a!.id)).hoursDisputedAt).not.toBeNull();
    expect((await gigRow(b!.id)).hoursConfirmedAt).not.toBeNull();
    expect(await as(world, "ordererX", () => disputeHours({ gigId: b!.id, reason: "Myöhässä" }))).toEqual(rule("HOURS_ALREADY_CONFIRMED"));
    const disputed = (await reviews(order.id)).find((r) => r.kind === "DISPUTED");
    expect(disputed).toMatchObject({ gigId: a!.id, reason: "Tekijä lähti tuntia aiemmin", byUserId: world.users.ordererX.id, minutes: 180 });
  });

  it("the coordinator corrects the minutes with a reason: an HoursEvent and a review, and the hours are confirmed", async () => {
    const { order, gigs } = await doneOrderWithApprovedHours(world, { count: 1 });
    const gig = gigs[0]!;
    await as(world, "ordererX", () => disputeHours({ gigId: gig.id, reason: "Tekijä lähti tuntia aiemmin" }));
    expect(await as(world, "coordinatorD", () => resolveHoursDispute({ gigId: gig.id, minutes: 120, reason: "" }))).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    const r = await as(world, "coordinatorD", () => resolveHoursDispute({ gigId: gig.id, minutes: 120, reason: "Ohjaaja vahvisti lähdön" }));
    expect(r).toMatchObject({ ok: true, data: { outcome: "RESOLVED_CORRECTED", minutes: 120 } });
    const row = await gigRow(gig.id);
    expect(row).toMatchObject({ status: "APPROVED", approvedMinutes: 120, hoursDisputedAt: null });
    expect(row.hoursConfirmedAt).not.toBeNull();
    expect((await world.db.hoursEvent.findFirstOrThrow({ where: { gigId: gig.id, kind: "CORRECTED" } })).reason).toBe("Ohjaaja vahvisti lähdön");
    expect((await reviews(order.id)).map((x) => [x.kind, x.minutes, x.byUserId])).toEqual([
      ["DISPUTED", 180, world.users.ordererX.id],
      ["RESOLVED_CORRECTED", 120, world.users.coordinatorD.id],
    ]);
    expect(await as(world, "coordinatorD", () => resolveHoursDispute({ gigId: gig.id, reason: "Taas" }))).toEqual(rule("DISPUTE_NOT_OPEN"));
  });

  it("the coordinator keeps the minutes with a reason", async () => {
    const { gigs } = await doneOrderWithApprovedHours(world, { count: 1 });
    const gig = gigs[0]!;
    await as(world, "ordererX", () => disputeHours({ gigId: gig.id, reason: "Liikaa" }));
    expect(await as(world, "coordinatorD", () => resolveHoursDispute({ gigId: gig.id, reason: "Tunnit täsmäävät kirjaukseen" }))).toMatchObject({
      ok: true,
      data: { outcome: "RESOLVED_KEPT", minutes: 180 },
    });
    const row = await gigRow(gig.id);
    expect(row.approvedMinutes).toBe(180);
    expect(row.hoursConfirmedAt).not.toBeNull();
    expect(await world.db.hoursEvent.count({ where: { gigId: gig.id, kind: "CORRECTED" } })).toBe(0);
  });

  it("another Jobcenter's coordinator cannot answer", async () => {
    const { gigs } = await doneOrderWithApprovedHours(world, { count: 1 });
    await as(world, "ordererX", () => disputeHours({ gigId: gigs[0]!.id, reason: "Liikaa" }));
    expect(await as(world, "coordinatorR", () => resolveHoursDispute({ gigId: gigs[0]!.id, reason: "x" }))).toMatchObject({ error: "FORBIDDEN" });
  });

  it("a later correction by staff asks the orderer again", async () => {
    const { order, gigs } = await doneOrderWithApprovedHours(world, { count: 1 });
    await as(world, "ordererX", () => confirmOrderHours({ orderId: order.id }));
    expect(await as(world, "coordinatorD", () => correctHours({ gigId: gigs[0]!.id, minutes: 150, reason: "Tauko" }))).toMatchObject({ ok: true });
    expect((await gigRow(gigs[0]!.id)).hoursConfirmedAt).toBeNull();
  });
});

describe("deemed confirmed after the terms' deadline", () => {
  it("confirms the waiting gigs once 7 days have passed, leaves a dispute open, and a second run changes nothing", async () => {
    const approvedAt = new Date(Date.now() - 30 * DAY);
    const { order, gigs } = await doneOrderWithApprovedHours(world, { count: 3, approvedAt });
    await as(world, "ordererX", () => disputeHours({ gigId: gigs[2]!.id, reason: "Ei ollut paikalla" }));
    // a fresh order whose deadline has not passed
    const fresh = await doneOrderWithApprovedHours(world, { count: 1, approvedAt: new Date(Date.now() - 2 * DAY) });
    const now = new Date();
    const first = await confirmOverdueHours(world.db, now);
    expect(first.gigs).toBeGreaterThanOrEqual(2);
    expect((await gigRow(gigs[0]!.id)).hoursConfirmedAt?.getTime()).toBe(now.getTime());
    expect((await gigRow(gigs[1]!.id)).hoursConfirmedAt?.getTime()).toBe(now.getTime());
    expect((await gigRow(gigs[2]!.id)).hoursConfirmedAt).toBeNull();
    expect((await gigRow(fresh.gigs[0]!.id)).hoursConfirmedAt).toBeNull();
    const deemed = (await reviews(order.id)).filter((r) => r.kind === "DEEMED_CONFIRMED");
    expect(deemed.map((r) => [r.byUserId, r.minutes])).toEqual([
      [null, 180],
      [null, 180],
    ]);
    const before = await world.db.hoursReview.count();
    expect(await confirmOverdueHours(world.db, new Date(now.getTime() + 60_000))).toEqual({ orders: 0, gigs: 0 });
    expect(await world.db.hoursReview.count()).toBe(before);
  });

  it("counts the deadline from the last approval: a day short of 7 is not yet", async () => {
    const approvedAt = new Date(Date.now() - 7 * DAY + 3_600_000);
    const { gigs } = await doneOrderWithApprovedHours(world, { count: 1, approvedAt });
    await confirmOverdueHours(world.db, new Date());
    expect((await gigRow(gigs[0]!.id)).hoursConfirmedAt).toBeNull();
    await confirmOverdueHours(world.db, new Date(Date.now() + 2 * 3_600_000));
    expect((await gigRow(gigs[0]!.id)).hoursConfirmedAt).not.toBeNull();
  });

  it("pages through the orders: a page of one still reaches every overdue order", async () => {
    const old = new Date(Date.now() - 20 * DAY);
    const a = await doneOrderWithApprovedHours(world, { count: 1, approvedAt: old });
    const b = await doneOrderWithApprovedHours(world, { count: 1, approvedAt: old });
    await confirmOverdueHours(world.db, new Date(), 1);
    for (const g of [...a.gigs, ...b.gigs]) expect((await gigRow(g.id)).hoursConfirmedAt).not.toBeNull();
  });

  it("two runs at the same moment confirm each gig once", async () => {
    const { order } = await doneOrderWithApprovedHours(world, { count: 2, approvedAt: new Date(Date.now() - 10 * DAY) });
    const now = new Date();
    await Promise.all([confirmOverdueHours(world.db, now), confirmOverdueHours(world.db, now)]);
    expect((await reviews(order.id)).filter((r) => r.kind === "DEEMED_CONFIRMED")).toHaveLength(2);
  });
});

describe("an order is approved only when every gig's hours are", () => {
  it("refuses to approve a DONE order with a gig still reported", async () => {
    const { order } = await doneOrderWithApprovedHours(world, { lastStatus: "REPORTED" });
    expect(await as(world, "coordinatorD", () => markOrderApproved({ orderId: order.id }))).toEqual(rule("ORDER_HOURS_NOT_APPROVED"));
    expect((await world.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("DONE");
  });
});
