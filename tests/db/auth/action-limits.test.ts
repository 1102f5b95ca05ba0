import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { acceptInvite, completeReset } from "../../../src/features/admin/actions";
import { issueClientSignIn } from "../../../src/features/client-app/actions";
import { confirmEmail, requestPasswordReset } from "../../../src/features/orderers/actions";
import { quoteOrder, registerAndOrder } from "../../../src/features/orders/actions";
import { runWithContext } from "../../../src/server/context";
import type { ActionResult } from "../../../src/server/errors";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { orderForm } from "../../support/orders";
import { type PersonaName, type World } from "../../support/world";

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

/** Calls as `persona` from `ip` at `start + seconds`: the pipeline's own clock and address. */
function call<R>(fn: () => Promise<ActionResult<R>>, opts: { persona?: PersonaName; ip: string; seconds: number }) {
  return runWithContext(
    {
      db: w.db,
      user: w.personas[opts.persona ?? "anonymous"],
      revalidate: () => {},
      setCookie: async () => {},
      now: () => new Date(start.getTime() + opts.seconds * 1000),
      clientIp: opts.ip,
    },
    fn,
  );
}

interface Case {
  name: string;
  points: number;
  durationSeconds: number;
  persona?: PersonaName;
  run: () => Promise<ActionResult<unknown>>;
}

const cases: Case[] = [
  {
    name: "orders.quote",
    points: 120,
    durationSeconds: 60,
    run: () => quoteOrder({ jobcenterId: w.jobcenterD.id, contractModel: "COMMISSION", minutesPerWorker: 120, workerCount: 2 }),
  },
  {
    name: "orders.registerAndOrder",
    points: 10,
    durationSeconds: 3600,
    run: async () =>
      registerAndOrder({
        submit: true,
        registration: {
          locale: "fi",
          ordererKind: "COMPANY",
          organisationName: "Uusi Oy",
          contactName: "Uuno Uusi",
          email: `uusi-${randomUUID()}@example.fi`,
          phone: "040 765 4321",
          password: "pitka-salasana-1",
        },
        order: await orderForm(w),
      }),
  },
  // Wrong links: each answer is NOT_FOUND, and each still counts.
  { name: "admin.acceptInvite", points: 10, durationSeconds: 900, run: () => acceptInvite({ token: randomUUID(), password: "pitka-salasana-1", confirm: "pitka-salasana-1" }) },
  { name: "admin.completeReset", points: 10, durationSeconds: 900, run: () => completeReset({ token: randomUUID(), password: "pitka-salasana-1", confirm: "pitka-salasana-1" }) },
  { name: "orderers.confirmEmail", points: 10, durationSeconds: 900, run: () => confirmEmail({ token: randomUUID() }) },
  {
    name: "orderers.requestPasswordReset",
    points: 3,
    durationSeconds: 3600,
    run: () => requestPasswordReset({ email: "tilaaja@siisti.example" }),
  },
  {
    name: "clientApp.issueClientSignIn",
    points: 20,
    durationSeconds: 3600,
    persona: "staffD1",
    run: () => issueClientSignIn({ clientId: w.clientD2.id, username: "ville" }),
  },
];

describe("rate limits in the action pipeline", () => {
  for (const c of cases) {
    it(`${c.name}: RATE_LIMITED with the wait after ${c.points} calls, and again allowed after the window`, async () => {
      const ip = "203.0.113.77";
      for (let i = 0; i < c.points; i++) {
        const r = await call(c.run, { persona: c.persona, ip, seconds: 0 });
        expect(r.ok ? "ok" : r.error).not.toBe("RATE_LIMITED");
      }
      const refused = await call(c.run, { persona: c.persona, ip, seconds: 10 });
      expect(refused).toEqual({ ok: false, error: "RATE_LIMITED", retryAfterSeconds: c.durationSeconds - 10 });
      // The window ends by the context's clock.
      const later = await call(c.run, { persona: c.persona, ip, seconds: c.durationSeconds + 1 });
      expect(later.ok ? "ok" : later.error).not.toBe("RATE_LIMITED");
    });
  }

  it("counts a public action per address: another address is not refused", async () => {
    const quote = cases[0]!;
    for (let i = 0; i <= quote.points; i++) await call(quote.run, { ip: "203.0.113.1", seconds: 0 });
    expect((await call(quote.run, { ip: "203.0.113.1", seconds: 1 })).ok).toBe(false);
    expect((await call(quote.run, { ip: "203.0.113.2", seconds: 1 })).ok).toBe(true);
  });

  it("counts reset mails per email address, from whatever address they are asked", async () => {
    const ask = (email: string, ip: string) => call(() => requestPasswordReset({ email }), { ip, seconds: 0 });
    for (let i = 0; i < 3; i++) expect((await ask("uhri@example.fi", `198.51.100.${i}`)).ok).toBe(true);
    expect(await ask("uhri@example.fi", "198.51.100.99")).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    expect((await ask("Toinen@example.fi", "198.51.100.99")).ok).toBe(true);
  });

  it("does not count malformed input, nor a signed-in call the person was not allowed to make", async () => {
    for (let i = 0; i < 30; i++) {
      expect(await call(() => issueClientSignIn({ clientId: w.clientD2.id, username: "ville" }), { persona: "staffR1", ip: "x", seconds: 0 })).toMatchObject({ error: "FORBIDDEN" });
    }
    expect(await w.db.rateLimiterFlexible.count()).toBe(0);
  });
});
