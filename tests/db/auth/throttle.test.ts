import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clearSignInThrottleAction } from "../../../src/features/auth/actions";
import { hashSecret } from "../../../src/features/auth/password";
import { issueClientSignIn } from "../../../src/features/client-app/actions";
import { signInClient, signInStaff, type SignInResult } from "../../../src/features/auth/mutations";
import { isThrottled, signInThrottleStatus } from "../../../src/features/auth/queries";
import { SIGN_IN_THROTTLE } from "../../../src/features/auth/rules";
import { clientIpFrom } from "../../../src/server/client-ip";
import { sweepThrottles } from "../../../src/server/db/rate-limit";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, TEST_PIN, type World } from "../../support/world";

let tdb: TestDatabase;
let w: World;

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
});
afterAll(async () => tdb?.close());
beforeEach(async () => {
  await w.db.rateLimiterFlexible.deleteMany();
});

const start = new Date("2026-12-03T08:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const wrongPin = (i: number) => String(100000 + ((i * 7919) % 900000)).replace(TEST_PIN, "000000");
const errorOf = (r: SignInResult) => (r.ok ? "OK" : r.error);

describe("sign-in throttling cannot be turned against the account's owner", () => {
  it("lets Maija in from her own phone while 40 other addresses guess her PIN, and bounds their guesses", async () => {
    // Maija has signed in from her phone before: that source is known to her account.
    expect((await signInClient(w.db, "maija", TEST_PIN, "10.9.0.1", at(0))).ok).toBe(true);

    const results: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (let source = 0; source < 40; source++) {
        results.push(errorOf(await signInClient(w.db, "maija", wrongPin(round * 40 + source), `203.0.113.${source}`, at(60 + round))));
      }
    }
    // Of 120 tries only the account-wide budget for new sources was checked at all.
    expect(results.filter((e) => e === "INVALID_CREDENTIALS")).toHaveLength(SIGN_IN_THROTTLE.accountAttempts);
    expect(results.filter((e) => e === "RATE_LIMITED")).toHaveLength(120 - SIGN_IN_THROTTLE.accountAttempts);
    // A further new source is refused with the wait until the window ends...
    const fresh = await signInClient(w.db, "maija", TEST_PIN, "198.51.100.7", at(120));
    expect(fresh).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    if (!fresh.ok) expect(fresh.retryAfterSeconds).toBeGreaterThan(23 * 3600);
    // ...but Maija on her phone signs in, even with a typo first.
    expect(errorOf(await signInClient(w.db, "maija", "999999", "10.9.0.1", at(130)))).toBe("INVALID_CREDENTIALS");
    expect((await signInClient(w.db, "maija", TEST_PIN, "10.9.0.1", at(140))).ok).toBe(true);
    // Staff see that the account is being tried.
    const status = await signInThrottleStatus(w.db, "client", "maija", at(150));
    expect(status.newSourcesRefusedSeconds).toBeGreaterThan(0);
    expect(status.failures).toBe(SIGN_IN_THROTTLE.accountAttempts);
    expect(isThrottled(status)).toBe(true);
  });

  it("makes one source wait longer after each failure past the free ones, even with the right PIN", async () => {
    const ip = "192.0.2.10";
    let t = 0;
    for (let i = 1; i < SIGN_IN_THROTTLE.freeFailures; i++) {
      expect(await signInClient(w.db, "pekka", wrongPin(i), ip, at(t++))).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    }
    expect(await signInClient(w.db, "pekka", wrongPin(9), ip, at(t))).toEqual({ ok: false, error: "INVALID_CREDENTIALS", retryAfterSeconds: 60 });
    // During the wait nothing is checked, not even the right PIN.
    expect(await signInClient(w.db, "pekka", TEST_PIN, ip, at(t + 30))).toMatchObject({ ok: false, error: "RATE_LIMITED", retryAfterSeconds: 30 });
    t += 61;
    expect(await signInClient(w.db, "pekka", wrongPin(10), ip, at(t))).toEqual({ ok: false, error: "INVALID_CREDENTIALS", retryAfterSeconds: 120 });
    t += 121;
    expect(await signInClient(w.db, "pekka", wrongPin(11), ip, at(t))).toEqual({ ok: false, error: "INVALID_CREDENTIALS", retryAfterSeconds: 240 });
    // Another source is not slowed by this one.
    expect((await signInClient(w.db, "pekka", TEST_PIN, "192.0.2.99", at(t + 1))).ok).toBe(true);
    // After the wait the right PIN works and clears the source's count.
    t += 241;
    expect((await signInClient(w.db, "pekka", TEST_PIN, ip, at(t))).ok).toBe(true);
    expect(await signInClient(w.db, "pekka", wrongPin(12), ip, at(t + 1))).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
  });

  it("checks one guess of a parallel burst from one source, not all of them", async () => {
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signInClient(w.db, "pekka", wrongPin(i), "192.0.2.50", at(0))),
    );
    expect(burst.filter((r) => errorOf(r) === "INVALID_CREDENTIALS").length).toBeLessThanOrEqual(2);
    expect(burst.filter((r) => errorOf(r) === "RATE_LIMITED").length).toBeGreaterThanOrEqual(10);
  });

  it("clears the lock when staff issue a new PIN", async () => {
    for (let i = 0; i < SIGN_IN_THROTTLE.accountAttempts; i++) {
      await signInClient(w.db, "maija", wrongPin(i), `203.0.113.${i}`, at(i));
    }
    expect(await signInClient(w.db, "maija", TEST_PIN, "198.51.100.1", at(100))).toMatchObject({ error: "RATE_LIMITED" });
    const issued = await as(w, "staffD1", () => issueClientSignIn({ clientId: w.clientD1.id, username: "maija" }), at(200));
    expect(issued.ok).toBe(true);
    if (!issued.ok) return;
    expect(isThrottled(await signInThrottleStatus(w.db, "client", "maija", at(201)))).toBe(false);
    expect((await signInClient(w.db, "maija", issued.data.pin, "198.51.100.1", at(210))).ok).toBe(true);
  });
});

