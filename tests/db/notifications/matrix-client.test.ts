import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cancelGig, offerGigs, rescheduleGig, swapWorker } from "../../../src/features/coordination/actions";
import { approveHours, correctHours, enterHours, resolveHoursDispute } from "../../../src/features/hours/actions";
import { setNotificationPrefs } from "../../../src/features/notifications/actions";
import { tellClientGigCancelled } from "../../../src/features/notifications/events";
import { queueGigReminders, reminderKey } from "../../../src/features/notifications/reminders";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createClientGig } from "../../support/client-app";
import { createClient, createGig, createOrder, nominate } from "../../support/coordination";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, type World } from "../../support/world";

// ADR 046, the client's rows: each event is performed for real (an action as its persona, or
// the reminder job), then the recipient, the outbox channel(s), the language (the client's
// profile language) and "twice sends nothing twice" are checked.

let tdb: TestDatabase;
let world: World;
const HOUR = 3_600_000;
const PHONE = "+358401234567";

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());
beforeEach(async () => {
  await world.db.outboxMessage.deleteMany();
  await world.db.notification.deleteMany();
  await world.db.notificationPreference.deleteMany();
  await world.db.clientNotificationPreference.deleteMany();
  await world.db.gig.deleteMany();
  // Maija reads Swedish, has a phone and wants SMS, with quiet hours 22–07.
  await world.db.client.update({ where: { id: world.clientD1.id }, data: { language: "sv", phone: PHONE, email: null } });
  await world.db.notificationPreference.create({ data: { userId: world.users.clientD1.id, sms: true, quietStartMin: 22 * 60, quietEndMin: 7 * 60 } });
  await world.db.client.update({ where: { id: world.clientD2.id }, data: { language: "fi", phone: null, email: null } });
});

const clientNotes = () => world.db.notification.findMany({ where: { userId: world.users.clientD1.id }, orderBy: { createdAt: "asc" } });
const smsTo = (to: string) => world.db.outboxMessage.findMany({ where: { to, channel: "SMS" }, orderBy: { createdAt: "asc" } });

describe("client: a new offer", () => {
  it("is told in-app and by SMS in the profile's language, once", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const gig = await createGig(world, { orderId: order.id, clientId: world.clientD1.id, status: "PLANNED", day: "2030-03-05", start: "10:00", end: "12:00" });
    expect(await as(world, "coordinatorD", () => offerGigs({ orderId: order.id }), helsinkiInstant("2030-03-01", "12:00"))).toMatchObject({ ok: true });
    expect((await clientNotes()).map((n) => [n.kind, n.link])).toEqual([["gig.offered", `/client/gigs/${gig.id}`]]);
    const [sms] = await smsTo(PHONE);
    expect(sms!.body).toMatch(/^Du har fått ett jobberbjudande/);
    // nothing left to offer the second time; nothing sent twice
    await as(world, "coordinatorD", () => offerGigs({ orderId: order.id }));
    expect(await smsTo(PHONE)).toHaveLength(1);
  });
});

describe("client: a cancellation", () => {
  it("the same day: 'you don't need to come' by SMS at once, even in quiet hours; once", async () => {
    const now = helsinkiInstant("2026-12-10", "23:00"); // quiet hours
    const { gig } = await createClientGig(world, { status: "ACCEPTED", startsAt: helsinkiInstant("2026-12-11", "08:00") });
    expect(await as(world, "coordinatorD", () => cancelGig({ gigId: gig.id, reason: "Tilaaja perui" }), now)).toMatchObject({ ok: true });
    expect((await clientNotes()).map((n) => [n.kind, n.dedupeKey])).toEqual([["gig.cancelled", `gig:${gig.id}:cancelled`]]);
    const [sms] = await smsTo(PHONE);
    expect(sms).toMatchObject({ subject: "Du behöver inte komma", notBefore: null });
    expect(sms!.body).toContain("är inställt. Du behöver inte komma.");
    expect(await world.db.$transaction((tx) => tellClientGigCancelled(tx, { id: gig.id, status: "ACCEPTED" }, now))).toMatchObject({ created: false, outbox: 0 });
    expect(await smsTo(PHONE)).toHaveLength(1);
  });

  it("a week ahead: the SMS waits for the end of quiet hours; a gig the client never saw is not told", async () => {
    const now = helsinkiInstant("2026-12-10", "23:00");
    const { gig } = await createClientGig(world, { status: "ACCEPTED", startsAt: helsinkiInstant("2026-12-17", "08:00") });
    await as(world, "coordinatorD", () => cancelGig({ gigId: gig.id, reason: "Tilaaja perui" }), now);
    const [sms] = await smsTo(PHONE);
    expect(sms!.notBefore?.getTime()).toBe(helsinkiInstant("2026-12-11", "07:00").getTime());

    const planned = await createClientGig(world, { status: "PLANNED", startsAt: helsinkiInstant("2026-12-18", "08:00") });
    await as(world, "coordinatorD", () => cancelGig({ gigId: planned.gig.id, reason: "Ei tarvita" }), now);
    expect((await clientNotes()).map((n) => n.dedupeKey)).toEqual([`gig:${gig.id}:cancelled`]);
  });
});

