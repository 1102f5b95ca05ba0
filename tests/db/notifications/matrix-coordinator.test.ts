import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { declineGig, reportHours } from "../../../src/features/client-app/actions";
import { nominateClient, offerToUnits, respondToOffer } from "../../../src/features/coordination/actions";
import { disputeHours } from "../../../src/features/hours/actions";
import type { Channel, OutgoingMessage } from "../../../src/features/notifications/channels";
import { eventKey } from "../../../src/features/notifications/matrix";
import { queueUnconfirmedGigAlerts } from "../../../src/features/notifications/matrix-jobs";
import * as orderers from "../../../src/features/orderers/actions";
import { businessIdCheckDigit } from "../../../src/features/orderers/rules";
import * as orders from "../../../src/features/orders/actions";
import { withPgConnection } from "../../../src/server/db/connect";
import { bossQueue } from "../../../src/server/jobs/boss";
import { localQueue } from "../../../src/server/jobs/local";
import { JOB, JOB_NAMES } from "../../../src/server/jobs/names";
import { ensureBossSchema } from "../../../src/server/jobs/setup";
import type { JobQueue } from "../../../src/server/jobs/types";
import { registerJobs } from "../../../src/server/jobs/registry";
import { createClientGig } from "../../support/client-app";
import { createGig, createOrder } from "../../support/coordination";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { doneOrderWithApprovedHours } from "../../support/hours-review";
import { makeOrder, orderForm } from "../../support/orders";
import { as, type World } from "../../support/world";

// ADR 045, the coordinator's rows: every active coordinator of the order's Jobcenter hears of the
// event, in the app and on their channels, in their language; the same event twice is told once.

let tdb: TestDatabase;
let w: World;
const NOW = new Date("2026-11-22T10:00:00Z");
const COORD_EMAIL = "koordinaattori.d@test.fi";

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
});
afterAll(async () => tdb?.close());
beforeEach(async () => {
  await w.db.outboxMessage.deleteMany();
  await w.db.notification.deleteMany();
  await w.db.user.update({ where: { id: w.users.coordinatorD.id }, data: { locale: "fi" } });
});

const coordNotes = (kind: string) => w.db.notification.findMany({ where: { userId: w.users.coordinatorD.id, kind } });

/** Coordinator D has one notification of this kind for the order, and one email with its subject; R has none. */
async function expectCoordinatorTold(kind: string, orderId: string, subject: string) {
  const notes = await coordNotes(kind);
  expect(notes.map((n) => n.link)).toEqual([`/coordinator/orders/${orderId}`]);
  const mail = await w.db.outboxMessage.findMany({ where: { to: COORD_EMAIL } });
  expect(mail.map((m) => [m.channel, m.subject, m.dedupeKey])).toEqual([["EMAIL", subject, `notify:${w.users.coordinatorD.id}:${notes[0]!.dedupeKey}:email`]]);
  expect(mail[0]!.body).toContain(`/coordinator/orders/${orderId}`);
  expect(await w.db.notification.count({ where: { userId: w.users.coordinatorR.id } })).toBe(0);
  return { note: notes[0]!, mail: mail[0]! };
}

function freshBusinessId(): string {
  for (;;) {
    const seven = String(1_000_000 + Math.floor(Math.random() * 8_999_999));
    const check = businessIdCheckDigit(seven);
    if (check !== null && seven !== "0737546" && seven !== "1572860") return `${seven}-${check}`;
  }
}

