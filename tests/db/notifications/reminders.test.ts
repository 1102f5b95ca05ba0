import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { emailChannel, type Channel } from "../../../src/features/notifications/channels";
import { notifyOutboxKey } from "../../../src/features/notifications/mutations";
import { deliverOutbox, enqueueOutboxSends, queueGigReminders, reminderKey } from "../../../src/features/notifications/reminders";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createClientGig } from "../../support/client-app";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;
/** The reminder's email to a client's account goes through notify (ADR 046). */
const emailKey = (userId: string, gigId: string) => notifyOutboxKey(userId, reminderKey(gigId), "email");

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
  await world.db.user.update({ where: { id: world.users.clientD1.id }, data: { email: "maija@example.fi" } });
  await world.db.unit.update({ where: { id: world.unitR1.id }, data: { email: "ita@example.fi" } });
});
afterAll(async () => tdb?.close());
beforeEach(async () => {
  await world.db.outboxMessage.deleteMany();
  await world.db.notification.deleteMany();
  await world.db.gig.deleteMany();
});

describe("reminders the day before", () => {
  it("queues one reminder per accepted gig tomorrow, once however many times the job runs", async () => {
    const now = helsinkiInstant("2026-11-22", "18:00");
    const { gig } = await createClientGig(world, { status: "ACCEPTED", startsAt: helsinkiInstant("2026-11-23", "10:00") });
    await createClientGig(world, { status: "OFFERED", startsAt: helsinkiInstant("2026-11-23", "12:00") });
    await createClientGig(world, { status: "ACCEPTED", startsAt: helsinkiInstant("2026-11-22", "20:00") });
    await createClientGig(world, { status: "ACCEPTED", startsAt: helsinkiInstant("2026-11-24", "09:00") });

    const results = await Promise.all([queueGigReminders(world.db, now), queueGigReminders(world.db, now)]);
    expect(results.reduce((a, r) => a + r.queued, 0)).toBe(1);
    expect(await queueGigReminders(world.db, new Date(now.getTime() + 3_600_000))).toEqual({ queued: 0, noAddress: 0 });

    const messages = await world.db.outboxMessage.findMany();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ to: "maija@example.fi", dedupeKey: emailKey(world.users.clientD1.id, gig.id), channel: "EMAIL" });
    expect(await world.db.notification.findMany({ where: { userId: world.users.clientD1.id }, select: { kind: true, link: true } })).toEqual([{ kind: "gig.reminder", link: `/client/gigs/${gig.id}` }]);
    expect(messages[0]!.subject).toContain("Toimiston siivous");
    expect(messages[0]!.body).toContain("maanantaina 23.11. kello 10.00–13.00");
    expect(messages[0]!.body).toContain("Ota mukaan: Sisäkengät.");
    expect(messages[0]!.body).toContain("soita yksikköön: 09 310 12345");
    expect((await world.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).remindedAt?.getTime()).toBe(now.getTime());
  });

  it("takes tomorrow from Helsinki midnight, not the server's", async () => {
    const atMidnight = await createClientGig(world, { status: "ACCEPTED", startsAt: helsinkiInstant("2026-11-23", "00:00") });
    const dayAfter = await createClientGig(world, { status: "ACCEPTED", startsAt: helsinkiInstant("2026-11-24", "00:00") });
    // one minute before Helsinki midnight, the 23rd is tomorrow
    await queueGigReminders(world.db, helsinkiInstant("2026-11-22", "23:59"));
    expect((await world.db.outboxMessage.findMany()).map((m) => m.dedupeKey)).toEqual([emailKey(world.users.clientD1.id, atMidnight.gig.id)]);
    // one minute after, the 24th is tomorrow
    await queueGigReminders(world.db, helsinkiInstant("2026-11-23", "00:01"));
    expect((await world.db.outboxMessage.findMany({ orderBy: { createdAt: "asc" } })).map((m) => m.dedupeKey)).toEqual([
      emailKey(world.users.clientD1.id, atMidnight.gig.id),
      emailKey(world.users.clientD1.id, dayAfter.gig.id),
    ]);
  });

  it("a client whom only the app reaches, or who has no sign-in, is passed on to the unit's staff; nobody at all is counted", async () => {
    await createClientGig(world, { status: "ACCEPTED", clientId: world.clientR1.id, jobcenterId: world.jobcenterR.id, startsAt: helsinkiInstant("2026-11-23", "10:00") });
    await createClientGig(world, { status: "ACCEPTED", clientId: world.clientD2.id, startsAt: helsinkiInstant("2026-11-23", "10:00") });
    // a unit with no staff, and a client with no sign-in, phone or email
    const alone = await world.db.client.create({ data: { unitId: world.unitD2.id, firstName: "Yksin", lastName: "Jäänyt" } });
    await createClientGig(world, { status: "ACCEPTED", clientId: alone.id, startsAt: helsinkiInstant("2026-11-23", "11:00") });
    expect(await queueGigReminders(world.db, helsinkiInstant("2026-11-22", "12:00"))).toEqual({ queued: 2, noAddress: 1 });
    const toR1 = await world.db.outboxMessage.findFirstOrThrow({ where: { to: "ohjaaja.r1@test.fi" } });
    expect(toR1.subject).toBe("Kerro asiakkaalle Pekka Pitkänen: Huomenna on keikka");
    expect(await world.db.notification.count({ where: { userId: world.users.clientR1.id, kind: "gig.reminder" } })).toBe(1);
    const toD1 = await world.db.notification.findFirstOrThrow({ where: { userId: world.users.staffD1.id } });
    expect(toD1).toMatchObject({ kind: "unit.relay", link: `/unit/clients/${world.clientD2.id}` });
  });
});

