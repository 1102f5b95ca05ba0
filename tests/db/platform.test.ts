import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInClient, signInStaff } from "../../src/features/auth/mutations";
import { issueSessionToken, loadSessionUser } from "../../src/features/auth/session";
import { applyMigrations, readMigrations } from "../../src/server/db/migrate";
import { createTestWorld, type TestDatabase } from "../support/db";
import { TEST_PASSWORD, TEST_PIN, type World } from "../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

describe("migrations", () => {
  it("records every committed migration the way Prisma Migrate does", async () => {
    const files = await readMigrations();
    const rows = await tdb.db.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    // Migrating is the owner's work: the app role may not create tables (ADR 057).
    const db = tdb.privileged;
    const conn = {
      query: async (sql: string, params?: unknown[]) => ({ rows: (await db.$queryRawUnsafe(sql, ...(params ?? []))) as never[] }),
      exec: (sql: string) => db.$executeRawUnsafe(sql),
    };
    expect(await applyMigrations(conn)).toEqual([]);
  });
});

describe("sign-in", () => {
  it("signs staff in with email and password", async () => {
    const r = await signInStaff(tdb.db, "koordinaattori.d@test.fi", TEST_PASSWORD, "10.0.0.1");
    expect(r.ok).toBe(true);
  });

  it("makes a source wait after five wrong passwords, even for the right one, without locking the account elsewhere", async () => {
    for (let i = 0; i < 4; i++) {
      expect(await signInStaff(tdb.db, "ohjaaja.d1@test.fi", "wrong", "10.0.0.2")).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    }
    expect(await signInStaff(tdb.db, "ohjaaja.d1@test.fi", "wrong", "10.0.0.2")).toEqual({ ok: false, error: "INVALID_CREDENTIALS", retryAfterSeconds: 60 });
    expect(await signInStaff(tdb.db, "ohjaaja.d1@test.fi", TEST_PASSWORD, "10.0.0.2")).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    // Someone else's wrong guesses do not lock the owner out (ADR 050).
    expect((await signInStaff(tdb.db, "ohjaaja.d1@test.fi", TEST_PASSWORD, "10.0.0.3")).ok).toBe(true);
  });

  it("answers the same for an unknown email as for a wrong password", async () => {
    expect(await signInStaff(tdb.db, "nobody@test.fi", "x", "10.0.0.4")).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
  });

  it("signs a client in with username and PIN, and slows PIN guessing from a source", async () => {
    expect((await signInClient(tdb.db, "maija", TEST_PIN, "10.0.0.5")).ok).toBe(true);
    for (let i = 0; i < 5; i++) await signInClient(tdb.db, "pekka", "000000", "10.0.0.6");
    expect(await signInClient(tdb.db, "pekka", TEST_PIN, "10.0.0.6")).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect((await signInClient(tdb.db, "pekka", TEST_PIN, "10.0.0.7")).ok).toBe(true);
  });
});

describe("sessions", () => {
  it("reads roles from the database and ends when the account is deactivated or reset", async () => {
    const token = await issueSessionToken(tdb.db, { id: world.users.staffR1.id, sessionVersion: 0 }, "staff");
    const user = await loadSessionUser(tdb.db, token);
    expect(user?.grants).toEqual([{ role: "UNIT_STAFF", jobcenterId: null, unitId: world.unitR1.id, ordererId: null }]);
    await tdb.db.user.update({ where: { id: world.users.staffR1.id }, data: { sessionVersion: 1 } });
    expect(await loadSessionUser(tdb.db, token)).toBeNull();
    await tdb.db.user.update({ where: { id: world.users.staffR1.id }, data: { sessionVersion: 0, active: false } });
    expect(await loadSessionUser(tdb.db, token)).toBeNull();
    await tdb.db.user.update({ where: { id: world.users.staffR1.id }, data: { active: true } });
  });

  it("ends a staff session after the staff session length, but keeps a client's that is in use", async () => {
    const day = 24 * 3600_000;
    const now = Date.now();
    const staff = await issueSessionToken(tdb.db, { id: world.users.coordinatorD.id, sessionVersion: 0 }, "staff", now - day);
    expect(await loadSessionUser(tdb.db, staff, now)).toBeNull();
    // Signed in a month ago and used every ten days since: still signed in.
    const token = await issueSessionToken(tdb.db, { id: world.users.clientD1.id, sessionVersion: 0 }, "client", now - 30 * day);
    expect(await loadSessionUser(tdb.db, token, now - 20 * day)).not.toBeNull();
    expect(await loadSessionUser(tdb.db, token, now - 10 * day)).not.toBeNull();
    const client = await loadSessionUser(tdb.db, token, now);
    expect(client?.grants).toEqual([{ role: "CLIENT", clientId: world.clientD1.id, unitId: world.unitD1.id }]);
  });
});
