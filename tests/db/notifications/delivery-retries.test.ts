import http from "node:http";
import type { AddressInfo } from "node:net";
import crypto from "node:crypto";
import webpush from "web-push";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { httpSmsProvider, pushChannel, smsChannel } from "../../../src/features/notifications/channels";
import { deleteGonePushSubscription } from "../../../src/features/notifications/mutations";
import { localQueue } from "../../../src/server/jobs/local";
import { JOB } from "../../../src/server/jobs/names";
import { registerJobs } from "../../../src/server/jobs/registry";
import type { JobQueue } from "../../../src/server/jobs/types";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { type World } from "../../support/world";

// The send job against loopback fakes of the SMS gateway and of a push service (ADR 044, 046):
// a 4xx is not retried (a dead letter at once, for staff to see and retry), 429/5xx are retried,
// a push 404/410 deletes the subscription and ends there.

let tdb: TestDatabase;
let world: World;
let queue: JobQueue;
let server: http.Server;
let base = "";
let answers: number[] = [];
let hits = 0;

function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
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

const vapid = { subject: "mailto:tuki@tasmatyo.test", ...webpush.generateVAPIDKeys() };
const ua = crypto.createECDH("prime256v1");
ua.generateKeys();
const keys = { p256dh: ua.getPublicKey().toString("base64url"), auth: crypto.randomBytes(16).toString("base64url") };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      hits++;
      res.statusCode = answers.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ({ tdb, world } = await createTestWorld());
  queue = localQueue(world.db, { pollMs: 50 });
  const channels = [
    smsChannel(httpSmsProvider({ url: `${base}/sms`, token: "t", sender: "Tasmatyo" })),
    pushChannel({ vapid, onGone: (endpoint) => deleteGonePushSubscription(world.db, endpoint) }),
  ];
  await registerJobs(queue, { db: world.db, channels }, { schedules: false });
});
afterAll(async () => {
  await queue?.stop();
  await tdb?.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  answers = [];
  hits = 0;
});

const send = (messageId: string) => queue.enqueue(JOB.send, { messageId }, { key: `outbox:${messageId}`, retryLimit: 3, retryDelaySeconds: 0 });
const jobOf = (messageId: string) => world.db.queueJob.findFirstOrThrow({ where: { name: JOB.send, key: `outbox:${messageId}` } });

describe("the send job and the providers' answers", () => {
  it("an SMS the gateway refuses (400) is tried once and is a dead letter at once", async () => {
    answers = [400];
    const m = await world.db.outboxMessage.create({ data: { channel: "SMS", to: "123", subject: "x", body: "x" } });
    await send(m.id);
    await until(async () => (await jobOf(m.id)).state === "completed");
    expect(hits).toBe(1);
    expect(await jobOf(m.id)).toMatchObject({ attempts: 1 });
    expect(await world.db.jobDeadLetter.findFirstOrThrow({ where: { queue: JOB.send, data: { equals: { messageId: m.id } } } })).toMatchObject({ attempts: 1 });
    expect(await world.db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ sentAt: null });
  });

  it("429 and 503 from the gateway are retried until it takes the message, which is sent once", async () => {
    answers = [429, 503, 202];
    const m = await world.db.outboxMessage.create({ data: { channel: "SMS", to: "+358401234567", subject: "x", body: "x" } });
    await send(m.id);
    await until(async () => (await jobOf(m.id)).state === "completed");
    expect(hits).toBe(3);
    expect((await world.db.outboxMessage.findUniqueOrThrow({ where: { id: m.id } })).sentAt).not.toBeNull();
    expect(await world.db.jobDeadLetter.count({ where: { data: { equals: { messageId: m.id } } } })).toBe(0);
  });

  it("a push the service answers 410 deletes the device's subscription, is not retried and leaves no dead letter", async () => {
    answers = [410];
    const endpoint = `${base}/push/gone-device`;
    await world.db.pushSubscription.create({ data: { userId: world.users.clientD1.id, endpoint, ...keys } });
    const m = await world.db.outboxMessage.create({ data: { channel: "PUSH", to: JSON.stringify({ endpoint, keys }), subject: "x", body: JSON.stringify({ title: "x", body: "x", url: "/client" }) } });
    await send(m.id);
    await until(async () => (await jobOf(m.id)).state === "completed");
    expect(hits).toBe(1);
    expect(await world.db.pushSubscription.count({ where: { endpoint } })).toBe(0);
    expect(await world.db.jobDeadLetter.count({ where: { data: { equals: { messageId: m.id } } } })).toBe(0);
  });
});
