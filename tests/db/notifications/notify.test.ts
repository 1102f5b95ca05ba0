import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { offerGigs } from "../../../src/features/coordination/actions";
import { setNotificationPrefs } from "../../../src/features/notifications/actions";
import { notify } from "../../../src/features/notifications/mutations";
import { countUnread, findWaitingOutbox, listNotifications, NOTIFICATION_PAGE } from "../../../src/features/notifications/queries";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createGig, createOrder } from "../../support/coordination";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;
const device = { endpoint: "https://push.example.test/device-1", p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", auth: "tBHItJI5svbpez7KI4CCXg" };

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());
beforeEach(async () => {
  await world.db.outboxMessage.deleteMany();
  await world.db.notification.deleteMany();
  await world.db.notificationPreference.deleteMany();
  await world.db.pushSubscription.deleteMany();
  await world.db.client.update({ where: { id: world.clientD1.id }, data: { language: "fi", phone: null, email: null } });
  await world.db.user.update({ where: { id: world.users.clientD1.id }, data: { email: null } });
});

describe("a client hears about a new offer", () => {
  it("offering a gig writes the in-app notification and the chosen channels, in the client's language", async () => {
    await world.db.client.update({ where: { id: world.clientD1.id }, data: { language: "sv", phone: "+358401234567" } });
    await world.db.user.update({ where: { id: world.users.clientD1.id }, data: { email: "maija@example.fi" } });
    await world.db.notificationPreference.create({ data: { userId: world.users.clientD1.id, sms: true } });
    await world.db.pushSubscription.create({ data: { userId: world.users.clientD1.id, ...device } });
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const gig = await createGig(world, { orderId: order.id, clientId: world.clientD1.id, status: "PLANNED", day: "2030-03-05", start: "10:00", end: "12:00" });

    expect(await as(world, "coordinatorD", () => offerGigs({ orderId: order.id }))).toMatchObject({ ok: true, data: { offered: 1 } });

    const notes = await world.db.notification.findMany({ where: { userId: world.users.clientD1.id } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "gig.offered", link: `/client/gigs/${gig.id}`, dedupeKey: `gig:${gig.id}:offered`, readAt: null });
    expect(await countUnread(world.db, world.users.clientD1.id)).toBe(1);

    const out = await world.db.outboxMessage.findMany({ orderBy: { channel: "asc" } });
    expect(out.map((m) => m.channel)).toEqual(["EMAIL", "SMS", "PUSH"]);
    const [email, sms, push] = out as [(typeof out)[0], (typeof out)[0], (typeof out)[0]];
    expect(email.to).toBe("maija@example.fi");
    expect(email.subject).toBe("Ett nytt jobb för dig");
    expect(email.body).toContain("tisdag 5.3 klockan 10.00");
    expect(email.body).toContain(`/client/gigs/${gig.id}`);
    expect(sms.to).toBe("+358401234567");
    expect(sms.body).toMatch(/^Du har fått ett jobberbjudande: .+ http.+\/client\/gigs\//);
    expect(JSON.parse(push.to)).toEqual({ endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } });
    expect(JSON.parse(push.body)).toMatchObject({ title: "Ett nytt jobb för dig", url: `/client/gigs/${gig.id}` });
  });

  it("a client with no email, phone or device still gets the in-app notification, in Finnish by default", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    await createGig(world, { orderId: order.id, clientId: world.clientD1.id, status: "PLANNED", day: "2030-03-06", start: "09:00", end: "11:00" });
    await as(world, "coordinatorD", () => offerGigs({ orderId: order.id }));
    expect(await world.db.outboxMessage.count()).toBe(0);
    const { items } = await listNotifications(world.db, world.users.clientD1.id);
    expect(items.map((i) => i.kind)).toEqual(["gig.offered"]);
  });
});

