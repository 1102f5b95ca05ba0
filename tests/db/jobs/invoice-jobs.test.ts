import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { helsinkiInstant } from "../../../src/lib/dates";
import { withPgConnection } from "../../../src/server/db/connect";
import { bossQueue } from "../../../src/server/jobs/boss";
import { localQueue } from "../../../src/server/jobs/local";
import { JOB, JOB_NAMES, SCHEDULES } from "../../../src/server/jobs/names";
import { enqueueMonthlyInvoicing, registerJobs } from "../../../src/server/jobs/registry";
import { ensureBossSchema } from "../../../src/server/jobs/setup";
import type { JobQueue } from "../../../src/server/jobs/types";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { billableOrder, withSellerDetails } from "../../support/invoicing";
import type { World } from "../../support/world";

// The month's invoice run on the queue (ADR 008): a fan-out on the 1st gives each Jobcenter whose
// automatic run is on one job keyed `invoices:<jobcenterId>:<YYYY-MM>`; the job runs the same
// `runInvoicing` as the coordinator's button, as nobody (the schedule), and bills the month once
// however often it runs; a failure is a dead letter. On both queues (pg-boss with TEST_DATABASE_URL).

const url = process.env.TEST_DATABASE_URL;

function until(check: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
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

const kinds = [{ name: "local" }, ...(url ? [{ name: "pg-boss" }] : [])];

it("the schedule: 06:00 Helsinki on the 1st", () => {
  expect(SCHEDULES[JOB.invoicesMonthly]).toBe("0 6 1 * *");
  expect(SCHEDULES[JOB.invoicesJobcenter]).toBeUndefined();
});

describe.each(kinds)("the monthly invoice run on $name", (kind) => {
  let tdb: TestDatabase;
  let world: World;
  let queue: JobQueue;
  const bossSchema = `boss_inv_${Math.random().toString(36).slice(2, 10)}`;

  beforeAll(async () => {
    ({ tdb, world } = await createTestWorld());
    if (kind.name === "pg-boss") {
      const appSchema = (await tdb.db.$queryRaw<{ s: string }[]>`SELECT current_schema() AS s`)[0]!.s;
      await withPgConnection(url!, (c) => ensureBossSchema(c, { schema: bossSchema, queues: JOB_NAMES }));
      queue = await bossQueue({ db: tdb.db, url: url!, bossSchema, appSchema, pollingIntervalSeconds: 0.5, schedule: false });
    } else {
      queue = localQueue(tdb.db, { pollMs: 100 });
    }
    await registerJobs(queue, { db: world.db, channels: [] }, { schedules: false });
  });
  afterAll(async () => {
    await queue?.stop();
    if (kind.name === "pg-boss") await withPgConnection(url!, (c) => c.exec(`DROP SCHEMA ${bossSchema} CASCADE`));
    await tdb?.close();
  });

  it("bills October once for the Jobcenter that turned it on, as the schedule, whatever runs again", async () => {
    await withSellerDetails(world, "D");
    await world.db.jobcenter.update({ where: { id: world.jobcenterD.id }, data: { autoInvoicing: true } });
    const { order } = await billableOrder(world, { days: [{ day: "2026-10-14", minutes: 180 }] });
    const firstOfNovember = helsinkiInstant("2026-11-01", "06:00");

    // the cron fires, and fires again (a second instance, a missed slot at start-up)
    expect(await enqueueMonthlyInvoicing(queue, world.db, firstOfNovember)).toBe(1);
    expect(await enqueueMonthlyInvoicing(queue, world.db, firstOfNovember)).toBe(1);
    await until(async () => (await world.db.invoiceRun.count({ where: { jobcenterId: world.jobcenterD.id, periodKey: "2026-10" } })) === 1);
    const run = await world.db.invoiceRun.findFirstOrThrow({ where: { jobcenterId: world.jobcenterD.id, periodKey: "2026-10" }, include: { invoices: { include: { lines: true } } } });
    expect(run.byUserId).toBeNull();
    expect(run.invoices).toHaveLength(1);
    expect(run.invoices[0]!.lines.map((l) => l.orderId)).toEqual([order.id]);
    await until(async () => (await world.db.auditEvent.count({ where: { action: "invoice.run.scheduled", entityId: run.id } })) === 1);
    expect(await world.db.auditEvent.findFirstOrThrow({ where: { action: "invoice.run.scheduled", entityId: run.id } })).toMatchObject({ actorUserId: null, details: { periodKey: "2026-10", invoices: 1 } });

    // a retried job (here: the same data under another key, as /admin/jobs' retry enqueues it) bills nothing more
    await queue.enqueue(JOB.invoicesJobcenter, { jobcenterId: world.jobcenterD.id, month: "2026-10" }, { key: "retry:test" });
    await new Promise((r) => setTimeout(r, 3000));
    expect(await world.db.invoiceRun.count({ where: { jobcenterId: world.jobcenterD.id, periodKey: "2026-10" } })).toBe(1);
    expect(await world.db.invoice.count({ where: { runId: run.id } })).toBe(1);
    expect(await world.db.invoiceLine.count({ where: { orderId: order.id } })).toBe(1);
    expect(await world.db.jobDeadLetter.count({ where: { queue: JOB.invoicesJobcenter } })).toBe(0);
  });

  it("a Jobcenter with the run off gets no job; one that cannot be billed ends as a dead letter", async () => {
    // R is off: nothing for it
    await world.db.jobcenter.update({ where: { id: world.jobcenterD.id }, data: { autoInvoicing: false } });
    expect(await enqueueMonthlyInvoicing(queue, world.db, helsinkiInstant("2026-12-01", "06:00"))).toBe(0);

    // R turned on without its seller details: the run refuses, nothing is billed, staff see it at /admin/jobs
    await world.db.jobcenter.update({ where: { id: world.jobcenterR.id }, data: { autoInvoicing: true, businessId: null, iban: null } });
    await billableOrder(world, { jobcenter: "R", days: [{ day: "2026-11-03", minutes: 120 }] });
    const jobId = await queue.enqueue(JOB.invoicesJobcenter, { jobcenterId: world.jobcenterR.id, month: "2026-11" }, { key: `invoices:${world.jobcenterR.id}:2026-11:test`, retryLimit: 0 });
    await until(async () => (await world.db.jobDeadLetter.count({ where: { jobId: jobId! } })) === 1);
    const dead = await world.db.jobDeadLetter.findFirstOrThrow({ where: { jobId: jobId! } });
    expect(dead).toMatchObject({ queue: JOB.invoicesJobcenter, data: { jobcenterId: world.jobcenterR.id, month: "2026-11" } });
    expect(await world.db.invoiceRun.count({ where: { jobcenterId: world.jobcenterR.id } })).toBe(0);
  });
});
