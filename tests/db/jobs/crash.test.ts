import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withPgConnection } from "../../../src/server/db/connect";
import { bossQueue } from "../../../src/server/jobs/boss";
import { localQueue } from "../../../src/server/jobs/local";
import { JOB_NAMES } from "../../../src/server/jobs/names";
import { enqueueSend } from "../../../src/server/jobs/registry";
import { ensureBossSchema } from "../../../src/server/jobs/setup";
import type { JobQueue } from "../../../src/server/jobs/types";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { startLoopbackSmtp, type LoopbackSmtp } from "../../support/smtp";

// A crash mid-send loses nothing and sends nothing twice (ADR 008): a worker process is killed
// (SIGKILL) between the queue's claim and the job's completion, another one takes over, and the
// loopback SMTP server (tests/support/smtp.ts) receives the mail exactly once. Needs a
// PostgreSQL server: the embedded database serves one process.

const url = process.env.TEST_DATABASE_URL;
const mails: string[] = [];
let smtp: LoopbackSmtp | undefined;
let smtpPort = 0;

function until(check: () => boolean | Promise<boolean>, ms = 40_000): Promise<void> {
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

describe.skipIf(!url).each(["pg-boss", "local"] as const)("a worker killed mid-job (%s)", (kind) => {
  let tdb: TestDatabase;
  let appSchema = "";
  const bossSchema = `boss_${Math.random().toString(36).slice(2, 10)}`;
  let queue: JobQueue;
  const children: ChildProcess[] = [];

  function worker(crashAt: "beforeClaim" | "afterSent" | "none"): { child: ChildProcess; exited: Promise<NodeJS.Signals | number | null> } {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "crash-worker.ts")], {
      env: { ...process.env, CRASH_URL: url, CRASH_APP_SCHEMA: appSchema, CRASH_BOSS_SCHEMA: bossSchema, CRASH_SMTP_PORT: String(smtpPort), CRASH_AT: crashAt, CRASH_KIND: kind },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));
    return { child, exited };
  }

  beforeAll(async () => {
    if (!smtp) {
      smtp = await startLoopbackSmtp((m) => mails.push(m.data));
      smtpPort = smtp.port;
    }
    tdb = await createTestDatabase();
    appSchema = (await tdb.db.$queryRaw<{ s: string }[]>`SELECT current_schema() AS s`)[0]!.s;
    if (kind === "pg-boss") {
      await withPgConnection(url!, (c) => ensureBossSchema(c, { schema: bossSchema, queues: JOB_NAMES }));
      queue = await bossQueue({ db: tdb.db, url: url!, bossSchema, appSchema, schedule: false });
    } else {
      queue = localQueue(tdb.db);
    }
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    await queue?.stop();
    if (kind === "pg-boss") await withPgConnection(url!, (c) => c.exec(`DROP SCHEMA ${bossSchema} CASCADE`));
    await tdb?.close();
  });

  async function jobState(messageId: string): Promise<string | undefined> {
    if (kind === "local") return (await tdb.db.queueJob.findFirst({ where: { name: "notifications.send", key: `outbox:${messageId}` } }))?.state;
    const rows = await withPgConnection(url!, (c) => c.query<{ state: string }>(`SELECT state::text FROM ${bossSchema}.job WHERE data->>'messageId' = $1`, [messageId]));
    return rows.rows[0]?.state;
  }

  async function sendOneThroughACrash(crashAt: "beforeClaim" | "afterSent", to: string) {
    const message = await tdb.db.outboxMessage.create({ data: { to, subject: "Muistutus", body: `Hei ${to}` } });
    await enqueueSend(queue, message.id, { retryDelaySeconds: 1, expireInSeconds: 2 });
    const first = worker(crashAt);
    expect(await first.exited).toBe("SIGKILL");
    const second = worker("none");
    await until(async () => (await tdb.db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).sentAt !== null);
    // The second worker took the dead one's job over and finished it.
    await until(async () => (await jobState(message.id)) === "completed");
    // Time to send again, were it wrong.
    await new Promise((r) => setTimeout(r, 1500));
    second.child.kill("SIGTERM");
    await second.exited;
    return mails.filter((m) => m.includes(`Hei ${to}`)).length;
  }

  it("killed after the queue gave it the job, before sending: the next worker sends it", async () => {
    expect(await sendOneThroughACrash("beforeClaim", `lost-${kind}@example.fi`)).toBe(1);
  });

  it("killed after sending, before the job was marked done: the next worker does not send again", async () => {
    expect(await sendOneThroughACrash("afterSent", `twice-${kind}@example.fi`)).toBe(1);
  });
});

afterAll(() => smtp?.close());
