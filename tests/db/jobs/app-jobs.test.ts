import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Channel, OutgoingMessage } from "../../../src/features/notifications/channels";
import { notifyOutboxKey } from "../../../src/features/notifications/mutations";
import { reminderKey } from "../../../src/features/notifications/reminders";
import { addHelsinkiDays, startOfHelsinkiDay } from "../../../src/lib/dates";
import { localQueue } from "../../../src/server/jobs/local";
import { JOB, SCHEDULES } from "../../../src/server/jobs/names";
import { registerJobs } from "../../../src/server/jobs/registry";
import type { JobQueue } from "../../../src/server/jobs/types";
import { createClientGig } from "../../support/client-app";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { type World } from "../../support/world";

// The app's jobs on the queue (ADR 008): the reminders job puts tomorrow's reminder in the
// outbox and the message goes out through its own send job, once; a send that fails every
// attempt becomes a dead letter.

let tdb: TestDatabase;
let world: World;
let queue: JobQueue;
const sent: OutgoingMessage[] = [];
let failFor: string | null = null;
const channel: Channel = {
  kind: "EMAIL",
  deliver: async (m) => {
    if (m.to === failFor) throw new Error("mailbox full");
    sent.push(m);
  },
};

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

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
  await world.db.user.update({ where: { id: world.users.clientD1.id }, data: { email: "maija@example.fi" } });
  queue = localQueue(world.db, { pollMs: 100 });
  await registerJobs(queue, { db: world.db, channels: [channel] }, { schedules: false });
});
afterAll(async () => {
  await queue?.stop();
  await tdb?.close();
});

describe("the app's jobs", () => {
  it("every job has a handler, and every schedule names a job", async () => {
    const worked: string[] = [];
    const scheduled: string[] = [];
    const fake: JobQueue = { kind: "local", enqueue: async () => null, work: async (n) => void worked.push(n), schedule: async (n) => void scheduled.push(n), stop: async () => {} };
    await registerJobs(fake, { db: world.db, channels: [channel] });
    expect(worked.sort()).toEqual(Object.values(JOB).sort());
    expect(scheduled.sort()).toEqual(Object.keys(SCHEDULES).sort());
    expect(scheduled.every((n) => worked.includes(n))).toBe(true);
  });

  it("reminders: tomorrow's gig gets one reminder, sent through its own job", async () => {
    const tomorrow = startOfHelsinkiDay(addHelsinkiDays(startOfHelsinkiDay(new Date()), 1));
    const { gig } = await createClientGig(world, { status: "ACCEPTED", startsAt: new Date(tomorrow.getTime() + 10 * 3_600_000) });
    await queue.enqueue(JOB.reminders, {});
    await queue.enqueue(JOB.reminders, {});
    await until(async () => (await world.db.outboxMessage.findUnique({ where: { dedupeKey: notifyOutboxKey(world.users.clientD1.id, reminderKey(gig.id), "email") } }))?.sentAt != null);
    await until(async () => (await world.db.queueJob.count({ where: { name: JOB.reminders, state: "completed" } })) === 2);
    const message = await world.db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: notifyOutboxKey(world.users.clientD1.id, reminderKey(gig.id), "email") } });
    expect(message.queuedAt).not.toBeNull();
    expect(await world.db.queueJob.count({ where: { name: JOB.send, key: `outbox:${message.id}`, state: "completed" } })).toBe(1);
    expect(sent.filter((m) => m.id === message.id)).toHaveLength(1);
    expect(sent.find((m) => m.id === message.id)!.to).toBe("maija@example.fi");
  });

  it("a message that cannot be sent is retried and, after the last attempt, is a dead letter", async () => {
    failFor = "nobody@example.fi";
    const message = await world.db.outboxMessage.create({ data: { to: failFor, subject: "Hei", body: "Hei" } });
    // What the sweep does, with no waiting between attempts.
    await queue.enqueue(JOB.send, { messageId: message.id }, { key: `outbox:${message.id}`, retryLimit: 2, retryDelaySeconds: 0 });
    await until(async () => (await world.db.jobDeadLetter.count({ where: { queue: JOB.send } })) === 1);
    const dead = await world.db.jobDeadLetter.findFirstOrThrow({ where: { queue: JOB.send } });
    expect(dead).toMatchObject({ attempts: 3, error: "mailbox full", data: { messageId: message.id } });
    expect(await world.db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ sentAt: null, error: "mailbox full", claimedUntil: null });
    // The outbox sweep does not give it a second job.
    await queue.enqueue(JOB.outbox, {});
    await until(async () => (await world.db.queueJob.count({ where: { name: JOB.outbox, state: "completed" } })) === 1);
    expect(await world.db.queueJob.count({ where: { name: JOB.send, key: `outbox:${message.id}` } })).toBe(1);
  });
});
