import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { giveFeedbackByLink, giveGigFeedback, recordDebrief } from "../../../src/features/feedback/actions";
import { askOrdererFeedback } from "../../../src/features/feedback/mutations";
import { clientFeedbackOverview, gigFeedbackForClient, sharedClientWords } from "../../../src/features/feedback/queries";
import { markOrderApproved } from "../../../src/features/coordination/actions";
import { approveHours } from "../../../src/features/hours/actions";
import { giveFeedback, recordFeedbackOnProfile } from "../../../src/features/orders/actions";
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
beforeEach(async () => {
  await world.db.outboxMessage.deleteMany();
  await world.db.notification.deleteMany();
  await world.db.client.update({ where: { id: world.clientD1.id }, data: { language: "fi", phone: null, email: null } });
  await world.db.user.update({ where: { id: world.users.clientD1.id }, data: { email: null } });
});

/** An order in DONE with one session and one reported gig: the coordinator approves the hours, then the order. */
async function doneOrder(opts: { jobcenter?: "D" | "R" } = {}) {
  const order = await createOrder(world, { status: "DONE", jobcenter: opts.jobcenter });
  const session = await createSession(world, order.id, "2026-11-10", "09:00", "12:00");
  const clientId = opts.jobcenter === "R" ? world.clientR1.id : world.clientD1.id;
  const gig = await createGig(world, { orderId: order.id, clientId, sessionId: session.id, status: "REPORTED", day: "2026-11-10", start: "09:00", end: "12:00", reportedMinutes: 180 });
  return { order, gig };
}

describe("the orderer is asked for feedback after the coordinator approves the order", () => {
  it("a contact with an account gets the in-app notification and an email in their language, once", async () => {
    await world.db.user.update({ where: { id: world.users.ordererX.id }, data: { locale: "sv" } });
    const { order, gig } = await doneOrder();
    expect(await as(world, "coordinatorD", () => approveHours({ gigId: gig.id }))).toMatchObject({ ok: true });
    expect(await world.db.notification.count({ where: { kind: "feedback.asked" } })).toBe(0);
    expect(await as(world, "coordinatorD", () => markOrderApproved({ orderId: order.id }))).toMatchObject({ ok: true });
    expect(await world.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "APPROVED" });

    const notes = await world.db.notification.findMany({ where: { kind: "feedback.asked" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ userId: world.users.ordererX.id, link: `/orderer/orders/${order.id}`, dedupeKey: `order:${order.id}:feedback-asked` });
    const mail = await world.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `notify:${world.users.ordererX.id}:order:${order.id}` } } });
    expect(mail.map((m) => [m.channel, m.to])).toEqual([["EMAIL", "tilaaja@siisti.example"]]);
    expect(mail[0]!.subject).toBe("Berätta hur arbetet gick");
    expect(mail[0]!.body).toContain(`/orderer/orders/${order.id}`);

    // approving again (a second call, a retry) asks nobody twice
    await world.db.$transaction((tx) => askOrdererFeedback(tx, order.id, new Date()));
    expect(await world.db.notification.count({ where: { kind: "feedback.asked" } })).toBe(1);
    expect(await world.db.outboxMessage.count()).toBe(1);
    await world.db.user.update({ where: { id: world.users.ordererX.id }, data: { locale: "fi" } });
  });

  it("an orderer known only by email (the contact a coordinator named) gets one email with a feedback link", async () => {
    const orderer = await world.db.orderer.create({ data: { kind: "COMPANY", name: `Puhelintilaaja ${randomUUID()}`, status: "VERIFIED" } });
    const { order, gig } = await doneOrder();
    await world.db.order.update({ where: { id: order.id }, data: { ordererId: orderer.id } });
    const contact = await world.db.user.create({ data: { email: `puhelin-${randomUUID()}@example.fi`, name: "Paula Puhelin", locale: "en" } });
    await world.db.authToken.create({ data: { userId: contact.id, kind: "ORDER_REVIEW", orderId: order.id, tokenHash: randomUUID(), expiresAt: new Date(), usedAt: new Date() } });

    expect(await as(world, "coordinatorD", () => approveHours({ gigId: gig.id }))).toMatchObject({ ok: true });
    expect(await as(world, "coordinatorD", () => markOrderApproved({ orderId: order.id }))).toMatchObject({ ok: true });
    expect(await world.db.notification.count({ where: { kind: "feedback.asked" } })).toBe(0);
    const out = await world.db.outboxMessage.findMany();
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ channel: "EMAIL", to: contact.email, dedupeKey: `feedback-asked:${order.id}:email` });
    expect(out[0]!.subject).toMatch(/^Tell us how the work went/);
    const token = /\/feedback\/([A-Za-z0-9_-]+)/.exec(out[0]!.body)![1]!;
    const link = await world.db.feedbackLink.findUniqueOrThrow({ where: { orderId: order.id } });
    expect(link).toMatchObject({ userId: contact.id, email: contact.email });

    await world.db.$transaction((tx) => askOrdererFeedback(tx, order.id, new Date()));
    expect(await world.db.outboxMessage.count()).toBe(1);
    expect(await world.db.feedbackLink.count({ where: { orderId: order.id } })).toBe(1);

    // the link rates the order's worker, as that contact; the client hears that feedback came
    expect(await as(world, "anonymous", () => giveFeedbackByLink({ token, gigId: gig.id, rating: 4, comment: "Hyvä" }))).toMatchObject({ ok: true });
    expect(await world.db.feedback.findFirstOrThrow({ where: { gigId: gig.id } })).toMatchObject({ authorUserId: contact.id, rating: 4 });
    expect(await world.db.notification.count({ where: { kind: "feedback.received", userId: world.users.clientD1.id } })).toBe(1);
    // a gig of another order is as unknown as a wrong token
    const other = await createClientGig(world, { status: "APPROVED", startsAt: new Date(Date.now() - 86_400_000), approvedMinutes: 60 });
    expect(await as(world, "anonymous", () => giveFeedbackByLink({ token, gigId: other.gig.id, rating: 4, comment: null }))).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await as(world, "anonymous", () => giveFeedbackByLink({ token: "x".repeat(43), gigId: gig.id, rating: 4, comment: null }))).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });
});