describe("the address limit cannot be dodged by rotating X-Forwarded-For", () => {
  // Password spraying: one wrong password on many accounts, each tried too few times for its
  // own (account, source) wait, so the address limit is what stops it. The accounts have
  // cheap hashes so that the test measures the throttle, not scrypt.
  const sprayed = Array.from({ length: 13 }, (_, i) => `sumute${i}@test.fi`);
  beforeAll(async () => {
    const passwordHash = await hashSecret("oikea-salasana-1", { N: 2 ** 10, r: 8, p: 1 });
    await w.db.user.createMany({ data: sprayed.map((email) => ({ email, name: email, passwordHash })) });
  });

  async function spray(ipOf: (i: number) => string): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i <= SIGN_IN_THROTTLE.ipAttempts; i++) {
      out.push(errorOf(await signInStaff(w.db, sprayed[i % sprayed.length]!, "salasana-123", ipOf(i), at(i))));
    }
    return out;
  }

  it("with TRUSTED_PROXY_HOPS=0 uses the connection address whatever the header says", async () => {
    const results = await spray((i) => clientIpFrom({ forwardedFor: `10.66.${i % 250}.${i}`, peer: "203.0.113.200" }, 0));
    expect(results.slice(0, SIGN_IN_THROTTLE.ipAttempts).every((e) => e === "INVALID_CREDENTIALS")).toBe(true);
    expect(results.at(-1)).toBe("RATE_LIMITED");
  });

  it("with TRUSTED_PROXY_HOPS=1 uses the address the proxy appended, not what the client prepended", async () => {
    // The proxy at 10.0.0.2 appends the address it saw (203.0.113.201) to the client's header.
    const results = await spray((i) => clientIpFrom({ forwardedFor: `10.66.0.${i}, 203.0.113.201`, peer: "10.0.0.2" }, 1));
    expect(results.at(-1)).toBe("RATE_LIMITED");
  });
});

describe("staff clear a locked sign-in", () => {
  it("lets unit staff clear their client's lock (Pekka), audited, and the client signs in from a new phone", async () => {
    for (let i = 0; i < SIGN_IN_THROTTLE.accountAttempts; i++) {
      await signInClient(w.db, "pekka", wrongPin(i), `203.0.113.${i}`, at(i));
    }
    expect(await signInClient(w.db, "pekka", TEST_PIN, "198.51.100.2", at(100))).toMatchObject({ error: "RATE_LIMITED" });
    const r = await as(w, "staffR1", () => clearSignInThrottleAction({ userId: w.clientR1.userId }), at(150));
    expect(r).toMatchObject({ ok: true });
    expect(await w.db.auditEvent.count({ where: { action: "user.signInThrottle.clear", entityId: w.clientR1.userId, actorUserId: w.users.staffR1.id } })).toBe(1);
    expect((await signInClient(w.db, "pekka", TEST_PIN, "198.51.100.2", at(200))).ok).toBe(true);
  });

  it("refuses the other unit's staff", async () => {
    expect(await as(w, "staffD1", () => clearSignInThrottleAction({ userId: w.clientR1.userId }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });
});

describe("sweeping", () => {
  it("removes rows whose window ended over an hour ago and keeps the live ones", async () => {
    await w.db.rateLimiterFlexible.createMany({
      data: [
        { key: "signin:fail:old", points: 3, expire: at(-7200) },
        { key: "signin:fail:recent", points: 3, expire: at(-60) },
        { key: "signin:fail:live", points: 3, expire: at(600) },
      ],
    });
    expect(await sweepThrottles(w.db, at(0))).toBe(1);
    expect((await w.db.rateLimiterFlexible.findMany({ orderBy: { key: "asc" } })).map((r) => r.key)).toEqual(["signin:fail:live", "signin:fail:recent"]);
  });
});
