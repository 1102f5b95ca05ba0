import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../../src/features/audit/mutations";
import { createTestDatabase, type TestDatabase } from "../../support/db";

// ADR 057: the audit log is append-only in the database itself, so no code path of the app
// (nor a mistaken query by hand) can rewrite history. These run on PGlite by default and on the
// PostgreSQL server with TEST_DATABASE_URL, through the same Prisma client the app uses.
let tdb: TestDatabase;
let rowId: string;

beforeAll(async () => {
  tdb = await createTestDatabase();
  await recordAudit(tdb.db, { actorUserId: null, action: "client.read", entityType: "Client", entityId: "c1", clientId: "c1" });
  rowId = (await tdb.db.auditEvent.findFirstOrThrow({ where: { entityId: "c1" } })).id;
});
afterAll(async () => tdb?.close());

const refused = /AuditEvent is append-only/;
// Run as the app role (CI's second PostgreSQL pass), the grants refuse before the trigger does.
const refusedForApp = () => (tdb.asAppRole ? /permission denied for table "?AuditEvent"?/ : refused);

describe("audit rows cannot be changed or removed", () => {
  it("still takes new rows", async () => {
    await recordAudit(tdb.db, { actorUserId: null, action: "user.deactivate", entityType: "User", entityId: "u1" });
    expect(await tdb.db.auditEvent.count()).toBe(2);
  });

  it("refuses UPDATE through Prisma and through raw SQL", async () => {
    await expect(tdb.db.auditEvent.update({ where: { id: rowId }, data: { action: "client.update" } })).rejects.toThrow(refusedForApp());
    await expect(tdb.db.auditEvent.updateMany({ data: { clientId: null } })).rejects.toThrow(refusedForApp());
    await expect(tdb.db.$executeRaw`UPDATE "AuditEvent" SET "details" = '{}'::jsonb`).rejects.toThrow(refusedForApp());
    expect((await tdb.db.auditEvent.findUniqueOrThrow({ where: { id: rowId } })).action).toBe("client.read");
  });

  it("refuses DELETE and TRUNCATE", async () => {
    await expect(tdb.db.auditEvent.delete({ where: { id: rowId } })).rejects.toThrow(refusedForApp());
    await expect(tdb.db.auditEvent.deleteMany({})).rejects.toThrow(refusedForApp());
    await expect(tdb.db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(refusedForApp());
    expect(await tdb.db.auditEvent.count()).toBe(2);
  });

  it("refuses them through the trigger even with every right on the table (owner, superuser)", async () => {
    await expect(tdb.privileged.auditEvent.updateMany({ data: { clientId: null } })).rejects.toThrow(refused);
    await expect(tdb.privileged.auditEvent.deleteMany({})).rejects.toThrow(refused);
    await expect(tdb.privileged.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(refused);
    expect(await tdb.db.auditEvent.count()).toBe(2);
  });

  it("lets a transaction that sets tasmatyo.allow_audit_erase delete rows (erasure, issue 13), and only that transaction", async () => {
    await recordAudit(tdb.db, { actorUserId: null, action: "client.update", entityType: "Client", entityId: "gone", clientId: "gone" });
    // On a server the app role has no DELETE on audit rows at all: erasing runs with the
    // owner's rights (ADR 057), as `privileged` does here.
    const erased = await tdb.privileged.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('tasmatyo.allow_audit_erase', 'on', true)`;
      return tx.auditEvent.deleteMany({ where: { clientId: "gone" } });
    });
    expect(erased.count).toBe(1);
    expect(await tdb.db.auditEvent.count({ where: { clientId: "gone" } })).toBe(0);
    // SET LOCAL ends with its transaction: the next statement is refused again.
    await expect(tdb.privileged.auditEvent.deleteMany({})).rejects.toThrow(refused);
  });

  it("refuses UPDATE even with the erase setting: a row is kept as written or removed", async () => {
    await expect(
      tdb.privileged.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('tasmatyo.allow_audit_erase', 'on', true)`;
        return tx.auditEvent.updateMany({ data: { clientId: null } });
      }),
    ).rejects.toThrow(refused);
  });
});