describe("client: a swap of the worker", () => {
  it("the client who no longer works the gig hears they don't need to come", async () => {
    const { gig, order } = await createClientGig(world, { status: "ACCEPTED", startsAt: helsinkiInstant("2026-12-20", "10:00") });
    const other = await createClient(world);
    await nominate(world, order.id, other.id);
    const r = await as(world, "coordinatorD", () => swapWorker({ gigId: gig.id, clientId: other.id, reason: "Maija sairastui" }), helsinkiInstant("2026-12-10", "12:00"));
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    // the old gig is not Maija's to open any more (the page sends a replaced gig to its new client's)
    expect((await clientNotes()).map((n) => [n.kind, n.dedupeKey, n.link])).toEqual([["gig.cancelled", `gig:${gig.id}:cancelled`, "/client"]]);
    expect((await smsTo(PHONE)).map((m) => m.subject)).toEqual(["Du behöver inte komma"]);
  });
});

describe("client: the day before (ADR 043 through notify)", () => {
  it("one reminder per gig, in-app and by SMS in Swedish; a reminded client is told of a new time at once", async () => {
    const now = helsinkiInstant("2026-12-10", "21:00");
    const { gig, order } = await createClientGig(world, { status: "ACCEPTED", startsAt: helsinkiInstant("2026-12-11", "10:00") });
    await nominate(world, order.id, world.clientD1.id);
    await queueGigReminders(world.db, now);
    await queueGigReminders(world.db, new Date(now.getTime() + HOUR));
    expect((await clientNotes()).map((n) => [n.kind, n.dedupeKey])).toEqual([["gig.reminder", reminderKey(gig.id)]]);
    const reminders = await smsTo(PHONE);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.body).toMatch(/^Kom ihåg: i morgon .+ klockan 10\.00 har du jobbet Toimiston siivous/);

    // 23:00, quiet hours: the coordinator moves the gig to the day after; the client already
    // had the reminder, so the new time is not held until the morning.
    const late = helsinkiInstant("2026-12-10", "23:00");
    const r = await as(world, "coordinatorD", () => rescheduleGig({ gigId: gig.id, day: "2026-12-12", start: "10:00", end: "13:00", agreement: "Sovittu puhelimessa" }), late);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    const newId = (r as { data: { id: string } }).data.id;
    const moved = (await clientNotes()).find((n) => n.kind === "gig.rescheduled");
    expect(moved).toMatchObject({ link: `/client/gigs/${newId}`, dedupeKey: `gig:${newId}:rescheduled` });
    const sms = (await smsTo(PHONE)).find((m) => m.subject === "Jobbet har en ny tid");
    expect(sms).toMatchObject({ notBefore: null });
    expect(sms!.body).toContain("Den nya tiden är lördag 12.12 klockan 10.00");
  });
});

describe("client: hours approved", () => {
  it("approved as reported: the minutes in words; approved otherwise: why, in the approver's words; a correction too; each once", async () => {
    const now = helsinkiInstant("2026-12-15", "18:00");
    const a = await createClientGig(world, { status: "REPORTED", startsAt: helsinkiInstant("2026-12-15", "10:00"), minutes: 180 });
    await world.db.gig.update({ where: { id: a.gig.id }, data: { reportedMinutes: 180 } });
    expect(await as(world, "staffD1", () => approveHours({ gigId: a.gig.id }), now)).toMatchObject({ ok: true });
    const b = await createClientGig(world, { status: "REPORTED", startsAt: helsinkiInstant("2026-12-15", "11:00"), minutes: 180 });
    await world.db.gig.update({ where: { id: b.gig.id }, data: { reportedMinutes: 180 } });
    expect(await as(world, "staffD1", () => approveHours({ gigId: b.gig.id, minutes: 150, reason: "Tauko oli pidempi." }), now)).toMatchObject({ ok: true });

    const notes = await clientNotes();
    expect(notes.map((n) => [n.kind, n.dedupeKey])).toEqual([
      ["hours.approved", `gig:${a.gig.id}:hoursApproved`],
      ["hours.approvedChanged", `gig:${b.gig.id}:hoursApproved`],
    ]);
    const sms = await smsTo(PHONE);
    expect(sms.map((m) => m.body.replace(/ http\S+$/, ""))).toEqual([
      "Timmarna för jobbet Toimiston siivous är godkända: 3 timmar.",
      "Du angav 3 timmar för jobbet Toimiston siivous. Den godkända tiden är 2 timmar 30 minuter. Orsak: Tauko oli pidempi.",
    ]);

    expect(await as(world, "staffD1", () => correctHours({ gigId: a.gig.id, minutes: 165, reason: "Lähtö oli 15 minuuttia aiemmin." }), now)).toMatchObject({ ok: true });
    const corrected = (await smsTo(PHONE)).at(-1)!;
    expect(corrected.subject).toBe("Dina timmar har rättats");
    expect(corrected.body).toContain("är nu 2 timmar 45 minuter. Orsak: Lähtö oli 15 minuuttia aiemmin.");
    // approving again is refused (locked); nothing more was sent
    expect(await as(world, "staffD1", () => approveHours({ gigId: a.gig.id }), now)).toMatchObject({ ok: false });
    expect(await smsTo(PHONE)).toHaveLength(3);
  });
});