describe("a new order", () => {
  it("every active coordinator of the Jobcenter hears of it, each in their own language; a repeated submit tells nothing again", async () => {
    const second = await w.db.user.create({
      data: { email: `toinen-${randomUUID()}@test.fi`, name: "Stina Samordnare", locale: "sv", memberships: { create: [{ role: "COORDINATOR", jobcenterId: w.jobcenterD.id }] } },
    });
    const gone = await w.db.user.create({
      data: { email: `poissa-${randomUUID()}@test.fi`, name: "Poissa", memberships: { create: [{ role: "COORDINATOR", jobcenterId: w.jobcenterD.id, active: false }] } },
    });
    try {
      const form = await orderForm(w);
      const r = await as(w, "ordererX", () => orders.submitOrder(form), NOW);
      if (!r.ok) throw new Error(JSON.stringify(r));
      await as(w, "ordererX", () => orders.submitOrder(form), NOW);
      const notes = await w.db.notification.findMany({ where: { kind: "coordinator.newOrder" } });
      expect(notes.map((n) => n.userId).sort()).toEqual([w.users.coordinatorD.id, second.id].sort());
      const mail = await w.db.outboxMessage.findMany({ where: { to: { in: [COORD_EMAIL, second.email!, gone.email!] } } });
      expect(mail.map((m) => [m.to, m.subject]).sort()).toEqual([[COORD_EMAIL, "Uusi tilaus"], [second.email!, "Ny beställning"]].sort());
      expect(mail.find((m) => m.to === second.email)!.body).toContain("väntar på behandling");
    } finally {
      await w.db.user.deleteMany({ where: { id: { in: [second.id, gone.id] } } });
    }
  });

  it("a registration's order reaches the coordinators when the address is confirmed, once", async () => {
    const email = `uusi-${randomUUID()}@example.fi`;
    const reg = { locale: "fi" as const, ordererKind: "COMPANY" as const, organisationName: "Uusi Oy", contactName: "Uuno Uusi", email, phone: "040 765 4321", password: "pitka-salasana-1" };
    await as(w, "anonymous", async () => orders.registerAndOrder({ submit: true, registration: reg, order: await orderForm(w, { businessId: freshBusinessId() }) }), NOW);
    expect(await coordNotes("coordinator.newOrder")).toHaveLength(0);
    const verify = await w.db.outboxMessage.findFirstOrThrow({ where: { to: email } });
    const token = /verify-email\/([A-Za-z0-9_-]+)/.exec(verify.body)![1]!;
    expect(await as(w, "anonymous", () => orderers.confirmEmail({ token }), NOW)).toMatchObject({ ok: true });
    const user = await w.db.user.findUniqueOrThrow({ where: { email } });
    const order = await w.db.order.findFirstOrThrow({ where: { createdById: user.id } });
    const notes = await coordNotes("coordinator.newOrder");
    expect(notes.map((n) => n.link)).toEqual([`/coordinator/orders/${order.id}`]);
    expect(await as(w, "anonymous", () => orderers.confirmEmail({ token }), NOW)).toMatchObject({ ok: false });
    expect(await coordNotes("coordinator.newOrder")).toHaveLength(1);
  });
});

describe("the orderer's answer or message", () => {
  it("terms accepted later on the order page", async () => {
    const { order } = await makeOrder(w, { status: "RECEIVED", accepted: false });
    const terms = await w.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: w.jobcenterD.id, locale: "fi" }, orderBy: { version: "desc" } });
    expect(await as(w, "ordererX", () => orders.acceptOrderTerms({ orderId: order.id, termsVersionId: terms.id }))).toMatchObject({ ok: true });
    const { note } = await expectCoordinatorTold("coordinator.termsAccepted", order.id, "Ehdot on hyväksytty");
    expect(note.dedupeKey).toBe(eventKey.termsAccepted(order.id, 1));
    expect((await as(w, "ordererX", () => orders.acceptOrderTerms({ orderId: order.id, termsVersionId: terms.id }))).ok).toBe(false);
    expect(await coordNotes("coordinator.termsAccepted")).toHaveLength(1);
  });

  it("a change refused, in the coordinator's Swedish", async () => {
    await w.db.user.update({ where: { id: w.users.coordinatorD.id }, data: { locale: "sv" } });
    const { order } = await makeOrder(w);
    const p = await as(w, "coordinatorD", () => orders.proposeOrderChange({ orderId: order.id, description: "Två arbetstagare", newWorkerCount: 2 }), NOW);
    if (!p.ok) throw new Error(JSON.stringify(p));
    expect(await as(w, "ordererX", () => orders.decideOrderChange({ changeId: p.data.id, decision: "DECLINE" }), NOW)).toMatchObject({ ok: true });
    const { mail } = await expectCoordinatorTold("coordinator.changeAnswered", order.id, "Beställaren svarade på ändringen");
    expect(mail.body).toContain("Beställaren avböjde ändringen");
    expect((await as(w, "ordererX", () => orders.decideOrderChange({ changeId: p.data.id, decision: "DECLINE" }), NOW)).ok).toBe(false);
    expect(await coordNotes("coordinator.changeAnswered")).toHaveLength(1);
  });

  it("a change accepted", async () => {
    const { order } = await makeOrder(w);
    const terms = await w.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: w.jobcenterD.id, locale: "fi" }, orderBy: { version: "desc" } });
    const p = await as(w, "coordinatorD", () => orders.proposeOrderChange({ orderId: order.id, description: "Kaksi tekijää", newWorkerCount: 2 }), NOW);
    if (!p.ok) throw new Error(JSON.stringify(p));
    expect(await as(w, "ordererX", () => orders.decideOrderChange({ changeId: p.data.id, decision: "ACCEPT", termsVersionId: terms.id }), NOW)).toMatchObject({ ok: true });
    const { mail } = await expectCoordinatorTold("coordinator.changeAnswered", order.id, "Tilaaja vastasi muutokseen");
    expect(mail.body).toContain("Tilaaja hyväksyi muutoksen");
  });

  it("the orderer's message; the coordinator's own message tells the coordinators nothing", async () => {
    const { order } = await makeOrder(w);
    const m = await as(w, "ordererX", () => orders.postOrderMessage({ orderId: order.id, body: "Ovikoodi on 1234" }));
    if (!m.ok) throw new Error(JSON.stringify(m));
    const { note } = await expectCoordinatorTold("coordinator.ordererMessage", order.id, "Viesti tilaajalta");
    expect(note.dedupeKey).toBe(eventKey.ordererMessage(m.data.id));
    await as(w, "coordinatorD", () => orders.postOrderMessage({ orderId: order.id, body: "Kiitos" }));
    expect(await coordNotes("coordinator.ordererMessage")).toHaveLength(1);
  });
});

