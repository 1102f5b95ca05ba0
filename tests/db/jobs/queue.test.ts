import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPgConnection } from "../../../src/server/db/connect";
import { bossQueue } from "../../../src/server/jobs/boss";
import { enqueueRequestedRetries, requestRetry } from "../../../src/server/jobs/dead-letters";
import { localQueue } from "../../../src/server/jobs/local";
import { ensureBossSchema } from "../../../src/server/jobs/setup";
import type { JobQueue } from "../../../src/server/jobs/types";
import { DeliveryError } from "../../../src/features/notifications/channels";
import { createTestDatabase, type TestDatabase } from "../../support/db";

// One suite, both queues (ADR 008): the in-process queue always, pg-boss when a PostgreSQL
// server is given (TEST_DATABASE_URL). Each test uses its own queue names.

const QUEUES = ["t.once", "t.key", "t.retry", "t.dead", "t.many", "t.permanent"];
const url = process.env.TEST_DATABASE_URL;

function until(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = async () => {
      if (await check()) return resolve();
      if (Date.now() > end) return reject(new Error("timed out waiting"));
      setTimeout(tick, 50);
    };
    void tick();
  });
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Kind {
  name: string;
  make(tdb: TestDatabase): Promise<JobQueue>;
}

const bossSchema = `boss_${Math.random().toString(36).slice(2, 10)}`;
let appSchema = "";
const kinds: Kind[] = [{ name: "local", make: async (tdb) => localQueue(tdb.db, { pollMs: 100 }) }];
if (url) {
  kinds.push({
    name: "pg-boss",
    make: (tdb) => bossQueue({ db: tdb.db, url, bossSchema, appSchema, pollingIntervalSeconds: 0.5, schedule: false }),
  });
}

describe.each(kinds)("job queue: $name", (kind) => {
  let tdb: TestDatabase;
  const open: JobQueue[] = [];
  const make = async () => {
    const q = await kind.make(tdb);
    open.push(q);
    return q;
  };

  beforeAll(async () => {
    tdb = await createTestDatabase();
    if (kind.name === "pg-boss") {
      appSchema = (await tdb.db.$queryRaw<{ s: string }[]>`SELECT current_schema() AS s`)[0]!.s;
      await withPgConnection(url!, (c) => ensureBossSchema(c, { schema: bossSchema, queues: QUEUES }));
    }
  });
  afterAll(async () => {
    for (const q of open) await q.stop();
    if (kind.name === "pg-boss") await withPgConnection(url!, (c) => c.exec(`DROP SCHEMA ${bossSchema} CASCADE`));
    await tdb.close();
  });

  it("runs a job with its data", async () => {
    const q = await make();
    const seen: unknown[] = [];
    await q.work("t.once", async (data) => void seen.push(data));
    const id = await q.enqueue("t.once", { gigId: "g1" });
    expect(id).toBeTruthy();
    await until(() => seen.length === 1);
    expect(seen[0]).toEqual({ gigId: "g1" });
  });

  it("runs a key once, however often it is enqueued", async () => {
    const q = await make();
    const first = await q.enqueue("t.key", { n: 1 }, { key: "reminder:gig:1" });
    const second = await q.enqueue("t.key", { n: 2 }, { key: "reminder:gig:1" });
    expect(second).toBe(first);
    const seen: unknown[] = [];
    await q.work("t.key", async (data) => void seen.push(data));
    await until(() => seen.length === 1);
    // Also after the first one ran.
    expect(await q.enqueue("t.key", { n: 3 }, { key: "reminder:gig:1" })).toBe(first);
    await sleep(1500);
    expect(seen).toEqual([{ n: 1 }]);
  });

  it("retries a failing job with growing delays", async () => {
    const q = await make();
    const at: number[] = [];
    await q.work("t.retry", async (_data, job) => {
      at.push(Date.now());
      expect(job.attempt).toBe(at.length);
      if (at.length < 3) throw new Error("SMTP down");
    });
    await q.enqueue("t.retry", {}, { retryLimit: 3, retryDelaySeconds: 1 });
    await until(() => at.length === 3, 30_000);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(900);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(1800);
    await sleep(800);
    expect(at).toHaveLength(3);
  });

  it("a failure that says it is not retryable is a dead letter at once, without the remaining attempts", async () => {
    const q = await make();
    let tries = 0;
    await q.work("t.permanent", async () => {
      tries++;
      throw new DeliveryError("sms: HTTP 400 invalid number", false, 400);
    });
    const jobId = await q.enqueue("t.permanent", { to: "+358400000400" }, { retryLimit: 3, retryDelaySeconds: 0 });
    await until(async () => (await tdb.db.jobDeadLetter.count({ where: { jobId: jobId! } })) === 1);
    await sleep(1500);
    expect(tries).toBe(1);
    expect(await tdb.db.jobDeadLetter.findFirstOrThrow({ where: { jobId: jobId! } })).toMatchObject({ queue: "t.permanent", attempts: 1, error: "sms: HTTP 400 invalid number" });
  });

  it("writes a dead letter after the last attempt, and staff can run it again", async () => {
    const q = await make();
    let fail = true;
    const runs: string[] = [];
    await q.work<{ to: string }>("t.dead", async (data) => {
      runs.push(data.to);
      if (fail) throw new Error("mailbox full");
    });
    const jobId = await q.enqueue("t.dead", { to: "maija@example.fi" }, { retryLimit: 1, retryDelaySeconds: 0 });
    await until(async () => (await tdb.db.jobDeadLetter.count({ where: { jobId: jobId! } })) === 1);
    const dead = await tdb.db.jobDeadLetter.findFirstOrThrow({ where: { jobId: jobId! } });
    expect(dead).toMatchObject({ queue: "t.dead", attempts: 2, error: "mailbox full", data: { to: "maija@example.fi" }, retriedAt: null });
    expect(runs).toHaveLength(2);

    fail = false;
    expect(await requestRetry(tdb.db, dead.id, new Date())).toEqual({ ok: true });
    expect(await requestRetry(tdb.db, dead.id, new Date())).toEqual({ ok: false, reason: "alreadyRetried" });
    expect(await enqueueRequestedRetries(tdb.db, q)).toBe(1);
    expect(await enqueueRequestedRetries(tdb.db, q)).toBe(0);
    await until(() => runs.length === 3);
    const after = await tdb.db.jobDeadLetter.findUniqueOrThrow({ where: { id: dead.id } });
    expect(after.retriedAt).not.toBeNull();
    expect(after.retryJobId).toBeTruthy();
    await sleep(800);
    expect(runs).toHaveLength(3);
  });

  it("two workers on one database handle each of N jobs exactly once", async () => {
    const a = await make();
    const b = await make();
    const N = 40;
    const handled = new Map<number, string[]>();
    const handler = (who: string) => async (data: { i: number }) => {
      handled.set(data.i, [...(handled.get(data.i) ?? []), who]);
      await sleep(5);
    };
    for (let i = 0; i < N; i++) await a.enqueue("t.many", { i });
    await a.work("t.many", handler("a"));
    await b.work("t.many", handler("b"));
    await until(() => handled.size === N, 40_000);
    await sleep(1000);
    expect([...handled.values()].every((w) => w.length === 1)).toBe(true);
    expect(handled.size).toBe(N);
  });
});

