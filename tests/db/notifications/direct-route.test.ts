import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DeliveryError, type Channel } from "../../../src/features/notifications/channels";
import { deliverOutbox } from "../../../src/features/notifications/reminders";
import { DIRECT_MAX_ATTEMPTS, nextDirectAttempt } from "../../../src/features/notifications/rules";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createTestWorld, type TestDatabase } from "../../support/db";
import type { World } from "../../support/world";

// The direct route (POST /api/jobs/reminders runs deliverOutbox, ADR 008) honours
// DeliveryError.retryable like the queue: a provider's "no" is given up at once, a passing
// failure is tried again on later calls after a growing wait, and not for ever.

let tdb: TestDatabase;
let world: World;
beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());
beforeEach(async () => {
  await world.db.outboxMessage.deleteMany();
});

const attempts: string[] = [];
const channel: Channel = {
  kind: "SMS",
  deliver: async (m) => {
    attempts.push(m.to);
    if (m.to === "+358400000400") throw new DeliveryError("sms: HTTP 400 invalid number", false, 400);
    if (m.to === "+358400000503") throw new DeliveryError("sms: HTTP 503", true, 503);
  },
};

describe("the direct route's retries", () => {
  it("a non-retryable failure is tried once and given up; a retryable one waits and is tried again", async () => {
    attempts.length = 0;
    await world.db.outboxMessage.createMany({
      data: [
        { channel: "SMS", to: "+358400000400", subject: "A", body: "a" },
        { channel: "SMS", to: "+358400000503", subject: "B", body: "b" },
      ],
    });
    const t0 = helsinkiInstant("2026-12-06", "10:00");
    expect(await deliverOutbox(world.db, [channel], t0)).toEqual({ sent: 0, failed: 2 });
    const bad = await world.db.outboxMessage.findFirstOrThrow({ where: { to: "+358400000400" } });
    expect(bad).toMatchObject({ sentAt: null, attempts: 1, failedAt: t0, error: "sms: HTTP 400 invalid number" });
    const later = await world.db.outboxMessage.findFirstOrThrow({ where: { to: "+358400000503" } });
    expect(later).toMatchObject({ sentAt: null, attempts: 1, failedAt: null, notBefore: new Date(t0.getTime() + 30_000) });

    // called again at once: the retryable one is still waiting, the other one is left alone
    expect(await deliverOutbox(world.db, [channel], t0)).toEqual({ sent: 0, failed: 0 });
    // after the wait: only the retryable one is tried again
    expect(await deliverOutbox(world.db, [channel], new Date(t0.getTime() + 31_000))).toEqual({ sent: 0, failed: 1 });
    expect(attempts).toEqual(["+358400000400", "+358400000503", "+358400000503"]);
    expect(await world.db.outboxMessage.findFirstOrThrow({ where: { to: "+358400000503" } })).toMatchObject({ attempts: 2, notBefore: new Date(t0.getTime() + 31_000 + 60_000) });
  });

  it("a retryable failure is given up after the last attempt, and a message that goes through is sent once", async () => {
    attempts.length = 0;
    await world.db.outboxMessage.createMany({
      data: [
        { channel: "SMS", to: "+358400000503", subject: "B", body: "b" },
        { channel: "SMS", to: "+358400000200", subject: "C", body: "c" },
      ],
    });
    let now = helsinkiInstant("2026-12-06", "12:00");
    for (let i = 0; i < DIRECT_MAX_ATTEMPTS + 3; i++) {
      await deliverOutbox(world.db, [channel], now);
      now = new Date(now.getTime() + 24 * 3_600_000);
    }
    expect(attempts.filter((a) => a === "+358400000503")).toHaveLength(DIRECT_MAX_ATTEMPTS);
    expect(attempts.filter((a) => a === "+358400000200")).toHaveLength(1);
    const gaveUp = await world.db.outboxMessage.findFirstOrThrow({ where: { to: "+358400000503" } });
    expect(gaveUp.attempts).toBe(DIRECT_MAX_ATTEMPTS);
    expect(gaveUp.failedAt).not.toBeNull();
    expect(await world.db.outboxMessage.findFirstOrThrow({ where: { to: "+358400000200" } })).toMatchObject({ error: null, attempts: 0 });
  });

  it("the wait doubles and ends", () => {
    const now = new Date("2026-12-06T10:00:00Z");
    expect(nextDirectAttempt(true, 1, now)!.getTime() - now.getTime()).toBe(30_000);
    expect(nextDirectAttempt(true, 3, now)!.getTime() - now.getTime()).toBe(120_000);
    expect(nextDirectAttempt(true, DIRECT_MAX_ATTEMPTS, now)).toBeNull();
    expect(nextDirectAttempt(false, 1, now)).toBeNull();
  });
});
