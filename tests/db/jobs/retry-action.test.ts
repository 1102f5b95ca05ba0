import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retryJob } from "../../../src/features/jobs/actions";
import { listDeadLetters, DEAD_LETTER_PAGE } from "../../../src/features/jobs/queries";
import { deadLetterCursorSchema } from "../../../src/features/jobs/schema";
import { enqueueRequestedRetries } from "../../../src/server/jobs/dead-letters";
import { localQueue } from "../../../src/server/jobs/local";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;
beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const dead = (i: number, failedAt: Date) =>
  world.db.jobDeadLetter.create({ data: { queue: "notifications.send", jobId: `job-${i}`, data: { messageId: `m${i}` }, error: "mailbox full", attempts: 9, failedAt } });

describe("dead letters at /admin/jobs", () => {
  it("an admin runs a dead job again once: the retries job enqueues it with its data", async () => {
    const row = await dead(1000, new Date());
    expect(await as(world, "admin", () => retryJob({ deadLetterId: row.id }))).toEqual({ ok: true, data: { retried: true } });
    expect(await as(world, "admin", () => retryJob({ deadLetterId: row.id }))).toMatchObject({ ok: false, error: "RULE_VIOLATION", rule: "JOB_ALREADY_RETRIED" });
    expect(await world.db.auditEvent.count({ where: { action: "job.retry", entityId: row.id } })).toBe(1);

    const queue = localQueue(world.db);
    expect(await enqueueRequestedRetries(world.db, queue)).toBe(1);
    const after = await world.db.jobDeadLetter.findUniqueOrThrow({ where: { id: row.id } });
    const job = await world.db.queueJob.findUniqueOrThrow({ where: { id: after.retryJobId! } });
    expect(job).toMatchObject({ name: "notifications.send", data: { messageId: "m1000" }, key: `retry:${row.id}`, state: "created" });
    await queue.stop();
  });

  it("lists dead letters newest first, a page at a time", async () => {
    await world.db.jobDeadLetter.deleteMany();
    const base = Date.UTC(2026, 11, 1);
    // Two share a failure time: the id breaks the tie, so no row is skipped or shown twice.
    for (let i = 0; i < DEAD_LETTER_PAGE + 5; i++) await dead(i, new Date(base + Math.floor(i / 2) * 60_000));
    const first = await listDeadLetters(world.db);
    expect(first.rows).toHaveLength(DEAD_LETTER_PAGE);
    expect(first.next).not.toBeNull();
    const second = await listDeadLetters(world.db, deadLetterCursorSchema.parse(first.next));
    expect(second.rows).toHaveLength(5);
    expect(second.next).toBeNull();
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(DEAD_LETTER_PAGE + 5);
    const times = [...first.rows, ...second.rows].map((r) => r.failedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});
