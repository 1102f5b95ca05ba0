import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { declineGig } from "../../../src/features/client-app/actions";
import { offerToUnits } from "../../../src/features/coordination/actions";
import { approveHours } from "../../../src/features/hours/actions";
import { tellStaffClientDeclined, tellStaffNearBenefitLimit } from "../../../src/features/notifications/events";
import { tellMissingCheckouts, tellUnansweredOffers } from "../../../src/features/notifications/watch";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createClientGig } from "../../support/client-app";
import { createOrder } from "../../support/coordination";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, type World } from "../../support/world";

// ADR 046, the unit staff's rows: each event is performed for real (an action as its persona, or
// the scheduled check), then the recipient, the outbox channel(s), the language and "twice sends
// nothing twice" are checked.

let tdb: TestDatabase;
let world: World;
const HOUR = 3_600_000;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());
beforeEach(async () => {
  await world.db.outboxMessage.deleteMany();
  await world.db.notification.deleteMany();
  await world.db.notificationPreference.deleteMany();
  await world.db.gig.deleteMany();
  await world.db.user.update({ where: { id: world.users.staffD1.id }, data: { locale: "fi" } });
});

const staffNotes = () => world.db.notification.findMany({ where: { userId: world.users.staffD1.id }, orderBy: { createdAt: "asc" } });
const outboxTo = (to: string) => world.db.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const STAFF_EMAIL = "ohjaaja.d1@test.fi";

/** Backdates a gig's last change (an OFFERED gig's updatedAt is when it was offered). */
async function offeredAt(gigId: string, at: Date) {
  await world.db.$executeRaw`UPDATE "Gig" SET "updatedAt" = ${at} WHERE id = ${gigId}`;
}

describe("unit staff: an offer to the unit", () => {
  it("every active staff member of the unit is told in-app and by email, in their own language, once", async () => {
    await world.db.user.update({ where: { id: world.users.staffD1.id }, data: { locale: "sv" } });
    const order = await createOrder(world);
    const offer = () => as(world, "coordinatorD", () => offerToUnits({ orderId: order.id, unitIds: [world.unitD1.id] }));
    expect(await offer()).toMatchObject({ ok: true });
    const unitOffer = await world.db.unitOffer.findFirstOrThrow({ where: { orderId: order.id, unitId: world.unitD1.id } });
    const notes = await staffNotes();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "unit.offerReceived", link: `/unit/offers/${unitOffer.id}`, dedupeKey: `offer:${unitOffer.id}:received` });
    const out = await outboxTo(STAFF_EMAIL);
    expect(out.map((m) => m.channel)).toEqual(["EMAIL"]);
    expect(out[0]!.subject).toBe("Ett nytt arbetserbjudande till enheten");
    expect(out[0]!.body).toContain(order.title);
    // the staff of another unit hear nothing
    expect(await world.db.notification.count({ where: { userId: world.users.staffR1.id } })).toBe(0);

    // offering again (the offer is still open) tells nobody again
    expect(await offer()).toMatchObject({ ok: true });
    expect(await staffNotes()).toHaveLength(1);
    expect(await outboxTo(STAFF_EMAIL)).toHaveLength(1);
  });
});

describe("unit staff: their client declined", () => {
  it("the client's no reaches the staff, once; staff answering for the client are not told of their own answer", async () => {
    const { gig } = await createClientGig(world, { status: "OFFERED", startsAt: new Date(Date.now() + 48 * HOUR) });
    expect(await as(world, "clientD1", () => declineGig({ gigId: gig.id }))).toMatchObject({ ok: true });
    const notes = await staffNotes();
    expect(notes.map((n) => [n.kind, n.link])).toEqual([["unit.clientDeclined", `/unit/clients/${world.clientD1.id}`]]);
    const [email] = await outboxTo(STAFF_EMAIL);
    expect(email).toMatchObject({ channel: "EMAIL", subject: "Maija Meikäläinen ei voi tulla keikalle" });
    expect(await world.db.$transaction((tx) => tellStaffClientDeclined(tx, gig.id, new Date()))).toBe(0);
    expect(await outboxTo(STAFF_EMAIL)).toHaveLength(1);

    const other = await createClientGig(world, { status: "OFFERED", startsAt: new Date(Date.now() + 48 * HOUR) });
    expect(await as(world, "staffD1", () => declineGig({ gigId: other.gig.id }))).toMatchObject({ ok: true });
    expect(await staffNotes()).toHaveLength(1);
  });
});

