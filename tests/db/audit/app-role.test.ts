import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUserActive } from "../../../src/features/admin/actions";
import { recordAudit } from "../../../src/features/audit/mutations";
import { signInStaff } from "../../../src/features/auth/mutations";
import { openPostgres, withPgConnection, type OpenDatabase } from "../../../src/server/db/connect";
import { setUpRoles } from "../../../src/server/db/roles";
import { as, createWorld, type World } from "../../support/world";

// ADR 057: what `npm run db:roles` sets up on a PostgreSQL server. PGlite has one superuser
// session and no sign-in of its own, so this runs only with TEST_DATABASE_URL (as CI does).
// Roles are global to the server: the names are random and dropped again at the end.
const url = process.env.TEST_DATABASE_URL;
const tag = randomBytes(5).toString("hex");
const schema = `roles_${tag}`;
const owner = `test_owner_${tag}`;
const app = `test_app_${tag}`;
const password = `pw-${randomBytes(9).toString("hex")}`;

function urlAs(role: string): string {
  const u = new URL(url!);
  u.username = role;
  u.password = password;
  return u.toString();
}

describe.skipIf(!url)("the app's database role (PostgreSQL only)", () => {
  let appDb: OpenDatabase;
  let ownerDb: OpenDatabase;
  let w: World;

  beforeAll(async () => {
    await withPgConnection(
      url!,
      (conn) => setUpRoles(conn, { owner, ownerPassword: password, app, appPassword: password, schema }),
      schema,
    );
    appDb = await openPostgres(urlAs(app), { schema });
    ownerDb = await openPostgres(urlAs(owner), { schema });
    w = await createWorld(appDb.prisma);
  });

  afterAll(async () => {
    await appDb?.close();
    await ownerDb?.close();
    await withPgConnection(url!, async (conn) => {
      await conn.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      for (const role of [app, owner]) {
        const { rows } = await conn.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role]);
        if (rows.length) await conn.exec(`DROP OWNED BY "${role}"; DROP ROLE "${role}"`);
      }
    });
  });

  it("is not a superuser and the tables belong to the owner, who migrated them", async () => {
    const [me] = await appDb.prisma.$queryRaw<{ super: boolean; createrole: boolean; createdb: boolean }[]>`
      SELECT rolsuper AS super, rolcreaterole AS createrole, rolcreatedb AS createdb FROM pg_roles WHERE rolname = current_user`;
    expect(me).toEqual({ super: false, createrole: false, createdb: false });
    const owners = await appDb.prisma.$queryRaw<{ owner: string }[]>`
      SELECT DISTINCT tableowner AS owner FROM pg_tables WHERE schemaname = current_schema()`;
    expect(owners).toEqual([{ owner }]);
  });

  it("does the app's normal work: creates rows, signs people in, runs an action that writes an audit row", async () => {
    expect(w.users.admin.id).toBeTruthy();
    expect(await signInStaff(appDb.prisma, "ohjaaja.d1@test.fi", "wrong", "10.9.0.1")).toMatchObject({ ok: false });
    const r = await as(w, "admin", () => setUserActive({ userId: w.users.staffD1.id, active: false }));
    expect(r.ok).toBe(true);
    expect(await appDb.prisma.auditEvent.count({ where: { entityId: w.users.staffD1.id } })).toBeGreaterThan(0);
    await recordAudit(appDb.prisma, { actorUserId: null, action: "client.read", entityType: "Client", entityId: "x", clientId: "x" });
  });

  it("cannot UPDATE or DELETE audit rows, even when it claims to be erasing", async () => {
    const denied = /permission denied for table "?AuditEvent"?/;
    await expect(appDb.prisma.auditEvent.updateMany({ data: { action: "rewritten" } })).rejects.toThrow(denied);
    await expect(appDb.prisma.auditEvent.deleteMany({})).rejects.toThrow(denied);
    await expect(
      appDb.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('tasmatyo.allow_audit_erase', 'on', true)`;
        return tx.auditEvent.deleteMany({});
      }),
    ).rejects.toThrow(denied);
    await expect(appDb.prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(denied);
  });

  it("cannot drop or alter a table, switch the audit trigger off, create a table or touch the migration history", async () => {
    await expect(appDb.prisma.$executeRawUnsafe(`DROP TABLE "AuditEvent"`)).rejects.toThrow(/must be owner/);
    await expect(appDb.prisma.$executeRawUnsafe(`DROP TABLE "Gig" CASCADE`)).rejects.toThrow(/must be owner/);
    await expect(appDb.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
    await expect(appDb.prisma.$executeRawUnsafe(`CREATE TABLE "Sneaky" (id int)`)).rejects.toThrow(/permission denied for schema/);
    await expect(appDb.prisma.$executeRawUnsafe(`DELETE FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
    expect(await appDb.prisma.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM "_prisma_migrations" LIMIT 1`)).toHaveLength(1);
  });

  it("leaves the owner bound by the trigger too, and running the set-up again changes nothing", async () => {
    await expect(ownerDb.prisma.auditEvent.deleteMany({})).rejects.toThrow(/AuditEvent is append-only/);
    await withPgConnection(
      url!,
      (conn) => setUpRoles(conn, { owner, app, schema }),
      schema,
    );
    await expect(appDb.prisma.auditEvent.updateMany({ data: { action: "rewritten" } })).rejects.toThrow(/permission denied/);
    expect(await appDb.prisma.client.count()).toBeGreaterThan(0);
  });
});