describe("notify", () => {
  const input = (key: string, now: Date) => ({ userId: world.users.clientD1.id, kind: "gig.offered" as const, params: { title: "Siivous", startsAt: helsinkiInstant("2030-03-05", "10:00").toISOString() }, link: "/client", key, now });

  it("stores the same event for the same person once and sends nothing twice", async () => {
    await world.db.user.update({ where: { id: world.users.clientD1.id }, data: { email: "maija@example.fi" } });
    const now = helsinkiInstant("2026-12-04", "12:00");
    const first = await notify(world.db, input("gig:x:offered", now));
    const again = await Promise.all([notify(world.db, input("gig:x:offered", now)), notify(world.db, input("gig:x:offered", now))]);
    expect(first).toEqual({ created: true, outbox: 1 });
    expect(again).toEqual([{ created: false, outbox: 0 }, { created: false, outbox: 0 }]);
    expect(await world.db.notification.count()).toBe(1);
    expect(await world.db.outboxMessage.count()).toBe(1);
    const email = await world.db.outboxMessage.findFirstOrThrow();
    expect(email.subject).toBe("Uusi keikka sinulle");
    expect(email.body).toContain("Sinulle on tarjottu keikkaa: Siivous, tiistaina 5.3. kello 10.00.");
  });

  it("holds SMS and push during quiet hours; the outbox does not hand them out before the hours end", async () => {
    await world.db.client.update({ where: { id: world.clientD1.id }, data: { phone: "+358401234567" } });
    await world.db.user.update({ where: { id: world.users.clientD1.id }, data: { email: "maija@example.fi" } });
    await world.db.notificationPreference.create({ data: { userId: world.users.clientD1.id, sms: true, quietStartMin: 21 * 60, quietEndMin: 8 * 60 } });
    const now = helsinkiInstant("2026-12-04", "22:30");
    await notify(world.db, input("gig:y:offered", now));
    const sms = await world.db.outboxMessage.findFirstOrThrow({ where: { channel: "SMS" } });
    expect(sms.notBefore).toEqual(helsinkiInstant("2026-12-05", "08:00"));
    expect((await findWaitingOutbox(world.db, 10, now)).map((m) => m.channel)).toEqual(["EMAIL"]);
    expect((await findWaitingOutbox(world.db, 10, helsinkiInstant("2026-12-05", "08:00"))).map((m) => m.channel).sort()).toEqual(["EMAIL", "SMS"]);
  });

  it("lists newest first, a page at a time", async () => {
    const base = helsinkiInstant("2026-12-01", "12:00").getTime();
    for (let i = 0; i < NOTIFICATION_PAGE + 3; i++) await notify(world.db, input(`k${i}`, new Date(base + Math.floor(i / 2) * 60_000)));
    const first = await listNotifications(world.db, world.users.clientD1.id);
    expect(first.items).toHaveLength(NOTIFICATION_PAGE);
    expect(first.next).not.toBeNull();
    const second = await listNotifications(world.db, world.users.clientD1.id, first.next!);
    expect(second.items).toHaveLength(3);
    expect(second.next).toBeNull();
    const keys = new Set([...first.items, ...second.items].map((i) => i.id));
    expect(keys.size).toBe(NOTIFICATION_PAGE + 3);
    const times = [...first.items, ...second.items].map((i) => i.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe("channel choices", () => {
  it("unit staff switch SMS on for their client, and the next notification goes by SMS too", async () => {
    await world.db.client.update({ where: { id: world.clientD1.id }, data: { phone: "+358401234567" } });
    const r = await as(world, "staffD1", () => setNotificationPrefs({ clientId: world.clientD1.id, email: true, sms: true, push: true, quietStart: "", quietEnd: "" }));
    expect(r).toMatchObject({ ok: true, data: { userId: world.users.clientD1.id } });
    const saved = await world.db.notificationPreference.findUniqueOrThrow({ where: { userId: world.users.clientD1.id } });
    expect(saved).toMatchObject({ sms: true, quietStartMin: null, updatedByUserId: world.users.staffD1.id });
    const audit = await world.db.auditEvent.findFirst({ where: { action: "client.notificationPrefs", clientId: world.clientD1.id } });
    expect(audit).not.toBeNull();
    await notify(world.db, { userId: world.users.clientD1.id, kind: "gig.offered", params: { title: "Siivous", startsAt: new Date().toISOString() }, link: "/client", key: "prefs-test" });
    expect((await world.db.outboxMessage.findMany()).map((m) => m.channel)).toEqual(["SMS"]);
  });

  it("quiet hours need both ends", async () => {
    const r = await as(world, "clientD1", () => setNotificationPrefs({ email: true, sms: false, push: true, quietStart: "22:00", quietEnd: "" }));
    expect(r).toMatchObject({ ok: false, error: "INVALID_INPUT" });
  });
});