describe("what a reminder says about things and the trip", () => {
  it("says what to bring apart from what the orderer gives, and that a disability client pays the trip", async () => {
    const { order, gig } = await createClientGig(world, { status: "ACCEPTED", startsAt: helsinkiInstant("2026-11-23", "10:00") });
    await world.db.order.update({ where: { id: order.id }, data: { ordererProvides: "Siivousvälineet" } });
    await queueGigReminders(world.db, helsinkiInstant("2026-11-22", "12:00"));
    const m = await world.db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: emailKey(world.users.clientD1.id, gig.id) } });
    expect(m.body).toContain("Ota mukaan: Sisäkengät.");
    expect(m.body).toContain("Tilaaja antaa: Siivousvälineet.");
    expect(m.body).toContain("Maksat matkan keikalle itse.");
  });

  it("never offers the orderer's tools as something to bring, and says nothing of the trip in rehabilitative work activity", async () => {
    const { order, gig } = await createClientGig(world, { status: "ACCEPTED", clientId: world.clientR1.id, jobcenterId: world.jobcenterR.id, startsAt: helsinkiInstant("2026-11-23", "10:00") });
    await world.db.order.update({ where: { id: order.id }, data: { ordererProvides: "Siivousvälineet" } });
    await world.db.gig.update({ where: { id: gig.id }, data: { bringItems: null } });
    await world.db.user.update({ where: { id: world.users.clientR1.id }, data: { email: "pekka@example.fi" } });
    await queueGigReminders(world.db, helsinkiInstant("2026-11-22", "12:00"));
    await world.db.user.update({ where: { id: world.users.clientR1.id }, data: { email: null } });
    const m = await world.db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: emailKey(world.users.clientR1.id, gig.id) } });
    expect(m.body).not.toContain("Ota mukaan");
    expect(m.body).toContain("Tilaaja antaa: Siivousvälineet.");
    expect(m.body).not.toContain("Maksat matkan");
  });
});

describe("delivering the outbox", () => {
  it("sends each message once through its channel, and keeps a failure's error", async () => {
    await world.db.outboxMessage.createMany({
      data: [
        { to: "a@example.fi", subject: "A", body: "a" },
        { to: "fail@example.fi", subject: "B", body: "b" },
      ],
    });
    const sent: string[] = [];
    const channel: Channel = {
      kind: "EMAIL",
      deliver: async (m) => {
        if (m.to.startsWith("fail")) throw new Error("mailbox full");
        sent.push(m.to);
      },
    };
    const now = helsinkiInstant("2026-11-22", "18:00");
    expect(await deliverOutbox(world.db, [channel], now)).toEqual({ sent: 1, failed: 1 });
    expect(await deliverOutbox(world.db, [channel], now)).toEqual({ sent: 0, failed: 0 });
    expect(sent).toEqual(["a@example.fi"]);
    const failed = await world.db.outboxMessage.findFirstOrThrow({ where: { to: "fail@example.fi" } });
    expect(failed).toMatchObject({ sentAt: null, error: "mailbox full" });
  });

  it("logs email instead of sending when no SMTP server is set", async () => {
    await world.db.outboxMessage.create({ data: { to: "a@example.fi", subject: "Muistutus", body: "Hei" } });
    const lines: string[] = [];
    expect(await deliverOutbox(world.db, [emailChannel({ log: (l) => lines.push(l) })], new Date())).toEqual({ sent: 1, failed: 0 });
    expect(lines[0]).toContain("a@example.fi: Muistutus");
  });
  it("the queue's outbox sweep leaves a message held by quiet hours until the hours end (ADR 044)", async () => {
    const now = helsinkiInstant("2026-11-22", "23:00");
    const morning = helsinkiInstant("2026-11-23", "07:00");
    const held = await world.db.outboxMessage.create({ data: { channel: "SMS", to: "+358401234567", subject: "Uusi keikka", body: "Sinulle on uusi keikka.", notBefore: morning } });
    const due = await world.db.outboxMessage.create({ data: { to: "maija@example.fi", subject: "Uusi keikka", body: "Sinulle on uusi keikka." } });
    const enqueued: string[] = [];
    expect(await enqueueOutboxSends(world.db, async (id) => enqueued.push(id), now)).toBe(1);
    expect(enqueued).toEqual([due.id]);
    // after 07:00 the held message gets its send job, once
    expect(await enqueueOutboxSends(world.db, async (id) => enqueued.push(id), new Date(morning.getTime() + 60_000))).toBe(1);
    expect(enqueued).toEqual([due.id, held.id]);
    expect(await enqueueOutboxSends(world.db, async (id) => enqueued.push(id), new Date(morning.getTime() + 120_000))).toBe(0);
  });
});