describe("local queue schedules", () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(() => tdb.close());

  it("enqueues each cron slot once, even with two instances", async () => {
    const a = localQueue(tdb.db, { pollMs: 100 });
    const b = localQueue(tdb.db, { pollMs: 100 });
    const runs: string[] = [];
    await a.work("t.cron", async (_d, job) => void runs.push(job.jobId));
    await Promise.all([a.schedule("t.cron", "0 * * * *"), b.schedule("t.cron", "0 * * * *")]);
    await until(() => runs.length === 1);
    await sleep(1500);
    await a.stop();
    await b.stop();
    expect(runs).toHaveLength(1);
    const jobs = await tdb.db.queueJob.findMany({ where: { name: "t.cron" } });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.key).toMatch(/^cron:\d{4}-\d\d-\d\dT\d\d:00:00.000Z$/);
  });
});

describe("local queue clean-up", () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(() => tdb.close());

  it("forgets week-old finished cron and unkeyed jobs, and keeps keyed ones so their keys hold", async () => {
    const old = new Date(Date.now() - 8 * 24 * 3_600_000);
    const row = (key: string | null, state = "completed") => ({ id: crypto.randomUUID(), name: "t.clean", data: {}, key, state, completedAt: old });
    await tdb.db.queueJob.createMany({ data: [row(null), row("cron:2026-11-01T00:00:00.000Z"), row("outbox:m1"), row(null, "failed")] });
    const q = localQueue(tdb.db, { pollMs: 100 });
    await q.schedule("t.clean-tick", "0 0 1 1 *");
    await until(async () => (await tdb.db.queueJob.count({ where: { name: "t.clean" } })) === 2);
    await q.stop();
    const left = await tdb.db.queueJob.findMany({ where: { name: "t.clean" }, select: { key: true, state: true } });
    expect(left).toEqual(expect.arrayContaining([{ key: "outbox:m1", state: "completed" }, { key: null, state: "failed" }]));
  });
});
