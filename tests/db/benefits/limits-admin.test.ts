import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBenefitLimit } from "../../../src/features/benefits/actions";
import { listBenefitLimits } from "../../../src/features/benefits/queries";
import { pickValidAt } from "../../../src/lib/dated";
import { dayOfDateColumn, helsinkiInstant } from "../../../src/lib/dates";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

describe("admin enters a new year's limit", () => {
  it("adds a row from its first day and ends the previous open row the day before", async () => {
    const r = await as(world, "admin", () =>
      createBenefitLimit({ kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH", amount: "1 000,00", validFrom: "2027-01-01", source: "Kela 2027 (esimerkki)" }),
    );
    expect(r).toMatchObject({ ok: true, data: { closed: 1 } });
    const rows = (await listBenefitLimits(world.db)).filter((l) => l.kind === "DISABILITY_PENSION_EARNINGS");
    expect(rows.map((l) => [dayOfDateColumn(l.validFrom), l.validTo && dayOfDateColumn(l.validTo), l.amountCents])).toEqual([
      ["2027-01-01", null, 100_000],
      ["2022-08-01", "2026-12-31", 88_563],
    ]);
    expect(pickValidAt(rows, helsinkiInstant("2026-12-31", "23:59"))?.amountCents).toBe(88_563);
    expect(pickValidAt(rows, helsinkiInstant("2027-01-01", "00:00"))?.amountCents).toBe(100_000);
    expect(await world.db.auditEvent.count({ where: { action: "benefitLimit.create" } })).toBe(1);
  });

  it("refuses a period the limit is not expressed in, a non-amount, and a second row on the same day", async () => {
    expect(await as(world, "admin", () => createBenefitLimit({ kind: "YEL_COMMISSION_INCOME", period: "MONTH", amount: "100", validFrom: "2027-01-01", source: "x" }))).toMatchObject({
      error: "INVALID_INPUT",
      fieldErrors: { period: "invalid" },
    });
    expect(await as(world, "admin", () => createBenefitLimit({ kind: "YEL_COMMISSION_INCOME", period: "YEAR", amount: "abc", validFrom: "2027-01-01", source: "x" }))).toMatchObject({
      error: "INVALID_INPUT",
      fieldErrors: { amount: "money" },
    });
    expect(await as(world, "admin", () => createBenefitLimit({ kind: "DISABILITY_PENSION_EARNINGS", period: "MONTH", amount: "900", validFrom: "2027-01-01", source: "x" }))).toEqual({
      ok: false,
      error: "CONFLICT",
    });
  });
});