describe("a unit's answer", () => {
  async function offeredOrder() {
    const { order } = await makeOrder(w);
    expect(await as(w, "coordinatorD", () => offerToUnits({ orderId: order.id, unitIds: [w.unitD1.id] }))).toMatchObject({ ok: true });
    return { order, offer: await w.db.unitOffer.findFirstOrThrow({ where: { orderId: order.id } }) };
  }

  it("a nomination names the unit", async () => {
    const { order, offer } = await offeredOrder();
    const r = await as(w, "staffD1", () => nominateClient({ offerId: offer.id, clientId: w.clientD1.id, clientWantsGig: true, skillsCheck: "VERIFIED", benefitCheck: "DONE", supportMode: "NONE" }));
    if (!r.ok) throw new Error(JSON.stringify(r));
    const { note, mail } = await expectCoordinatorTold("coordinator.unitNominated", order.id, "Yksikkö ehdotti tekijää");
    expect(note.dedupeKey).toBe(eventKey.unitNominated(r.data.id));
    const unit = await w.db.unit.findUniqueOrThrow({ where: { id: w.unitD1.id } });
    expect(mail.body).toContain(unit.name);
  });

  it("a decline, told once even when the unit presses twice", async () => {
    const { order, offer } = await offeredOrder();
    expect(await as(w, "staffD1", () => respondToOffer({ offerId: offer.id, answer: "DECLINED", note: "Ei tekijöitä" }))).toMatchObject({ ok: true });
    expect(await as(w, "staffD1", () => respondToOffer({ offerId: offer.id, answer: "DECLINED", note: "Ei tekijöitä" }))).toMatchObject({ ok: true });
    await expectCoordinatorTold("coordinator.unitDeclined", order.id, "Yksikkö ei ota tilausta");
  });
});

describe("the client's answer and hours", () => {
  it("a client's decline", async () => {
    const { order, gig } = await createClientGig(w, { status: "OFFERED", startsAt: new Date(Date.now() + 5 * 86_400_000) });
    expect((await as(w, "clientD1", () => declineGig({ gigId: gig.id }))).ok).toBe(true);
    const { mail } = await expectCoordinatorTold("coordinator.clientDeclined", order.id, "Asiakas ei tule keikalle");
    expect(mail.body).toContain("Etsi tilalle toinen tekijä");
    expect((await as(w, "clientD1", () => declineGig({ gigId: gig.id }))).ok).toBe(false);
    expect(await coordNotes("coordinator.clientDeclined")).toHaveLength(1);
  });

  it("hours reported; reporting again before approval is the same event", async () => {
    const { order, gig } = await createClientGig(w, { status: "ACCEPTED", startsAt: new Date(Date.now() - 4 * 3_600_000) });
    expect((await as(w, "clientD1", () => reportHours({ gigId: gig.id, hours: 2, minutes: 0 }))).ok).toBe(true);
    expect((await as(w, "clientD1", () => reportHours({ gigId: gig.id, hours: 2, minutes: 30 }))).ok).toBe(true);
    await expectCoordinatorTold("coordinator.hoursReported", order.id, "Tunnit on ilmoitettu");
  });

  it("the orderer disputes a gig's hours, with the reason", async () => {
    const { order, gigs } = await doneOrderWithApprovedHours(w);
    const r = await as(w, "ordererX", () => disputeHours({ gigId: gigs[0]!.id, reason: "Tekijä lähti tuntia aiemmin" }));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    const { mail } = await expectCoordinatorTold("coordinator.hoursDisputed", order.id, "Tilaaja kiistää tunnit");
    expect(mail.body).toContain("Tekijä lähti tuntia aiemmin");
    expect((await as(w, "ordererX", () => disputeHours({ gigId: gigs[0]!.id, reason: "Uudestaan" }))).ok).toBe(false);
    expect(await coordNotes("coordinator.hoursDisputed")).toHaveLength(1);
  });
});

