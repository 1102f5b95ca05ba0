import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditActions, auditEntityTypes, clientAccessLog, searchAuditLog } from "../../../src/features/audit/queries";
import { decodeCursor, encodeCursor } from "../../../src/features/audit/rules";
import { readClientAudited } from "../../../src/features/clients/queries";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createClient } from "../../support/coordination";
import type { World } from "../../support/world";

// The access log and the admin's search (ADR 073): keyset order, the filters, and that each
// filter is answered through an index, not by reading the table.

let tdb: TestDatabase;
let w: World;
const ROWS = 30_000;
const t0 = Date.parse("2026-06-01T00:00:00Z");

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
  // A log big enough for the planner to prefer an index: 12 common entity types and a rare one,
  // 40 common actions and a rare one, 1,000 actors, 500 clients, two rows a minute (ties on createdAt).
  await tdb.db.$executeRawUnsafe(`
    INSERT INTO "AuditEvent" ("id", "actorUserId", "action", "entityType", "entityId", "clientId", "createdAt")
    SELECT 'bulk' || lpad(i::text, 6, '0'), 'actor' || (i % 1000),
           CASE WHEN i % 1000 = 1 THEN 'rare.x' ELSE 'act' || (i % 40) || '.x' END,
           CASE WHEN i % 1000 = 2 THEN 'Rare' ELSE 'Type' || (i % 12) END, 'e' || i, 'client' || (i % 500),
           timestamptz '2026-06-01 00:00:00+00' + ((i / 2) * interval '1 minute')
    FROM generate_series(1, ${ROWS}) AS i`);
  await tdb.privileged.$executeRawUnsafe(`ANALYZE "AuditEvent"`);
});
afterAll(async () => tdb?.close());

async function plan(sql: string, ...params: unknown[]): Promise<string> {
  const rows = await tdb.db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...params);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

describe("keyset pages", () => {
  it("walks a filter newest first, each row once, ties on createdAt broken by id", async () => {
    const seen: string[] = [];
    let cursor = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof searchAuditLog>> = await searchAuditLog(w.db, { clientId: "client7" }, cursor, 7);
      seen.push(...page.rows.map((r) => r.id));
      for (let i = 1; i < page.rows.length; i++) {
        const [a, b] = [page.rows[i - 1]!, page.rows[i]!];
        expect(a.createdAt.getTime() > b.createdAt.getTime() || (a.createdAt.getTime() === b.createdAt.getTime() && a.id > b.id)).toBe(true);
      }
      cursor = page.next;
      pages++;
    } while (cursor);
    expect(seen).toHaveLength(ROWS / 500);
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(ROWS / 500 / 7));
  });

  it("pages through rows that share one instant", async () => {
    // bulk000002 and bulk000003 share a minute; the instant as the app reads it.
    const at = (await w.db.auditEvent.findUniqueOrThrow({ where: { id: "bulk000002" } })).createdAt;
    const range = { from: at, to: new Date(at.getTime() + 1) };
    const first = await searchAuditLog(w.db, range, null, 1);
    expect(first.rows).toHaveLength(1);
    const second = await searchAuditLog(w.db, range, first.next, 1);
    expect(second.rows).toHaveLength(1);
    expect(second.rows[0]!.createdAt).toEqual(first.rows[0]!.createdAt);
    expect(second.rows[0]!.id < first.rows[0]!.id).toBe(true);
    expect(second.next).toBeNull();
  });

  it("combines person, entity, action and dates", async () => {
    const r = await searchAuditLog(w.db, { actorUserId: "actor10", entityType: "Type10", action: "act10.x", from: new Date(t0 - 86_400_000), to: new Date(t0 + 60 * 86_400_000) }, null, 1000);
    expect(r.rows.length).toBeGreaterThan(0);
    expect(r.rows.every((x) => x.actorUserId === "actor10" && x.entityType === "Type10" && x.action === "act10.x")).toBe(true);
  });

  it("cursors survive the URL and refuse anything else", () => {
    const c = { createdAt: new Date("2026-06-01T12:34:56.789Z"), id: "cm0abc_123" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    expect(decodeCursor("1' OR 1=1")).toBeNull();
    expect(decodeCursor("")).toBeNull();
  });
});

