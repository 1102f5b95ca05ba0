import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMoneyView } from "../../../src/features/benefits/queries";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createClientGig } from "../../support/client-app";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

describe("my money", () => {
  it("counts approved gigs only, at the price list's 10.00 €/h, against the seeded 2022 limits", async () => {
    const now = helsinkiInstant("2026-11-22", "12:00");
    // 60 h approved this month: 600 € of the 885.63 € disability pension limit
    for (let d = 2; d <= 16; d++) {
      await createClientGig(world, { status: "APPROVED", startsAt: helsinkiInstant(`2026-11-${String(d).padStart(2, "0")}`, "09:00"), minutes: 240, approvedMinutes: 240 });
    }
    await createClientGig(world, { status: "APPROVED", startsAt: helsinkiInstant("2026-10-31", "23:30"), approvedMinutes: 120, contractModel: "COMMISSION" });
    await createClientGig(world, { status: "REPORTED", startsAt: helsinkiInstant("2026-11-20", "09:00") });
    await createClientGig(world, { status: "APPROVED", startsAt: helsinkiInstant("2025-12-31", "09:00"), approvedMinutes: 600 });

    const client = await world.db.client.findUniqueOrThrow({ where: { id: world.clientD1.id } });
    const view = await loadMoneyView(world.db, client, now);
    expect(view.earnings).toMatchObject({ monthCents: 60_000, yearCents: 62_000, commissionYearCents: 2_000, monthMinutes: 3600 });
    expect(view.payPerHourCents).toBe(1000);
    expect(view.meters.map((m) => [m.slot.kind, m.meter?.earnedCents, m.meter?.limitCents, m.meter?.percent, m.meter?.level, m.outdated])).toEqual([
      ["DISABILITY_PENSION_EARNINGS", 60_000, 88_563, 68, "below", true],
      ["PENSIONERS_HOUSING_ALLOWANCE_REVIEW", 62_000, 92_400, 67, "below", true],
      ["YEL_COMMISSION_INCOME", 2_000, 826_171, 0, "below", true],
    ]);
    expect(view.meters[0]?.limit?.source).toContain("2022");
  });

  it("uses a newer limit row once an admin has entered it", async () => {
    await world.db.benefitLimit.create({
      data: { kind: "LABOUR_MARKET_SUBSIDY_PROTECTED", period: "MONTH", amountCents: 30_000, validFrom: new Date("2026-01-01T00:00:00Z"), source: "Kela 2026" },
    });
    const now = helsinkiInstant("2026-11-22", "12:00");
    await createClientGig(world, { clientId: world.clientR1.id, jobcenterId: world.jobcenterR.id, status: "APPROVED", startsAt: helsinkiInstant("2026-11-03", "09:00"), approvedMinutes: 1800 });
    const client = await world.db.client.findUniqueOrThrow({ where: { id: world.clientR1.id } });
    const view = await loadMoneyView(world.db, client, now);
    const monthly = view.meters.find((m) => m.slot.period === "MONTH");
    expect(monthly).toMatchObject({ outdated: false, limit: { source: "Kela 2026" }, meter: { earnedCents: 30_000, level: "over" } });
    expect(view.meters.find((m) => m.slot.period === "FOUR_WEEKS")?.outdated).toBe(true);
  });
});