describe("unit staff: their client did not answer (the scheduled check)", () => {
  it("an offer waiting 2 h for a gig within 48 h, or waiting 3 days, is told once; a fresh or distant one is not", async () => {
    const now = new Date();
    const soon = await createClientGig(world, { status: "OFFERED", startsAt: new Date(now.getTime() + 20 * HOUR), title: "Pian" });
    await offeredAt(soon.gig.id, new Date(now.getTime() - 3 * HOUR));
    const fresh = await createClientGig(world, { status: "OFFERED", startsAt: new Date(now.getTime() + 20 * HOUR), title: "Tuore" });
    await offeredAt(fresh.gig.id, new Date(now.getTime() - 30 * 60_000));
    const far = await createClientGig(world, { status: "OFFERED", startsAt: new Date(now.getTime() + 10 * 24 * HOUR), title: "Kaukana" });
    await offeredAt(far.gig.id, new Date(now.getTime() - 24 * HOUR));
    const long = await createClientGig(world, { status: "OFFERED", startsAt: new Date(now.getTime() + 10 * 24 * HOUR), title: "Pitkään" });
    await offeredAt(long.gig.id, new Date(now.getTime() - 4 * 24 * HOUR));
    const answered = await createClientGig(world, { status: "ACCEPTED", startsAt: new Date(now.getTime() + 20 * HOUR) });
    await offeredAt(answered.gig.id, new Date(now.getTime() - 3 * HOUR));

    const [first, second] = [await tellUnansweredOffers(world.db, now), await tellUnansweredOffers(world.db, new Date(now.getTime() + HOUR))];
    expect(first).toEqual({ gigs: 2, told: 2 });
    expect(second.told).toBe(0);
    const notes = await staffNotes();
    expect(notes.map((n) => n.dedupeKey).sort()).toEqual([`gig:${long.gig.id}:unanswered`, `gig:${soon.gig.id}:unanswered`].sort());
    expect(notes.every((n) => n.kind === "unit.clientUnanswered")).toBe(true);
    const out = await outboxTo(STAFF_EMAIL);
    expect(out).toHaveLength(2);
    expect(out.map((m) => m.subject)).toEqual(["Maija Meikäläinen ei ole vastannut keikkaan", "Maija Meikäläinen ei ole vastannut keikkaan"]);
  });
});

describe("unit staff: a forgotten check-out (the scheduled check)", () => {
  it("a gig started or accepted whose planned end is 2 h past without hours is told once, in English for an English account", async () => {
    await world.db.user.update({ where: { id: world.users.staffD1.id }, data: { locale: "en" } });
    const now = new Date();
    const started = await createClientGig(world, { status: "STARTED", startsAt: new Date(now.getTime() - 6 * HOUR), minutes: 180, startedAt: new Date(now.getTime() - 6 * HOUR) });
    const neverStarted = await createClientGig(world, { status: "ACCEPTED", startsAt: new Date(now.getTime() - 8 * HOUR), minutes: 180 });
    await createClientGig(world, { status: "STARTED", startsAt: new Date(now.getTime() - 4 * HOUR), minutes: 180 }); // ended 1 h ago
    await createClientGig(world, { status: "REPORTED", startsAt: new Date(now.getTime() - 6 * HOUR), minutes: 180 });
    await createClientGig(world, { status: "ACCEPTED", startsAt: new Date(now.getTime() - 30 * 24 * HOUR), minutes: 180 }); // long forgotten

    expect(await tellMissingCheckouts(world.db, now)).toEqual({ gigs: 2, told: 2 });
    expect((await tellMissingCheckouts(world.db, new Date(now.getTime() + 30 * 60_000))).told).toBe(0);
    const notes = await staffNotes();
    expect(notes.map((n) => n.dedupeKey).sort()).toEqual([`gig:${neverStarted.gig.id}:checkoutMissing`, `gig:${started.gig.id}:checkoutMissing`].sort());
    const out = await outboxTo(STAFF_EMAIL);
    expect(out.map((m) => [m.channel, m.subject])).toEqual([
      ["EMAIL", "Hours missing: Maija Meikäläinen"],
      ["EMAIL", "Hours missing: Maija Meikäläinen"],
    ]);
    expect(out[0]!.body).toMatch(/was to end at \d\d:\d\d, but no hours have been reported/);
  });
});

describe("unit staff: a client near a benefit limit", () => {
  it("approving hours that bring the month's earnings to 80 % of the pension limit tells staff once per month and level", async () => {
    // Maija has a disability pension: 885.63 € a month; worker pay 10 €/h. 70 h approved earlier this month.
    const now = helsinkiInstant("2026-12-15", "18:00");
    await createClientGig(world, { status: "APPROVED", startsAt: helsinkiInstant("2026-12-02", "08:00"), minutes: 4200, approvedMinutes: 4200 });
    const { gig } = await createClientGig(world, { status: "REPORTED", startsAt: helsinkiInstant("2026-12-15", "10:00"), minutes: 180 });
    await world.db.gig.update({ where: { id: gig.id }, data: { reportedMinutes: 180 } });

    expect(await as(world, "staffD1", () => approveHours({ gigId: gig.id }), now)).toMatchObject({ ok: true });
    const notes = (await staffNotes()).filter((n) => n.kind === "unit.benefitLimit");
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ link: `/unit/support/${world.clientD1.id}/money`, dedupeKey: `client:${world.clientD1.id}:limit:DISABILITY_PENSION_EARNINGS:MONTH:2026-12:close` });
    const [email] = await outboxTo(STAFF_EMAIL);
    expect(email!.subject).toBe("Maija Meikäläinen on lähellä tulorajaa");
    expect(email!.body).toContain("82 % rajasta Työkyvyttömyyseläke");

    // the same month, still close: nothing again
    expect(await world.db.$transaction((tx) => tellStaffNearBenefitLimit(tx, world.clientD1.id, now))).toBe(0);
    expect(await outboxTo(STAFF_EMAIL)).toHaveLength(1);
  });

  it("a client below every limit raises nothing", async () => {
    const now = helsinkiInstant("2026-12-15", "18:00");
    await createClientGig(world, { status: "APPROVED", startsAt: helsinkiInstant("2026-12-02", "08:00"), minutes: 600, approvedMinutes: 600 });
    expect(await world.db.$transaction((tx) => tellStaffNearBenefitLimit(tx, world.clientD1.id, now))).toBe(0);
    expect(await staffNotes()).toHaveLength(0);
  });
});