describe("client: the orderer's dispute corrects the hours", () => {
  it("the client hears the new minutes and the coordinator's reason, once", async () => {
    const now = helsinkiInstant("2026-12-16", "12:00");
    const { gig } = await createClientGig(world, { status: "APPROVED", startsAt: helsinkiInstant("2026-12-15", "10:00"), minutes: 180, approvedMinutes: 180 });
    await world.db.gig.update({ where: { id: gig.id }, data: { reportedMinutes: 180, hoursDisputedAt: helsinkiInstant("2026-12-16", "09:00") } });
    const r = await as(world, "coordinatorD", () => resolveHoursDispute({ gigId: gig.id, minutes: 120, reason: "Työ loppui tunnin aiemmin." }), now);
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    expect((await clientNotes()).map((n) => [n.kind, n.dedupeKey])).toEqual([["hours.corrected", `gig:${gig.id}:hoursCorrected:dispute`]]);
    expect((await smsTo(PHONE))[0]!.body).toContain("är nu 2 timmar. Orsak: Työ loppui tunnin aiemmin.");
  });
});

describe("a client without a sign-in", () => {
  it("their staff are told 'tell Ville …' in-app; the client's SMS goes out when staff switched it on; once", async () => {
    await world.db.client.update({ where: { id: world.clientD2.id }, data: { language: "sv", phone: "+358409999999" } });
    expect(
      await as(world, "staffD1", () => setNotificationPrefs({ clientId: world.clientD2.id, email: false, sms: true, push: false, quietStart: "", quietEnd: "" })),
    ).toMatchObject({ ok: true });
    expect(await world.db.clientNotificationPreference.findUnique({ where: { clientId: world.clientD2.id } })).toMatchObject({ sms: true, email: false });

    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const gig = await createGig(world, { orderId: order.id, clientId: world.clientD2.id, status: "PLANNED", day: "2030-03-05", start: "10:00", end: "12:00" });
    await as(world, "coordinatorD", () => offerGigs({ orderId: order.id }), helsinkiInstant("2030-03-01", "12:00"));

    const relay = await world.db.notification.findMany({ where: { userId: world.users.staffD1.id } });
    expect(relay.map((n) => [n.kind, n.link, n.dedupeKey])).toEqual([["unit.relay", `/unit/clients/${world.clientD2.id}`, `client:${world.clientD2.id}:gig:${gig.id}:offered`]]);
    const staffEmail = await world.db.outboxMessage.findFirstOrThrow({ where: { to: "ohjaaja.d1@test.fi" } });
    expect(staffEmail.subject).toMatch(/^Kerro asiakkaalle .+: Uusi keikka sinulle$/);
    const [sms] = await smsTo("+358409999999");
    expect(sms!.body).toMatch(/^Du har fått ett jobberbjudande/);

    // staff enter the hours for the client (no app): the client is told by SMS, staff in-app, once each
    const done = await createClientGig(world, { status: "ACCEPTED", clientId: world.clientD2.id, startsAt: helsinkiInstant("2026-12-15", "10:00") });
    await as(world, "staffD1", () => enterHours({ gigId: done.gig.id, minutes: 120, reason: "Paperilla" }), helsinkiInstant("2026-12-15", "18:00"));
    expect((await smsTo("+358409999999")).map((m) => m.subject).sort()).toEqual(["Dina timmar är godkända", "Ett nytt jobb för dig"]);
    expect(await world.db.notification.count({ where: { userId: world.users.staffD1.id, kind: "unit.relay" } })).toBe(2);
  });
});
