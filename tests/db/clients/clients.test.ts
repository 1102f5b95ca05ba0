import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addConsent, setReadiness, setWorkActivityHours, updateClientProfile, withdrawConsent } from "../../../src/features/clients/actions";
import { readClientAudited } from "../../../src/features/clients/queries";
import { CLIENT_READ_DEDUPE_MINUTES } from "../../../src/features/clients/rules";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createClient } from "../../support/coordination";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

describe("client profiles", () => {
  it("lets the unit's staff update the profile, audited", async () => {
    const client = await createClient(world);
    const r = await as(world, "staffD1", () =>
      updateClientProfile({
        clientId: client.id,
        area: "Itä-Helsinki",
        skills: ["cleaning", "sewing"],
        interests: ["sewing"],
        supportNeeds: "Selkeät ohjeet",
        preferredTimes: "aamupäivät",
        benefits: ["DISABILITY_PENSION"],
        allowedContractModels: ["EMPLOYMENT"],
      }),
    );
    expect(r).toMatchObject({ ok: true });
    expect(await world.db.client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({ skills: ["cleaning", "sewing"], allowedContractModels: ["EMPLOYMENT"] });
    expect(await world.db.auditEvent.count({ where: { action: "client.update", clientId: client.id, actorUserId: world.users.staffD1.id } })).toBe(1);
  });

  it("keeps the readiness history", async () => {
    const client = await createClient(world);
    await as(world, "staffD1", () => setReadiness({ clientId: client.id, status: "PRACTISING", note: "Harjoittelee pajalla" }));
    await as(world, "staffD1", () => setReadiness({ clientId: client.id, status: "READY" }));
    const c = await world.db.client.findUniqueOrThrow({ where: { id: client.id }, include: { readinessEvents: { orderBy: { createdAt: "asc" } } } });
    expect(c.readiness).toBe("READY");
    expect(c.readinessEvents.map((e) => [e.status, e.byUserId])).toEqual([
      ["PRACTISING", world.users.staffD1.id],
      ["READY", world.users.staffD1.id],
    ]);
  });

  it("records consent to data exchange with parties and dates, and its withdrawal", async () => {
    const client = await createClient(world);
    const r = await as(world, "staffD1", () =>
      addConsent({ clientId: client.id, parties: ["Kela", "Työkeskus Pajala"], scope: "Etuuksien tarkistus keikkoja varten", agreedOn: "2026-01-15", validUntil: "2026-12-31" }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(await as(world, "staffD1", () => addConsent({ clientId: client.id, parties: ["Kela"], scope: "x", agreedOn: "2026-02-01", validUntil: "2026-01-01" }))).toMatchObject({
      ok: false,
      fieldErrors: { validUntil: "endBeforeStart" },
    });
    expect(await as(world, "staffD1", () => withdrawConsent({ consentId: r.data.id }))).toMatchObject({ ok: true });
    const c = await world.db.consentRecord.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(c.parties).toEqual(["Kela", "Työkeskus Pajala"]);
    expect(c.withdrawnAt).not.toBeNull();
    expect(await as(world, "staffD1", () => withdrawConsent({ consentId: r.data.id }))).toMatchObject({ ok: false, rule: "INVALID_STATE" });
  });

  it("replaces the weekly work-activity hours", async () => {
    const client = await createClient(world);
    await as(world, "staffD1", () => setWorkActivityHours({ clientId: client.id, hours: [{ weekday: 1, start: "09:00", end: "14:00" }] }));
    const r = await as(world, "staffD1", () =>
      setWorkActivityHours({ clientId: client.id, hours: [{ weekday: 2, start: "08:30", end: "12:00" }, { weekday: 4, start: "09:00", end: "13:00" }] }),
    );
    expect(r.ok).toBe(true);
    const hours = await world.db.workActivityHours.findMany({ where: { clientId: client.id }, orderBy: { weekday: "asc" } });
    expect(hours.map((h) => [h.weekday, h.startMinute, h.endMinute])).toEqual([
      [2, 510, 720],
      [4, 540, 780],
    ]);
    expect(await as(world, "staffD1", () => setWorkActivityHours({ clientId: client.id, hours: [{ weekday: 2, start: "12:00", end: "08:00" }] }))).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
    });
  });

  it("shows coordinators the rule outcome, not the client's benefits, and audits every read", async () => {
    const before = await world.db.auditEvent.count({ where: { action: "client.read", clientId: world.clientR1.id } });
    const profile = await readClientAudited(world.db, world.personas.coordinatorR!, world.clientR1.id, "coordinator", new Date());
    expect(profile).not.toHaveProperty("benefits");
    expect(profile).not.toHaveProperty("supportNeeds");
    expect(profile?.commissionBlocked).toBe(true);
    const staffView = await readClientAudited(world.db, world.personas.staffR1!, world.clientR1.id, "staff", new Date());
    expect(staffView?.benefits).toContain("LABOUR_MARKET_SUBSIDY");
    expect(await world.db.auditEvent.count({ where: { action: "client.read", clientId: world.clientR1.id } })).toBe(before + 2);
  });

  it("writes one client.read row per page load: again within the window adds none, after it adds one", async () => {
    const client = await createClient(world);
    const reads = () => world.db.auditEvent.count({ where: { action: "client.read", clientId: client.id, actorUserId: world.users.staffD1.id } });
    const t0 = new Date();
    expect(await readClientAudited(world.db, world.personas.staffD1!, client.id, "staff", t0)).not.toBeNull();
    // the same page load's other RSC requests, and a refresh a few minutes later
    await readClientAudited(world.db, world.personas.staffD1!, client.id, "staff", t0);
    await readClientAudited(world.db, world.personas.staffD1!, client.id, "staff", new Date(t0.getTime() + (CLIENT_READ_DEDUPE_MINUTES - 1) * 60_000));
    expect(await reads()).toBe(1);
    await readClientAudited(world.db, world.personas.staffD1!, client.id, "staff", new Date(t0.getTime() + (CLIENT_READ_DEDUPE_MINUTES + 1) * 60_000));
    expect(await reads()).toBe(2);
  });

  it("answers null and audits nothing for staff of another unit or a coordinator asking for the staff view", async () => {
    const client = await createClient(world);
    expect(await readClientAudited(world.db, world.personas.staffR1!, client.id, "staff", new Date())).toBeNull();
    expect(await readClientAudited(world.db, world.personas.coordinatorD!, client.id, "staff", new Date())).toBeNull();
    expect(await world.db.auditEvent.count({ where: { action: "client.read", clientId: client.id } })).toBe(0);
  });
});
