import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "../../../src/app/api/client-sync/route";
import { acceptGig, finishGig, reportHours } from "../../../src/features/client-app/actions";
import { createClientGig } from "../../support/client-app";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, type World } from "../../support/world";

// ADR 080: the phone sends a queued "I finished" or hours again until it hears an answer, from
// the page and from the service worker at the same time. A repeat must change nothing.

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const minute = 60_000;
const hour = 60 * minute;

async function started(startedAgoMs: number) {
  const startedAt = new Date(Date.now() - startedAgoMs);
  return (await createClientGig(world, { status: "STARTED", startsAt: startedAt, startedAt })).gig;
}

async function trail(gigId: string) {
  const events = await world.db.hoursEvent.findMany({ where: { gigId }, orderBy: { createdAt: "asc" } });
  const audit = await world.db.auditEvent.findMany({ where: { entityId: gigId }, orderBy: { createdAt: "asc" } });
  return { events: events.map((e) => [e.kind, e.minutes]), audit: audit.map((a) => a.action) };
}

function syncRequest(body: unknown, headers: Record<string, string> = { origin: "http://phone.test", "x-forwarded-host": "phone.test", "sec-fetch-site": "same-origin" }) {
  return new Request("http://phone.test/api/client-sync", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}

describe("a queued 'I finished'", () => {
  it("counts the time until the press, not until the phone got a connection", async () => {
    const gig = await started(5 * hour);
    const pressed = new Date(Date.now() - 2 * hour);
    const r = await as(world, "clientD1", () => finishGig({ gigId: gig.id, finishedAt: pressed.toISOString() }));
    expect(r).toEqual({ ok: true, data: { id: gig.id, minutes: 180, repeated: false } });
    const row = await world.db.gig.findUniqueOrThrow({ where: { id: gig.id } });
    expect(row.finishedAt?.getTime()).toBe(pressed.getTime());
  });

  it("cannot be dated after the server's now or before 'I started' (a wrong phone clock)", async () => {
    const future = await started(2 * hour);
    const now = new Date();
    const r = await as(world, "clientD1", () => finishGig({ gigId: future.id, finishedAt: new Date(now.getTime() + 5 * hour).toISOString() }), now);
    expect(r).toMatchObject({ ok: true, data: { minutes: 120 } });
    const early = await started(2 * hour);
    expect(await as(world, "clientD1", () => finishGig({ gigId: early.id, finishedAt: new Date(Date.now() - 9 * hour).toISOString() }))).toMatchObject({
      ok: true,
      data: { minutes: 15 },
    });
  });

  it("sent twice is recorded once and answered the same", async () => {
    const gig = await started(3 * hour);
    const pressed = new Date().toISOString();
    const first = await as(world, "clientD1", () => finishGig({ gigId: gig.id, note: "Valmis", finishedAt: pressed }));
    const again = await as(world, "clientD1", () => finishGig({ gigId: gig.id, note: "Valmis", finishedAt: pressed }));
    expect(first).toEqual({ ok: true, data: { id: gig.id, minutes: 180, repeated: false } });
    expect(again).toEqual({ ok: true, data: { id: gig.id, minutes: 180, repeated: true } });
    expect(await trail(gig.id)).toEqual({ events: [["FINISHED", 180]], audit: ["client.gig.finish"] });
  });

  it("sent by the page and the service worker at once: one wins, nothing is doubled", async () => {
    const gig = await started(2 * hour);
    const input = { gigId: gig.id, finishedAt: new Date().toISOString() };
    const results = await Promise.all([as(world, "clientD1", () => finishGig(input)), as(world, "clientD1", () => finishGig(input))]);
    expect(results.some((r) => r.ok)).toBe(true);
    expect((await trail(gig.id)).events).toEqual([["FINISHED", 120]]);
  });
});

describe("queued hours", () => {
  it("the same hours sent again change nothing; different hours are a fix", async () => {
    const { gig } = await createClientGig(world, { status: "ACCEPTED", startsAt: new Date(Date.now() - 4 * hour) });
    const input = { gigId: gig.id, hours: 3, minutes: 15, note: "Tehty" };
    expect(await as(world, "clientD1", () => reportHours(input))).toEqual({ ok: true, data: { id: gig.id, minutes: 195, repeated: false } });
    expect(await as(world, "clientD1", () => reportHours(input))).toEqual({ ok: true, data: { id: gig.id, minutes: 195, repeated: true } });
    expect(await as(world, "clientD1", () => reportHours({ ...input, minutes: 30 }))).toMatchObject({ ok: true, data: { minutes: 210, repeated: false } });
    expect(await trail(gig.id)).toEqual({
      events: [
        ["REPORTED", 195],
        ["REPORTED", 210],
      ],
      audit: ["client.gig.reportHours", "client.gig.reportHours"],
    });
  });

  it("arriving after staff approved the gig is refused and changes nothing (the phone drops it)", async () => {
    const { gig } = await createClientGig(world, { status: "APPROVED", startsAt: new Date(Date.now() - 4 * hour), approvedMinutes: 180 });
    expect(await as(world, "clientD1", () => reportHours({ gigId: gig.id, hours: 5, minutes: 0 }))).toMatchObject({ ok: false, rule: "GIG_NOT_IN_STATE" });
    expect((await world.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).approvedMinutes).toBe(180);
  });
});

describe("the service worker's route", () => {
  it("sends a queued finish through the same action, and a repeat harmlessly", async () => {
    const gig = await started(2 * hour);
    const body = { kind: "finish", gigId: gig.id, finishedAt: new Date().toISOString(), queuedAt: new Date().toISOString() };
    const first = await as(world, "clientD1", async () => (await POST(syncRequest(body))).json());
    const again = await as(world, "clientD1", async () => (await POST(syncRequest(body))).json());
    expect(first).toEqual({ ok: true, data: { id: gig.id, minutes: 120, repeated: false } });
    expect(again).toMatchObject({ ok: true, data: { repeated: true } });
    expect((await world.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).status).toBe("REPORTED");
  });

  it("sends queued hours; checks the sign-in and the owner like the action", async () => {
    const { gig } = await createClientGig(world, { status: "ACCEPTED", startsAt: new Date(Date.now() - 3 * hour) });
    const body = { kind: "hours", gigId: gig.id, hours: 2, minutes: 45 };
    expect(await as(world, null, async () => (await POST(syncRequest(body))).json())).toEqual({ ok: false, error: "UNAUTHENTICATED" });
    expect(await as(world, "staffR1", async () => (await POST(syncRequest(body))).json())).toEqual({ ok: false, error: "FORBIDDEN" });
    expect(await as(world, "clientD1", async () => (await POST(syncRequest(body))).json())).toMatchObject({ ok: true, data: { minutes: 165 } });
  });

  it("refuses a post from another site and a body that is not a queued call", async () => {
    const gig = await started(hour);
    const body = { kind: "finish", gigId: gig.id };
    const foreign = await as(world, "clientD1", () => POST(syncRequest(body, { origin: "https://evil.example", "x-forwarded-host": "phone.test", "sec-fetch-site": "cross-site" })));
    expect(foreign.status).toBe(403);
    expect(await as(world, "clientD1", async () => (await POST(syncRequest({ kind: "delete-everything", gigId: gig.id }))).json())).toEqual({ ok: false, error: "INVALID_INPUT" });
    expect((await world.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).status).toBe("STARTED");
  });
});

describe("Yes, I'll come", () => {
  it("a tap after the answer was lost (a retry) is silent and writes nothing", async () => {
    const { gig } = await createClientGig(world, { status: "OFFERED" });
    await as(world, "clientD1", () => acceptGig({ gigId: gig.id }));
    await as(world, "clientD1", () => acceptGig({ gigId: gig.id }));
    expect((await trail(gig.id)).audit).toEqual(["client.gig.accept"]);
  });
});

describe("the account's language on a new phone", () => {
  it("is handed to the browser after sign-in; signed out there is none", async () => {
    const { applyAccountLocale } = await import("../../../src/i18n/actions");
    await world.db.user.update({ where: { id: world.users.clientD1.id }, data: { locale: "sv" } });
    const user = { ...world.personas.clientD1!, locale: "sv" };
    expect(await as(world, user, () => applyAccountLocale({}))).toEqual({ ok: true, data: { locale: "sv" } });
    expect(await as(world, null, () => applyAccountLocale({}))).toEqual({ ok: true, data: { locale: null } });
  });
});
