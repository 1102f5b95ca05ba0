import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMoneyView, loadOfferWarnings, orderWorkerPay } from "../../../src/features/benefits/queries";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createClientGig } from "../../support/client-app";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { type World } from "../../support/world";

// ADR 081 with the domain brief's 2022 figures (seeded, open-ended) and the pilot's 10.00 €/h:
// Ville has a disability pension, whose earnings limit is 885.63 € a month.

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const day = (d: number) => helsinkiInstant(`2031-03-${String(d).padStart(2, "0")}`, "09:00");

describe("the meter with waiting and planned gigs", () => {
  it("shows approved, waiting and planned apart, and the month's forecast with all of them", async () => {
    const clientId = world.clientD2.id;
    for (let d = 3; d <= 12; d++) await createClientGig(world, { clientId, status: "APPROVED", startsAt: day(d), minutes: 240, approvedMinutes: 240 }); // 400 €
    await createClientGig(world, { clientId, status: "REPORTED", startsAt: day(14), minutes: 1200 }); // 200 € waiting
    await createClientGig(world, { clientId, status: "ACCEPTED", startsAt: day(20), minutes: 600 }); // 100 € planned
    await createClientGig(world, { clientId, status: "OFFERED", startsAt: day(22), minutes: 600 }); // not counted: not yet a yes
    const client = await world.db.client.findUniqueOrThrow({ where: { id: clientId } });
    const view = await loadMoneyView(world.db, client, helsinkiInstant("2031-03-15", "12:00"));
    expect(view.forecast.map((f) => [f.slot.kind, f.parts, f.meter?.earnedCents, f.meter?.level])).toEqual([
      ["DISABILITY_PENSION_EARNINGS", { approved: 40_000, waiting: 20_000, planned: 10_000, total: 70_000 }, 70_000, "below"],
    ]);
    // the approved-only meter of ADR 041 stays as it was
    expect(view.meters[0]?.meter?.earnedCents).toBe(40_000);
  });

  it("warns on an offer that would take the month over 885.63 €, and not in a month with room", async () => {
    const clientId = world.clientD2.id;
    const client = await world.db.client.findUniqueOrThrow({ where: { id: clientId } });
    // 700 € so far in March (the test above) + 20 h × 10 € = 900 € > 885.63 €
    const { gig, order } = await createClientGig(world, { clientId, status: "OFFERED", startsAt: day(27), minutes: 1200 });
    const pay = await orderWorkerPay(world.db, order.id);
    expect(pay).toEqual({ workerPayCents: 1000, contractModel: "EMPLOYMENT" });
    const march = await loadOfferWarnings(world.db, [client], { gigId: gig.id, workedAt: gig.startsAt, minutes: 1200, ...pay! });
    expect(march.get(clientId)).toEqual([{ slot: { kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH" }, level: "over", limitCents: 88_563, withGigCents: 90_000 }]);
    // 15 h instead: 850 € is 96 %: close
    const close = await loadOfferWarnings(world.db, [client], { gigId: gig.id, workedAt: gig.startsAt, minutes: 900, ...pay! });
    expect(close.get(clientId)?.map((w) => w.level)).toEqual(["close"]);
    const april = await loadOfferWarnings(world.db, [client], { workedAt: helsinkiInstant("2031-04-02", "09:00"), minutes: 1200, ...pay! });
    expect(april.get(clientId)).toEqual([]);
  });

  it("answers for many candidates at once (the nomination form): only the one near a limit is warned", async () => {
    const d1 = await world.db.client.findUniqueOrThrow({ where: { id: world.clientD1.id } });
    const d2 = await world.db.client.findUniqueOrThrow({ where: { id: world.clientD2.id } });
    const w = await loadOfferWarnings(world.db, [d1, d2], { workedAt: day(28), minutes: 1200, workerPayCents: 1000, contractModel: "EMPLOYMENT" });
    expect(w.get(d1.id)).toEqual([]);
    expect(w.get(d2.id)?.map((x) => x.slot.kind)).toEqual(["DISABILITY_PENSION_EARNINGS"]);
  });
});