describe("the client hears that the orderer gave feedback", () => {
  it("in-app and by email in the profile's language, without the rating or the words, once per gig", async () => {
    await world.db.client.update({ where: { id: world.clientD1.id }, data: { language: "sv" } });
    await world.db.user.update({ where: { id: world.users.clientD1.id }, data: { email: "maija@example.fi" } });
    const { gig } = await createClientGig(world, { status: "APPROVED", startsAt: new Date(Date.now() - 86_400_000), approvedMinutes: 180, title: "Lagerjobb" });
    expect(await as(world, "ordererX", () => giveFeedback({ gigId: gig.id, rating: 2, comment: "Myöhästyi puoli tuntia" }))).toMatchObject({ ok: true });
    expect(await as(world, "ordererX", () => giveFeedback({ gigId: gig.id, rating: 3, comment: "Myöhästyi" }))).toMatchObject({ ok: true });

    const notes = await world.db.notification.findMany({ where: { kind: "feedback.received" } });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ userId: world.users.clientD1.id, link: `/client/gigs/${gig.id}`, dedupeKey: `gig:${gig.id}:feedback-received` });
    const out = await world.db.outboxMessage.findMany();
    expect(out.map((m) => [m.channel, m.to, m.subject])).toEqual([["EMAIL", "maija@example.fi", "Du fick respons"]]);
    expect(out[0]!.body).toContain("Lagerjobb");
    expect(out[0]!.body).not.toContain("Myöhästyi");
  });

  it("the client reads the orderer's words only after a coordinator recorded them on the profile", async () => {
    const { gig } = await createClientGig(world, { status: "APPROVED", startsAt: new Date(Date.now() - 86_400_000), approvedMinutes: 180 });
    const given = await as(world, "ordererX", () => giveFeedback({ gigId: gig.id, rating: 5, comment: "Erinomainen" }));
    const before = await gigFeedbackForClient(world.db, gig.id);
    expect(before.orderer).toEqual([]);
    expect(await as(world, "coordinatorD", () => recordFeedbackOnProfile({ feedbackId: (given as { data: { id: string } }).data.id }))).toMatchObject({ ok: true });
    const after = await gigFeedbackForClient(world.db, gig.id);
    expect(after.orderer).toMatchObject([{ rating: 5, comment: "Erinomainen" }]);
  });
});