describe("the filter lists", () => {
  it("lists every entity type and action once, sorted", async () => {
    const types = await auditEntityTypes(w.db);
    expect(types).toEqual([...new Set(types)].sort());
    expect(types).toEqual(expect.arrayContaining(["Type0", "Type11"]));
    const actions = await auditActions(w.db);
    expect(actions).toEqual(expect.arrayContaining(["act0.x", "act39.x"]));
  });

  it("jumps through the (entityType, ...) index instead of reading the table", async () => {
    const p = await plan(`WITH RECURSIVE t AS ((SELECT "entityType" FROM "AuditEvent" ORDER BY "entityType" LIMIT 1) UNION ALL
      SELECT (SELECT "entityType" FROM "AuditEvent" WHERE "entityType" > t."entityType" ORDER BY "entityType" LIMIT 1) FROM t WHERE t."entityType" IS NOT NULL)
      SELECT "entityType" FROM t WHERE "entityType" IS NOT NULL LIMIT 200`);
    // Either index that starts with entityType serves it.
    expect(p).toMatch(/Index Only Scan using "AuditEvent_entityType_/);
    expect(p).not.toMatch(/Seq Scan/);
  });
});

describe("every filter uses an index", () => {
  const page = `ORDER BY "createdAt" DESC, "id" DESC LIMIT 51`;
  // A selective value goes through the filter's own index; a common one may be found faster by
  // walking the createdAt index backwards until the page is full, which is an index too.
  it.each([
    ["person", `"actorUserId" = $1`, "actor3", "AuditEvent_actorUserId_createdAt_id_idx"],
    ["action", `"action" = $1`, "rare.x", "AuditEvent_action_createdAt_id_idx"],
    ["entity type", `"entityType" = $1`, "Rare", "AuditEvent_entityType_"],
    ["client", `"clientId" = $1`, "client3", "AuditEvent_clientId_createdAt_idx"],
  ])("by %s", async (_name, where, value, index) => {
    const p = await plan(`SELECT * FROM "AuditEvent" WHERE ${where} ${page}`, value);
    expect(p).toContain(`"${index}`);
    expect(p).not.toMatch(/Seq Scan/);
  });

  it("a common value is still read through an index, never the whole table", async () => {
    const p = await plan(`SELECT * FROM "AuditEvent" WHERE "entityType" = $1 ${page}`, "Type3");
    expect(p).toMatch(/Index/);
    expect(p).not.toMatch(/Seq Scan/);
  });

  it("by date range alone, and the next page after a cursor", async () => {
    const p = await plan(
      `SELECT * FROM "AuditEvent" WHERE "createdAt" >= $1::timestamptz AND "createdAt" < $2::timestamptz AND ("createdAt" < $3::timestamptz OR ("createdAt" = $3::timestamptz AND "id" < $4)) ${page}`,
      "2026-06-01T00:00:00Z",
      "2026-06-02T00:00:00Z",
      "2026-06-01T12:00:00Z",
      "bulk001000",
    );
    expect(p).toContain(`"AuditEvent_createdAt_idx"`);
    expect(p).not.toMatch(/Seq Scan/);
  });
});

describe("the client's page", () => {
  it("shows who read and changed the client's data, newest first, a page at a time", async () => {
    const client = await createClient(w);
    const now = new Date();
    await readClientAudited(w.db, w.personas.staffD1!, client.id, "staff", now);
    await readClientAudited(w.db, w.personas.coordinatorD!, client.id, "coordinator", new Date(now.getTime() + 1000));
    const log = await clientAccessLog(w.db, client.id, null, 1);
    expect(log.rows.map((r) => [r.actorName, r.action, r.details])).toEqual([["Kaisa Koordinaattori", "client.read", { view: "coordinator" }]]);
    const older = await clientAccessLog(w.db, client.id, log.next, 1);
    expect(older.rows.map((r) => r.actorName)).toEqual(["Olli Ohjaaja"]);
    expect(older.next).toBeNull();
  });

  it("logs a page view once; a refresh within two minutes is the same view, a return later is a new one", async () => {
    const client = await createClient(w);
    const t = new Date();
    const count = () => w.db.auditEvent.count({ where: { clientId: client.id, action: "client.read" } });
    await readClientAudited(w.db, w.personas.staffD1!, client.id, "staff", t);
    await readClientAudited(w.db, w.personas.staffD1!, client.id, "staff", new Date(t.getTime() + 30_000));
    expect(await count()).toBe(1);
    await readClientAudited(w.db, w.personas.staffD1!, client.id, "staff", new Date(t.getTime() + 3 * 60_000));
    expect(await count()).toBe(2);
  });
});
