import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../../src/features/audit/mutations";
import { openPglite, PGLITE_ROLES, type OpenDatabase } from "../../../src/server/db/connect";
import { applyMigrations, type SqlConnection } from "../../../src/server/db/migrate";

// ADR 057: the embedded database does at start what `npm run db:roles` does on a server, as far
// as one superuser session can: the app's Prisma client works as the app role.
let dir: string;
let open: OpenDatabase;

beforeAll(async () => {
  // A data directory migrated before the roles existed, as every embedded database until now.
  dir = await mkdtemp(path.join(os.tmpdir(), "tasmatyo-roles-"));
  const old = new PGlite(path.join(dir, "pglite"));
  await applyMigrations(old as unknown as SqlConnection);
  await old.exec(`INSERT INTO "AuditEvent" (id, action, "entityType") VALUES ('old', 'client.read', 'Client')`);
  await old.close();
  open = await openPglite(path.join(dir, "pglite"));
});
afterAll(async () => {
  await open?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the embedded database at start", () => {
  it("works as the app role, and the owner role has taken over the older tables", async () => {
    const [me] = await open.prisma.$queryRaw<{ user: string; super: boolean }[]>`
      SELECT current_user AS user, rolsuper AS super FROM pg_roles WHERE rolname = current_user`;
    expect(me).toEqual({ user: PGLITE_ROLES.app, super: false });
    const owners = await open.prisma.$queryRaw<{ owner: string }[]>`
      SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = 'public'`;
    expect(owners).toEqual([{ owner: PGLITE_ROLES.owner }]);
  });

  it("adds audit rows but cannot change them, and cannot drop or create tables", async () => {
    await recordAudit(open.prisma, { actorUserId: null, action: "user.deactivate", entityType: "User", entityId: "u1" });
    expect(await open.prisma.auditEvent.count()).toBe(2);
    await expect(open.prisma.auditEvent.updateMany({ data: { action: "rewritten" } })).rejects.toThrow(/permission denied/);
    await expect(open.prisma.auditEvent.deleteMany({})).rejects.toThrow(/permission denied/);
    await expect(open.prisma.$executeRawUnsafe(`DROP TABLE "Gig" CASCADE`)).rejects.toThrow(/must be owner/);
    await expect(open.prisma.$executeRawUnsafe(`CREATE TABLE "Sneaky" (id int)`)).rejects.toThrow(/permission denied for schema/);
  });

  it("reads and writes the other tables as before", async () => {
    const jc = await open.prisma.jobcenter.create({ data: { slug: "x", name: "X", kind: "DISABILITY_WORK_ACTIVITY", contractModels: ["COMMISSION"] } });
    await open.prisma.jobcenter.update({ where: { id: jc.id }, data: { name: "Y" } });
    await open.prisma.jobcenter.delete({ where: { id: jc.id } });
    expect(await open.prisma.jobcenter.count()).toBe(0);
  });
});
