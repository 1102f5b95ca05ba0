import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import { signOutEverywhere } from "../../../src/features/auth/actions";
import { authOptions } from "../../../src/features/auth/options";
import { issueSessionToken, loadSessionUser, type SessionToken } from "../../../src/features/auth/session";
import { createTestDatabase, type TestDatabase } from "../../support/db";
import { as, createWorld, personaNames, type World } from "../../support/world";

// next-auth's callbacks open the app's database through getDb(): point it at this file's.
const holder = vi.hoisted(() => ({ db: null as unknown }));
vi.mock("../../../src/server/db", async (original) => ({
  ...(await original<typeof import("../../../src/server/db")>()),
  getDb: async () => holder.db,
}));

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  tdb = await createTestDatabase();
  world = await createWorld(tdb.db);
  holder.db = tdb.db;
});
afterAll(async () => tdb?.close());

const hour = 3_600_000;
const day = 24 * hour;

/** What next-auth does on a successful sign-in: the jwt callback builds the cookie's token. */
async function signIn(userId: string, kind: "staff" | "client"): Promise<SessionToken> {
  const jwt = authOptions.callbacks!.jwt!;
  const token = await jwt({ token: {} as JWT, user: { id: userId, name: "x", sv: 0, kind } as never, account: null });
  return token as unknown as SessionToken;
}

/** What next-auth's POST /api/auth/signout does with the cookie's decoded token. */
async function signOut(token: SessionToken) {
  await authOptions.events!.signOut!({ token: token as unknown as JWT, session: null as never });
}

describe("signing out", () => {
  it("ends the session on the server: the same token replayed afterwards is refused", async () => {
    const token = await signIn(world.users.ordererX.id, "staff");
    expect(token.sid).toBeTruthy();
    expect((await loadSessionUser(tdb.db, token))?.userId).toBe(world.users.ordererX.id);
    await signOut(token);
    expect(await loadSessionUser(tdb.db, token)).toBeNull();
    const row = await tdb.db.authSession.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(row.endedAt).not.toBeNull();
  });

  it("ends only this device's session: the same person's phone stays signed in", async () => {
    const laptop = await signIn(world.users.clientD1.id, "client");
    const phone = await signIn(world.users.clientD1.id, "client");
    await signOut(laptop);
    expect(await loadSessionUser(tdb.db, laptop)).toBeNull();
    expect((await loadSessionUser(tdb.db, phone))?.clientId).toBe(world.clientD1.id);
  });

  it("refuses a token without a stored session (one issued before sessions were stored)", async () => {
    const old = { uid: world.users.staffD1.id, sv: 0, kind: "staff" as const, at: Date.now() };
    expect(await loadSessionUser(tdb.db, old)).toBeNull();
    expect(await loadSessionUser(tdb.db, { ...old, sid: "no-such-session" })).toBeNull();
  });

  it("refuses one person's session id inside another person's token", async () => {
    const mine = await signIn(world.users.staffD1.id, "staff");
    expect(await loadSessionUser(tdb.db, { ...mine, uid: world.users.staffR1.id })).toBeNull();
  });
});

describe("signing out everywhere", () => {
  it("ends every session of the person, and nobody else's, for every role", async () => {
    for (const persona of personaNames.filter((p) => p !== "anonymous")) {
      const userId = world.personas[persona]!.userId;
      const kind = persona.startsWith("client") ? "client" : "staff";
      const a = await signIn(userId, kind);
      const b = await signIn(userId, kind);
      const someoneElse = await signIn(persona === "admin" ? world.users.staffD1.id : world.users.admin.id, "staff");
      const r = await as(world, persona, () => signOutEverywhere({}));
      expect(r.ok, persona).toBe(true);
      if (r.ok) expect(r.data.ended, persona).toBeGreaterThanOrEqual(2);
      expect(await loadSessionUser(tdb.db, a), persona).toBeNull();
      expect(await loadSessionUser(tdb.db, b), persona).toBeNull();
      expect(await loadSessionUser(tdb.db, someoneElse), persona).not.toBeNull();
    }
    expect(await tdb.db.auditEvent.count({ where: { action: "auth.signOutEverywhere" } })).toBe(personaNames.length - 1);
  });

  it("needs a signed-in person", async () => {
    expect(await as(world, "anonymous", () => signOutEverywhere({}))).toEqual({ ok: false, error: "UNAUTHENTICATED" });
  });
});

describe("how long sessions last (CLIENT_SESSION_IDLE_DAYS = 14, STAFF_SESSION_HOURS = 12 by default)", () => {
  const t0 = Date.UTC(2026, 11, 1, 8);

  it("keeps a client's session while it is used and ends it after 14 idle days", async () => {
    const token = await issueSessionToken(tdb.db, { id: world.users.clientR1.id, sessionVersion: 0 }, "client", t0);
    // Used every 13 days for three months: never idle for long enough.
    let now = t0;
    for (let i = 0; i < 7; i++) {
      now += 13 * day;
      expect(await loadSessionUser(tdb.db, token, now), `use ${i}`).not.toBeNull();
    }
    const lastSeen = (await tdb.db.authSession.findUniqueOrThrow({ where: { id: token.sid! } })).lastSeenAt.getTime();
    expect(lastSeen).toBe(now);
    expect(await loadSessionUser(tdb.db, token, now + 14 * day)).not.toBeNull();
    // Not used for 14 days and a minute after that last use: signed out.
    expect(await loadSessionUser(tdb.db, token, now + 28 * day + 60_000)).toBeNull();
  });

  it("a refused idle session does not come back by being renewed", async () => {
    const token = await issueSessionToken(tdb.db, { id: world.users.clientR1.id, sessionVersion: 0 }, "client", t0);
    expect(await loadSessionUser(tdb.db, token, t0 + 15 * day)).toBeNull();
    expect(await loadSessionUser(tdb.db, token, t0 + 15 * day + 1)).toBeNull();
  });

  it("renews the last-seen time at most every five minutes", async () => {
    const token = await issueSessionToken(tdb.db, { id: world.users.clientR1.id, sessionVersion: 0 }, "client", t0);
    await loadSessionUser(tdb.db, token, t0 + 60_000);
    expect((await tdb.db.authSession.findUniqueOrThrow({ where: { id: token.sid! } })).lastSeenAt.getTime()).toBe(t0);
    await loadSessionUser(tdb.db, token, t0 + 6 * 60_000);
    expect((await tdb.db.authSession.findUniqueOrThrow({ where: { id: token.sid! } })).lastSeenAt.getTime()).toBe(t0 + 6 * 60_000);
  });

  it("ends a staff session 12 hours after sign-in, however busy", async () => {
    const token = await issueSessionToken(tdb.db, { id: world.users.coordinatorR.id, sessionVersion: 0 }, "staff", t0);
    expect(await loadSessionUser(tdb.db, token, t0 + 11 * hour)).not.toBeNull();
    expect(await loadSessionUser(tdb.db, token, t0 + 12 * hour + 1)).toBeNull();
  });
});
