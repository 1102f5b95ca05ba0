import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateUnit } from "../../../src/features/admin/actions";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { committedTransactions, tableFingerprint, watchChanges, type ChangeWatch } from "../../support/watch";
import { as, type World } from "../../support/world";

// The permission matrix trusts these watches to prove that a denial changed nothing: each must
// catch a write that really committed, and stay quiet for reads and rollbacks.
let tdb: TestDatabase;
let world: World;
const watches: [string, () => Promise<ChangeWatch>][] = [];

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

watches.push(["the watch the matrix uses", () => watchChanges(tdb)], ["the table fingerprint", () => tableFingerprint(tdb.db)]);

async function changedBy(make: () => Promise<ChangeWatch>, fn: () => Promise<unknown>) {
  const watch = await make();
  await watch.start();
  await fn().catch(() => {});
  return watch.changed();
}

describe.each(watches)("%s", (_name, make) => {
  it("catches a committed write", async () => {
    expect(await changedBy(make, () => world.db.unit.update({ where: { id: world.unitD2.id }, data: { phone: `09 ${Date.now()}` } }))).not.toBeNull();
    expect(await changedBy(make, () => world.db.auditEvent.create({ data: { action: "test.write", entityType: "Test", entityId: "x" } }))).not.toBeNull();
  });

  it("catches a write made through a server action", async () => {
    const unit = await world.db.unit.create({ data: { jobcenterId: world.jobcenterR.id, name: "Vahdittava" } });
    const watch = await make();
    await watch.start();
    expect(await as(world, "admin", () => updateUnit({ unitId: unit.id, name: "Vahdittu", active: true }))).toMatchObject({ ok: true });
    expect(await watch.changed()).not.toBeNull();
  });

  it("stays quiet for reads, a denied action and a rolled-back write", async () => {
    expect(await changedBy(make, () => world.db.client.findMany({ include: { workActivityHours: true } }))).toBeNull();
    const denied = await make();
    await denied.start();
    expect(await as(world, "staffD1", () => updateUnit({ unitId: world.unitD1.id, name: "Ei näin", active: true }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    expect(await denied.changed()).toBeNull();
    const rolledBack = () =>
      world.db.$transaction(async (tx) => {
        await tx.unit.update({ where: { id: world.unitD1.id }, data: { name: "Peruttu" } });
        // Locks take a transaction id too; the rollback must still count as no change.
        await tx.$queryRaw`SELECT id FROM "Client" FOR UPDATE`;
        throw new Error("roll back");
      });
    expect(await changedBy(make, rolledBack)).toBeNull();
    expect((await world.db.unit.findUniqueOrThrow({ where: { id: world.unitD1.id } })).name).toBe("Pajala");
  });
});

describe("on PGlite, committed transactions", () => {
  it("also catch a write undone before its commit, which a fingerprint cannot see", async ({ skip }) => {
    if (tdb.kind !== "pglite") skip();
    const undone = () =>
      world.db.$transaction(async (tx) => {
        const u = await tx.unit.create({ data: { jobcenterId: world.jobcenterD.id, name: "Hetken" } });
        await tx.unit.delete({ where: { id: u.id } });
      });
    expect(await changedBy(async () => committedTransactions(tdb.db), undone)).not.toBeNull();
    expect(await changedBy(() => tableFingerprint(tdb.db), undone)).toBeNull();
  });
});
