import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveHours, enterHours } from "../../../src/features/hours/actions";
import { recordHire } from "../../../src/features/orders/actions";
import { recordPathwayEvent } from "../../../src/features/people/actions";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createClient, createGig, createOrder, createSession } from "../../support/coordination";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const NOW = helsinkiInstant("2026-03-20", "12:00");
const kinds = async (clientId: string) =>
  (await world.db.pathwayEvent.findMany({ where: { clientId }, orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] })).map((e) => `${e.kind}@${e.occurredOn.toISOString().slice(0, 10)}`);

async function reported(clientId: string, day: string, status: "REPORTED" | "ACCEPTED" = "REPORTED") {
  const order = await createOrder(world, { status: "SCHEDULED" });
  const session = await createSession(world, order.id, day, "10:00", "13:00");
  return createGig(world, { orderId: order.id, clientId, sessionId: session.id, status, day, start: "10:00", end: "13:00", reportedMinutes: status === "REPORTED" ? 180 : undefined });
}

describe("the path from gigs and hires (ADR 071)", () => {
  it("writes FIRST_GIG on the day of the first approved gig, once, whichever way the hours are approved", async () => {
    const client = await createClient(world, { firstName: "Polku" });
    const first = await reported(client.id, "2026-03-02");
    const second = await reported(client.id, "2026-03-09", "ACCEPTED");
    expect((await as(world, "coordinatorD", () => approveHours({ gigId: first.id }), NOW)).ok).toBe(true);
    expect((await as(world, "staffD1", () => enterHours({ gigId: second.id, minutes: 120 }), NOW)).ok).toBe(true);
    expect(await kinds(client.id)).toEqual(["FIRST_GIG@2026-03-02"]);
    const e = await world.db.pathwayEvent.findFirstOrThrow({ where: { clientId: client.id } });
    expect(e.unitId).toBe(world.unitD1.id);
  });

  it("writes HIRED_BY_ORDERER from the hire, and recording the hire again adds nothing", async () => {
    const client = await createClient(world, { firstName: "Palkattu" });
    const gig = await reported(client.id, "2026-03-03");
    expect((await as(world, "coordinatorD", () => approveHours({ gigId: gig.id }), NOW)).ok).toBe(true);
    await world.db.order.update({ where: { id: gig.orderId }, data: { status: "DONE" } });
    const hire = await as(world, "ordererX", () => recordHire({ gigId: gig.id, hiredOn: "2026-03-16" }), NOW);
    expect(hire.ok).toBe(true);
    expect((await as(world, "ordererX", () => recordHire({ gigId: gig.id, hiredOn: "2026-03-18" }), NOW)).ok).toBe(true);
    expect(await kinds(client.id)).toEqual(["FIRST_GIG@2026-03-03", "HIRED_BY_ORDERER@2026-03-16"]);
  });
});

describe("staff record pathway events", () => {
  it("records a dated event on the client's unit, audited", async () => {
    const client = await createClient(world, { firstName: "Opiskelija" });
    const r = await as(world, "staffD1", () => recordPathwayEvent({ clientId: client.id, kind: "EDUCATION", on: "2026-03-10", note: "Aloitti ammattikoulun" }), NOW);
    expect(r).toEqual({ ok: true, data: { clientId: client.id } });
    expect(await kinds(client.id)).toEqual(["EDUCATION@2026-03-10"]);
    expect(await world.db.auditEvent.count({ where: { action: "client.pathway.record", clientId: client.id } })).toBe(1);
  });

  it("refuses a day in the future and a second first gig", async () => {
    const client = await createClient(world, { firstName: "Tuleva" });
    expect(await as(world, "staffD1", () => recordPathwayEvent({ clientId: client.id, kind: "SUPPORTED_EMPLOYMENT", on: "2026-03-21", note: null }), NOW)).toEqual({
      ok: false,
      error: "RULE_VIOLATION",
      rule: "PATHWAY_DAY_IN_FUTURE",
    });
    expect((await as(world, "staffD1", () => recordPathwayEvent({ clientId: client.id, kind: "FIRST_GIG", on: "2025-10-01", note: null }), NOW)).ok).toBe(true);
    expect(await as(world, "staffD1", () => recordPathwayEvent({ clientId: client.id, kind: "FIRST_GIG", on: "2025-11-01", note: null }), NOW)).toEqual({
      ok: false,
      error: "RULE_VIOLATION",
      rule: "FIRST_GIG_ALREADY_RECORDED",
    });
    // and an approval later does not add another
    const gig = await reported(client.id, "2026-03-05");
    expect((await as(world, "coordinatorD", () => approveHours({ gigId: gig.id }), NOW)).ok).toBe(true);
    expect(await kinds(client.id)).toEqual(["FIRST_GIG@2025-10-01"]);
  });
});
