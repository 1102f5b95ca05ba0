import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptGig, declineGig, finishGig, issueClientSignIn, reportHours, startGig } from "../../../src/features/client-app/actions";
import { signInClient } from "../../../src/features/auth/mutations";
import { issueSessionToken, loadSessionUser } from "../../../src/features/auth/session";
import { createClientGig } from "../../support/client-app";
import { createGig, createOrder, createSession } from "../../support/coordination";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const hour = 3_600_000;

describe("answering an offer", () => {
  it("accepts an offered gig once; a second tap is harmless and silent (ADR 080)", async () => {
    const { gig } = await createClientGig(world, { status: "OFFERED" });
    const r = await as(world, "clientD1", () => acceptGig({ gigId: gig.id }));
    expect(r).toEqual({ ok: true, data: { id: gig.id, repeated: false } });
    expect((await world.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).status).toBe("ACCEPTED");
    expect(await as(world, "clientD1", () => acceptGig({ gigId: gig.id }))).toEqual({ ok: true, data: { id: gig.id, repeated: true } });
    const audit = await world.db.auditEvent.findMany({ where: { entityId: gig.id } });
    expect(audit.map((a) => [a.action, a.clientId, a.actorUserId])).toEqual([["client.gig.accept", world.clientD1.id, world.users.clientD1.id]]);
  });

  it("makes a fully staffed order SCHEDULED when the last worker accepts", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2031-03-04", "16:00", "18:00", 1);
    const gig = await createGig(world, { orderId: order.id, clientId: world.clientD1.id, sessionId: session.id, status: "OFFERED", day: "2031-03-04", start: "16:00", end: "18:00" });
    expect((await as(world, "clientD1", () => acceptGig({ gigId: gig.id }))).ok).toBe(true);
    const after = await world.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { statusEvents: true } });
    expect(after.status).toBe("SCHEDULED");
    expect(after.statusEvents.map((e) => e.status)).toContain("SCHEDULED");
  });

  it("declines without a reason, or with one", async () => {
    const a = await createClientGig(world, { status: "OFFERED" });
    expect((await as(world, "clientD1", () => declineGig({ gigId: a.gig.id }))).ok).toBe(true);
    const b = await createClientGig(world, { status: "OFFERED" });
    expect((await as(world, "clientD1", () => declineGig({ gigId: b.gig.id, reason: "  Olen matkoilla " }))).ok).toBe(true);
    const rows = await world.db.gig.findMany({ where: { id: { in: [a.gig.id, b.gig.id] } }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.status, r.declineReason])).toEqual([
      ["DECLINED", null],
      ["DECLINED", "Olen matkoilla"],
    ]);
  });

  it("does not let a client answer someone else's gig, even in the same Jobcenter", async () => {
    const { gig } = await createClientGig(world, { status: "OFFERED", clientId: world.clientD2.id });
    expect(await as(world, "clientD1", () => acceptGig({ gigId: gig.id }))).toEqual({ ok: false, error: "FORBIDDEN" });
  });

  it("lets unit staff accept for their client in support mode, audited as support", async () => {
    const { gig } = await createClientGig(world, { status: "OFFERED" });
    expect((await as(world, "staffD1", () => acceptGig({ gigId: gig.id }))).ok).toBe(true);
    const audit = await world.db.auditEvent.findFirstOrThrow({ where: { entityId: gig.id } });
    expect(audit).toMatchObject({ action: "client.support.gig.accept", clientId: world.clientD1.id, actorUserId: world.users.staffD1.id });
  });

  it("two taps at once: one accept wins, the other is refused", async () => {
    const { gig } = await createClientGig(world, { status: "OFFERED" });
    const results = await Promise.all([as(world, "clientD1", () => acceptGig({ gigId: gig.id })), as(world, "staffD1", () => declineGig({ gigId: gig.id }))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});

describe("on the day", () => {
  it("'I started' then 'I finished' reports the time rounded to a quarter hour, with events by the client", async () => {
    const startsAt = new Date(Date.now() - 10 * 60_000);
    const { gig } = await createClientGig(world, { status: "ACCEPTED", startsAt });
    const t0 = new Date();
    expect((await as(world, "clientD1", () => startGig({ gigId: gig.id }), t0)).ok).toBe(true);
    const t1 = new Date(t0.getTime() + 3 * hour + 6 * 60_000);
    const r = await as(world, "clientD1", () => finishGig({ gigId: gig.id, note: "Ikkunat jäivät, ei tikkaita" }), t1);
    expect(r).toEqual({ ok: true, data: { id: gig.id, minutes: 180, repeated: false } });
    const row = await world.db.gig.findUniqueOrThrow({ where: { id: gig.id }, include: { hoursEvents: { orderBy: { createdAt: "asc" } } } });
    expect(row).toMatchObject({ status: "REPORTED", reportedMinutes: 180, reportNote: "Ikkunat jäivät, ei tikkaita" });
    expect(row.startedAt?.getTime()).toBe(t0.getTime());
    expect(row.finishedAt?.getTime()).toBe(t1.getTime());
    expect(row.hoursEvents.map((e) => [e.kind, e.minutes, e.byUserId])).toEqual([
      ["STARTED", null, world.users.clientD1.id],
      ["FINISHED", 180, world.users.clientD1.id],
    ]);
  });

  it("refuses 'I started' hours ahead (05:43 for a 15:00 gig), and hours before the start", async () => {
    const { gig } = await createClientGig(world, { status: "ACCEPTED", startsAt: new Date(Date.now() + 9 * hour + 17 * 60_000) });
    expect(await as(world, "clientD1", () => startGig({ gigId: gig.id }))).toEqual({ ok: false, error: "RULE_VIOLATION", rule: "GIG_NOT_YET" });
    expect(await as(world, "clientD1", () => reportHours({ gigId: gig.id, hours: 2, minutes: 0 }))).toEqual({
      ok: false,
      error: "RULE_VIOLATION",
      rule: "GIG_NOT_BEGUN",
    });
  });

  it("opens 'I started' in the window before the start (15 min by default), but hours still wait for the start", async () => {
    const startsAt = new Date(Date.now() + 20 * 60_000);
    const { gig } = await createClientGig(world, { status: "ACCEPTED", startsAt });
    expect(await as(world, "clientD1", () => startGig({ gigId: gig.id }))).toMatchObject({ rule: "GIG_NOT_YET" });
    const inWindow = new Date(startsAt.getTime() - 10 * 60_000);
    expect(await as(world, "clientD1", () => reportHours({ gigId: gig.id, hours: 2, minutes: 0 }), inWindow)).toMatchObject({ rule: "GIG_NOT_BEGUN" });
    expect((await as(world, "clientD1", () => startGig({ gigId: gig.id }), inWindow)).ok).toBe(true);
  });

  it("refuses to finish a gig that was not started, and to start an offer", async () => {
    const accepted = await createClientGig(world, { status: "ACCEPTED", startsAt: new Date(Date.now() - hour) });
    expect(await as(world, "clientD1", () => finishGig({ gigId: accepted.gig.id }))).toMatchObject({ rule: "GIG_NOT_IN_STATE" });
    const offered = await createClientGig(world, { status: "OFFERED", startsAt: new Date(Date.now() - hour) });
    expect(await as(world, "clientD1", () => startGig({ gigId: offered.gig.id }))).toMatchObject({ rule: "GIG_NOT_IN_STATE" });
  });

  it("enters hours directly, may fix them before approval, and not after", async () => {
    const { gig } = await createClientGig(world, { status: "ACCEPTED", startsAt: new Date(Date.now() - 5 * hour) });
    expect(await as(world, "clientD1", () => reportHours({ gigId: gig.id, hours: 2, minutes: 45, note: "Aloitin myöhässä" }))).toEqual({
      ok: true,
      data: { id: gig.id, minutes: 165, repeated: false },
    });
    expect((await as(world, "clientD1", () => reportHours({ gigId: gig.id, hours: 3, minutes: 0 }))).ok).toBe(true);
    expect((await world.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).reportedMinutes).toBe(180);
    await world.db.gig.update({ where: { id: gig.id }, data: { status: "APPROVED", approvedMinutes: 180 } });
    expect(await as(world, "clientD1", () => reportHours({ gigId: gig.id, hours: 4, minutes: 0 }))).toMatchObject({ rule: "GIG_NOT_IN_STATE" });
    const events = await world.db.hoursEvent.findMany({ where: { gigId: gig.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.kind, e.minutes, e.reason])).toEqual([
      ["REPORTED", 165, "Aloitin myöhässä"],
      ["REPORTED", 180, null],
    ]);
  });

  it("records hours entered by staff as ENTERED_BY_STAFF", async () => {
    const { gig } = await createClientGig(world, { status: "STARTED", startsAt: new Date(Date.now() - 8 * hour), startedAt: new Date(Date.now() - 8 * hour) });
    expect((await as(world, "staffD1", () => reportHours({ gigId: gig.id, hours: 3, minutes: 0, note: "Unohtui kirjata loppu" }))).ok).toBe(true);
    const e = await world.db.hoursEvent.findFirstOrThrow({ where: { gigId: gig.id } });
    expect(e).toMatchObject({ kind: "ENTERED_BY_STAFF", minutes: 180, byUserId: world.users.staffD1.id });
  });

  it("validates the hours: no zero, quarters only", async () => {
    const { gig } = await createClientGig(world, { status: "ACCEPTED", startsAt: new Date(Date.now() - hour) });
    expect(await as(world, "clientD1", () => reportHours({ gigId: gig.id, hours: 0, minutes: 0 }))).toMatchObject({ error: "INVALID_INPUT", fieldErrors: { hours: "tooSmall" } });
    expect(await as(world, "clientD1", () => reportHours({ gigId: gig.id, hours: 1, minutes: 10 }))).toMatchObject({ error: "INVALID_INPUT", fieldErrors: { minutes: "invalid" } });
  });
});

describe("issuing a client's sign-in", () => {
  it("creates an account with a username and a six-digit PIN shown once, that signs in", async () => {
    const r = await as(world, "staffD1", () => issueClientSignIn({ clientId: world.clientD2.id, username: " Ville.V " }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data).toMatchObject({ username: "ville.v", created: true });
    expect(r.data.pin).toMatch(/^\d{6}$/);
    const user = await world.db.user.findUniqueOrThrow({ where: { clientUsername: "ville.v" } });
    expect(user.pinHash).not.toContain(r.data.pin);
    expect((await world.db.client.findUniqueOrThrow({ where: { id: world.clientD2.id } })).userId).toBe(user.id);
    expect((await signInClient(world.db, "ville.v", r.data.pin, "10.1.0.1")).ok).toBe(true);
  });

  it("a reset gives a new PIN and ends the old sessions", async () => {
    const token = await issueSessionToken(world.db, { id: world.users.clientD1.id, sessionVersion: 0 }, "client");
    expect(await loadSessionUser(world.db, token)).not.toBeNull();
    const r = await as(world, "staffD1", () => issueClientSignIn({ clientId: world.clientD1.id, username: "maija" }));
    expect(r.ok && r.data.created).toBe(false);
    expect(await loadSessionUser(world.db, token)).toBeNull();
    if (r.ok) expect((await signInClient(world.db, "maija", r.data.pin, "10.1.0.2")).ok).toBe(true);
    const audit = await world.db.auditEvent.findFirstOrThrow({ where: { action: "client.signIn.reset" } });
    expect(audit.clientId).toBe(world.clientD1.id);
    await world.db.user.update({ where: { id: world.users.clientD1.id }, data: { sessionVersion: 0 } });
  });

  it("refuses a username someone else has", async () => {
    expect(await as(world, "staffD1", () => issueClientSignIn({ clientId: world.clientD2.id, username: "pekka" }))).toEqual({
      ok: false,
      error: "RULE_VIOLATION",
      rule: "USERNAME_TAKEN",
    });
    expect(await as(world, "staffD1", () => issueClientSignIn({ clientId: world.clientD2.id, username: "a b" }))).toMatchObject({ error: "INVALID_INPUT" });
  });

  it("is for the client's own unit staff only", async () => {
    expect(await as(world, "staffR1", () => issueClientSignIn({ clientId: world.clientD2.id, username: "ville2" }))).toEqual({ ok: false, error: "FORBIDDEN" });
  });
});