describe("a gig nobody has confirmed two days before", () => {
  it("the job tells the coordinators once per gig, only within two days and only for unanswered gigs", async () => {
    const now = new Date("2031-01-10T08:00:00Z");
    const order = await createOrder(w, { status: "FINDING_WORKERS" });
    const soon = await createGig(w, { orderId: order.id, clientId: w.clientD1.id, status: "OFFERED", day: "2031-01-11", start: "12:00", end: "14:00" });
    await createGig(w, { orderId: order.id, clientId: w.clientR1.id, status: "ACCEPTED", day: "2031-01-11", start: "12:00", end: "14:00" });
    await createGig(w, { orderId: order.id, clientId: w.clientD2.id, status: "PLANNED", day: "2031-01-14", start: "12:00", end: "14:00" });
    expect(await queueUnconfirmedGigAlerts(w.db, now)).toBe(1);
    expect(await queueUnconfirmedGigAlerts(w.db, new Date(now.getTime() + 3_600_000))).toBe(0);
    const { note, mail } = await expectCoordinatorTold("coordinator.gigUnconfirmed", order.id, "Keikkaa ei ole vahvistettu");
    expect(note.dedupeKey).toBe(eventKey.gigUnconfirmed(soon.id));
    expect(mail.body).toContain("kello 12.00");
  });
});

// One row end to end on each queue (ADR 008): the in-process queue always, pg-boss when a
// PostgreSQL server is given. The job tells, the sweep gives the email its send job, the send
// job delivers it; the job running twice still delivers one email.
const url = process.env.TEST_DATABASE_URL;
const bossSchema = `boss_${Math.random().toString(36).slice(2, 10)}`;
const queues: { name: string; make(): Promise<JobQueue>; completed(job: string): Promise<number> }[] = [
  {
    name: "local",
    make: async () => localQueue(w.db, { pollMs: 100 }),
    completed: (job) => w.db.queueJob.count({ where: { name: job, state: "completed" } }),
  },
];
if (url) {
  queues.push({
    name: "pg-boss",
    make: async () => {
      const appSchema = (await w.db.$queryRaw<{ s: string }[]>`SELECT current_schema() AS s`)[0]!.s;
      await withPgConnection(url, (c) => ensureBossSchema(c, { schema: bossSchema, queues: JOB_NAMES }));
      return bossQueue({ db: w.db, url, bossSchema, appSchema, pollingIntervalSeconds: 0.5, schedule: false });
    },
    // pg-boss's own table, read as the server's owner (the app role sees only rows it works on)
    completed: async (job) =>
      withPgConnection(url, async (c) => Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "${bossSchema}".job WHERE name = $1 AND state = 'completed'`, [job])).rows[0]!.n)),
  });
}

describe.each(queues)("a coordinator row end to end on the $name queue", (kind) => {
  it("the job, the outbox sweep and the send job deliver the email once", async () => {
    const sent: OutgoingMessage[] = [];
    const channel: Channel = { kind: "EMAIL", deliver: async (m) => void sent.push(m) };
    const queue = await kind.make();
    try {
      await registerJobs(queue, { db: w.db, channels: [channel] }, { schedules: false });
      const order = await createOrder(w, { status: "FINDING_WORKERS" });
      const gig = await createGig(w, { orderId: order.id, clientId: w.clientD1.id, status: "OFFERED", day: "2031-01-01", start: "10:00", end: "12:00" });
      // The gig starts within two days of the job's run: move it to the real clock.
      await w.db.gig.update({ where: { id: gig.id }, data: { startsAt: new Date(Date.now() + 30 * 3_600_000), endsAt: new Date(Date.now() + 32 * 3_600_000) } });
      const before = await kind.completed(JOB.unconfirmedGigs);
      await queue.enqueue(JOB.unconfirmedGigs, {});
      await queue.enqueue(JOB.unconfirmedGigs, {});
      await until(async () => (await kind.completed(JOB.unconfirmedGigs)) >= before + 2);
      await queue.enqueue(JOB.outbox, {});
      const key = `notify:${w.users.coordinatorD.id}:${eventKey.gigUnconfirmed(gig.id)}:email`;
      await until(async () => (await w.db.outboxMessage.findUnique({ where: { dedupeKey: key } }))?.sentAt != null);
      const message = await w.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: key } });
      expect(message.queuedAt).not.toBeNull();
      expect(sent.filter((m) => m.id === message.id).map((m) => [m.to, m.subject])).toEqual([[COORD_EMAIL, "Keikkaa ei ole vahvistettu"]]);
      expect(await w.db.notification.count({ where: { userId: w.users.coordinatorD.id, dedupeKey: eventKey.gigUnconfirmed(gig.id) } })).toBe(1);
    } finally {
      await queue.stop();
      if (kind.name === "pg-boss") await withPgConnection(url!, (c) => c.exec(`DROP SCHEMA "${bossSchema}" CASCADE`));
    }
  });
});

function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = async () => {
      if (await check()) return resolve();
      if (Date.now() > end) return reject(new Error("timed out waiting"));
      setTimeout(tick, 100);
    };
    void tick();
  });
}