describe("the client's own feedback and the unit's debrief", () => {
  it("the orderer sees none of the client's words unless the client chose to share them; staff see both sides", async () => {
    const a = await createClientGig(world, { status: "REPORTED", startsAt: new Date(Date.now() - 86_400_000) });
    expect(await as(world, "clientD1", () => giveGigFeedback({ gigId: a.gig.id, mood: 1, words: "Minua jännitti", shareWithOrderer: false }))).toMatchObject({ ok: true });
    expect(await sharedClientWords(world.db, a.order.id)).toEqual([]);

    // answering again replaces the answer; now shared
    expect(await as(world, "clientD1", () => giveGigFeedback({ gigId: a.gig.id, mood: 3, words: "Mukava työ", shareWithOrderer: true }))).toMatchObject({ ok: true });
    expect(await world.db.gigClientFeedback.count({ where: { gigId: a.gig.id } })).toBe(1);
    expect(await sharedClientWords(world.db, a.order.id)).toMatchObject([{ firstName: "Maija", mood: 3, words: "Mukava työ" }]);

    expect(await as(world, "staffD1", () => recordDebrief({ gigId: a.gig.id, wentWell: "Tuli ajoissa", toPractise: "Kysyä apua", clientView: null }))).toMatchObject({ ok: true });
    await as(world, "ordererX", () => giveFeedback({ gigId: a.gig.id, rating: 4, comment: "Hyvin meni" }));
    const overview = await clientFeedbackOverview(world.db, world.clientD1.id);
    expect(overview.fromOrderers.find((f) => f.comment === "Hyvin meni")).toMatchObject({ rating: 4, onProfile: false });
    expect(overview.own.find((f) => f.words === "Mukava työ")).toMatchObject({ mood: 3, shareWithOrderer: true });
    expect(overview.debriefs.find((d) => d.wentWell === "Tuli ajoissa")).toMatchObject({ toPractise: "Kysyä apua", clientView: null });
  });

  it("refuses feedback and debriefs on a gig that is not done, and a debrief with nothing in it", async () => {
    const { gig } = await createClientGig(world, { status: "ACCEPTED" });
    expect(await as(world, "clientD1", () => giveGigFeedback({ gigId: gig.id, mood: 2, words: null, shareWithOrderer: false }))).toMatchObject({ ok: false, error: "RULE_VIOLATION", rule: "GIG_NOT_IN_STATE" });
    expect(await as(world, "staffD1", () => recordDebrief({ gigId: gig.id, wentWell: "x", toPractise: null, clientView: null }))).toMatchObject({ ok: false, error: "RULE_VIOLATION", rule: "GIG_NOT_IN_STATE" });
    expect(await as(world, "staffD1", () => recordDebrief({ gigId: gig.id, wentWell: "", toPractise: null, clientView: null }))).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    // another unit's staff and another client are refused
    const done = await createClientGig(world, { status: "REPORTED", startsAt: new Date(Date.now() - 86_400_000) });
    expect(await as(world, "staffR1", () => recordDebrief({ gigId: done.gig.id, wentWell: "x", toPractise: null, clientView: null }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await as(world, "clientR1", () => giveGigFeedback({ gigId: done.gig.id, mood: 2, words: null, shareWithOrderer: false }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});
