import { afterEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../../src/generated/prisma/client";
import { createOrder } from "../../support/coordination";
import { createTestDatabase, createTestWorld, type TestDatabase } from "../../support/db";
import { createWorld, personaNames, type World } from "../../support/world";

// Database tests start from the world the global setup built once (tests/support/world-snapshot.ts),
// and a database handed back by one file is reset for the next. Both must be the world that
// createWorld builds, so that no test depends on which way it got there.
// Each database goes back to the pool as soon as a test is done with it, so the next test
// reuses it (as the next file would) instead of loading another.
const opened: TestDatabase[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.close();
});

async function counts(db: PrismaClient): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ t: string }[]>`
    SELECT tablename AS t FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`;
  const out: Record<string, number> = {};
  for (const { t } of tables) out[t] = Number((await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${t}"`))[0]!.n);
  return out;
}

/** The world's rows by what they are, not by their ids. */
async function content(db: PrismaClient) {
  return {
    jobcenters: await db.jobcenter.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true, kind: true, contractModels: true } }),
    units: await db.unit.findMany({ orderBy: { name: "asc" }, select: { name: true, jobcenter: { select: { slug: true } } } }),
    users: await db.user.findMany({ orderBy: [{ name: "asc" }], select: { name: true, email: true, clientUsername: true, memberships: { select: { role: true } } } }),
    clients: await db.client.findMany({ orderBy: { firstName: "asc" }, select: { firstName: true, readiness: true, benefits: true, workActivityHours: { orderBy: { weekday: "asc" }, select: { weekday: true, startMinute: true } } } }),
  };
}

/** Every id the world names is a row of its database, and each persona is its user. */
async function idsHold(world: World) {
  const { db } = world;
  for (const k of ["jobcenterD", "jobcenterR"] as const) expect(await db.jobcenter.count({ where: { id: world[k].id } })).toBe(1);
  for (const k of ["unitD1", "unitD2", "unitR1", "unitR2"] as const) expect(await db.unit.count({ where: { id: world[k].id } })).toBe(1);
  for (const k of ["ordererX", "ordererY"] as const) expect(await db.orderer.count({ where: { id: world[k].id } })).toBe(1);
  for (const k of ["clientD1", "clientD2", "clientR1"] as const) expect(await db.client.count({ where: { id: world[k].id } })).toBe(1);
  for (const [name, u] of Object.entries(world.users)) {
    expect(await db.user.count({ where: { id: u.id } }), name).toBe(1);
    expect(world.personas[name as keyof World["personas"]]?.userId).toBe(u.id);
  }
  expect(Object.keys(world.personas).sort()).toEqual([...personaNames].sort());
}

describe("the test world", () => {
  // Loads a second database and builds the world on it from nothing: slow on a loaded machine.
  it("from the snapshot equals a freshly built one", { timeout: 180_000 }, async () => {
    const { tdb, world } = await createTestWorld();
    opened.push(tdb);
    const fresh = await createTestDatabase();
    opened.push(fresh);
    const built = await createWorld(fresh.db);
    await idsHold(world);
    await idsHold(built);
    expect(await counts(world.db)).toEqual(await counts(built.db));
    expect(await content(world.db)).toEqual(await content(built.db));
    // The personas' grants name the same places in both worlds.
    const ids = (w: World) => JSON.stringify(w.personas).replaceAll(/"[a-z0-9]{20,}"/g, "id");
    expect(ids(world)).toEqual(ids(built));
    // Sequences too: the next order gets the same number in both.
    expect((await createOrder(world)).number).toBe((await createOrder(built)).number);
  });

  it("is the world again in a database another file used and handed back", async () => {
    const first = await createTestWorld();
    const expected = await counts(first.world.db);
    await createOrder(first.world);
    await first.world.db.unit.update({ where: { id: first.world.unitD1.id }, data: { name: "Muutettu" } });
    await first.world.db.jobcenter.create({ data: { slug: "ylimaarainen", name: "Ylimääräinen", kind: "DISABILITY_WORK_ACTIVITY" } });
    const number = (await createOrder(first.world)).number;
    await first.tdb.close();

    const again = await createTestWorld();
    opened.push(again.tdb);
    if (again.tdb.kind === "pglite") expect(again.tdb.db).toBe(first.tdb.db); // reused, not loaded anew
    await idsHold(again.world);
    expect(await counts(again.world.db)).toEqual(expected);
    expect((await again.world.db.unit.findUniqueOrThrow({ where: { id: again.world.unitD1.id } })).name).toBe("Pajala");
    expect((await createOrder(again.world)).number).toBe(number - 1);
  });

  it("is empty, apart from the migrations, when a file asks for an empty database", async () => {
    const empty = await createTestDatabase();
    opened.push(empty);
    expect(Object.values(await counts(empty.db)).every((n) => n === 0)).toBe(true);
  });
});
