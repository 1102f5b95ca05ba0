import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelGig } from "../../../src/features/coordination/actions";
import { moveGig } from "../../../src/features/gigs/mutations";
import { approveHours } from "../../../src/features/hours/actions";
import { ActionError } from "../../../src/server/errors";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createClient, createGig, createOrder } from "../../support/coordination";
import { as, type World } from "../../support/world";

// A refused move of a gig leaves the gig as it was: its state, its hours and their history.

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const rule = (rule: string) => ({ ok: false, error: "RULE_VIOLATION", rule });

async function gigIn(status: "REPORTED" | "APPROVED", day: string) {
  const order = await createOrder(world, { status: "SCHEDULED" });
  const client = await createClient(world);
  const gig = await createGig(world, { orderId: order.id, clientId: client.id, status, day, start: "10:00", end: "13:00", reportedMinutes: 170 });
  if (status === "APPROVED") return world.db.gig.update({ where: { id: gig.id }, data: { approvedMinutes: 165, approvedAt: new Date(), approvedById: world.users.coordinatorD.id } });
  return gig;
}

/** Everything a move could touch: the gig row, its hours events and its audit trail. */
async function snapshot(gigId: string) {
  return {
    gig: await world.db.gig.findUniqueOrThrow({ where: { id: gigId } }),
    events: await world.db.hoursEvent.count({ where: { gigId } }),
    audit: await world.db.auditEvent.count({ where: { entityId: gigId } }),
  };
}

async function refusal(move: () => Promise<unknown>): Promise<unknown> {
  try {
    await move();
  } catch (error) {
    return error instanceof ActionError ? { code: error.code, rule: error.rule } : error;
  }
  return "moved";
}

describe("a refused gig move changes nothing", () => {
  it("refuses a move the state machine does not allow (approved back to reported)", async () => {
    const gig = await gigIn("APPROVED", "2030-05-04");
    const before = await snapshot(gig.id);
    const r = await refusal(() => world.db.$transaction((tx) => moveGig(tx, gig, "REPORTED", { reportedMinutes: 60 })));
    expect(r).toEqual({ code: "RULE_VIOLATION", rule: "GIG_NOT_IN_STATE" });
    expect(await snapshot(gig.id)).toEqual(before);
  });

  it("refuses a move from a state the gig is no longer in (a stale read)", async () => {
    const gig = await gigIn("APPROVED", "2030-05-11");
    const before = await snapshot(gig.id);
    // The caller read the gig while it was still REPORTED; it has been approved since.
    const r = await refusal(() => world.db.$transaction((tx) => moveGig(tx, { id: gig.id, status: "REPORTED" }, "APPROVED", { approvedMinutes: 60 })));
    expect(r).toEqual({ code: "RULE_VIOLATION", rule: "GIG_NOT_IN_STATE" });
    expect(await snapshot(gig.id)).toEqual(before);
    expect(before.gig).toMatchObject({ status: "APPROVED", reportedMinutes: 170, approvedMinutes: 165 });
  });

  it("refuses when the gig changed meanwhile (the client re-reported while staff approved)", async () => {
    const gig = await gigIn("REPORTED", "2030-05-18");
    const stale = { id: gig.id, status: gig.status, updatedAt: gig.updatedAt };
    await world.db.gig.update({ where: { id: gig.id }, data: { reportedMinutes: 175, updatedAt: new Date(gig.updatedAt.getTime() + 1000) } });
    const before = await snapshot(gig.id);
    const r = await refusal(() => world.db.$transaction((tx) => moveGig(tx, stale, "APPROVED", { approvedMinutes: 170 })));
    expect(r).toEqual({ code: "RULE_VIOLATION", rule: "GIG_NOT_IN_STATE" });
    expect(await snapshot(gig.id)).toEqual(before);
    expect(before.gig).toMatchObject({ status: "REPORTED", reportedMinutes: 175, approvedMinutes: null });
  });

  it("through an action: cancelling a gig whose hours are reported is refused, hours and history unchanged", async () => {
    const gig = await gigIn("REPORTED", "2030-05-25");
    const before = await snapshot(gig.id);
    expect(await as(world, "coordinatorD", () => cancelGig({ gigId: gig.id, reason: "Tilaaja perui" }))).toEqual(rule("GIG_NOT_IN_STATE"));
    expect(await snapshot(gig.id)).toEqual(before);
    expect(before.gig).toMatchObject({ status: "REPORTED", reportedMinutes: 170, cancelReason: null });
  });

  it("through an action: approving an already approved gig leaves the approved hours locked", async () => {
    const gig = await gigIn("APPROVED", "2030-06-01");
    const before = await snapshot(gig.id);
    expect(await as(world, "staffD1", () => approveHours({ gigId: gig.id, minutes: 100, reason: "Uudestaan" }))).toEqual(rule("HOURS_LOCKED"));
    expect(await snapshot(gig.id)).toEqual(before);
  });
});
