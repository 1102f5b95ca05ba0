import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres, withPgConnection, type OpenDatabase } from "../../../src/server/db/connect";
import { setUpRoles } from "../../../src/server/db/roles";
import { bossQueue } from "../../../src/server/jobs/boss";
import { JOB, JOB_NAMES } from "../../../src/server/jobs/names";
import { ensureBossSchema } from "../../../src/server/jobs/setup";
import type { JobQueue } from "../../../src/server/jobs/types";

// ADR 008 with ADR 057: `npm run db:roles` creates pg-boss's schema and queues for the owner;
// the app role runs pg-boss without migrating it and cannot create its tables itself; the
// owner's `db:migrate` adds a later release's queue, which the app role may use. Server only.
const url = process.env.TEST_DATABASE_URL;
const tag = randomBytes(5).toString("hex");
const schema = `jroles_${tag}`;
const bossSchema = `jboss_${tag}`;
const owner = `test_jowner_${tag}`;
const app = `test_japp_${tag}`;
const password = `pw-${randomBytes(9).toString("hex")}`;

function urlAs(role: string): string {
  const u = new URL(url!);
  u.username = role;
  u.password = password;
  return u.toString();
}

describe.skipIf(!url)("pg-boss under the two roles (PostgreSQL only)", () => {
  let appDb: OpenDatabase;
  let queue: JobQueue | undefined;

  beforeAll(async () => {
    await withPgConnection(
      url!,
      (conn) => setUpRoles(conn, { owner, ownerPassword: password, app, appPassword: password, schema, jobs: { schema: bossSchema, queues: JOB_NAMES } }),
      schema,
    );
    appDb = await openPostgres(urlAs(app), { schema });
  });

  afterAll(async () => {
    await queue?.stop();
    await appDb?.close();
    await withPgConnection(url!, async (conn) => {
      await conn.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await conn.exec(`DROP SCHEMA IF EXISTS "${bossSchema}" CASCADE`);
      for (const role of [app, owner]) {
        const { rows } = await conn.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role]);
        if (rows.length) await conn.exec(`DROP OWNED BY "${role}"; DROP ROLE "${role}"`);
      }
    });
  });

  it("the owner owns pg-boss's schema and tables", async () => {
    const rows = await withPgConnection(url!, (c) =>
      c.query<{ owner: string }>(`SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = $1`, [bossSchema]),
    );
    expect(rows.rows).toEqual([{ owner }]);
  });

  it("the app role runs jobs, but cannot create pg-boss's tables or queues", async () => {
    queue = await bossQueue({ db: appDb.prisma, url: urlAs(app), bossSchema, appSchema: schema, pollingIntervalSeconds: 0.5 });
    const seen: unknown[] = [];
    await queue.work(JOB.throttles, async (data) => void seen.push(data));
    await queue.schedule(JOB.throttles, "17 3 * * *");
    expect(await queue.enqueue(JOB.throttles, { n: 1 }, { key: "once" })).toBeTruthy();
    await new Promise<void>((resolve, reject) => {
      const end = Date.now() + 20_000;
      const tick = () => (seen.length ? resolve() : Date.now() > end ? reject(new Error("timed out")) : setTimeout(tick, 100));
      tick();
    });
    expect(seen).toEqual([{ n: 1 }]);
    await expect(
      withPgConnection(urlAs(app), (c) => c.query(`SELECT ${bossSchema}.create_queue($1, $2)`, ["sneaky", JSON.stringify({ policy: "standard" })])),
    ).rejects.toThrow(/permission denied/);
  });

  it("the owner's db:migrate adds a new release's queue, and the app role may use it", async () => {
    await withPgConnection(urlAs(owner), (c) => ensureBossSchema(c, { schema: bossSchema, queues: [...JOB_NAMES, "later.job"] }));
    expect(await queue!.enqueue("later.job", {})).toBeTruthy();
  });
});
