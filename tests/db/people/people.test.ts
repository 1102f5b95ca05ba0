import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueClientSignIn } from "../../../src/features/client-app/actions";
import { issueSessionToken, loadSessionUser } from "../../../src/features/auth/session";
import { readClientAudited } from "../../../src/features/clients/queries";
import { updateClientProfile } from "../../../src/features/clients/actions";
import { cancelGigForEnd, checkClientDuplicates, createClient, endClientTime, moveClientUnit, resumeClient } from "../../../src/features/people/actions";
import { clientPathway, openGigsOfClient, unitDirectory } from "../../../src/features/people/queries";
import type { z } from "zod";
import type { createClientSchema } from "../../../src/features/people/schema";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createClient as createClientRow, createGig, createOrder, nominate } from "../../support/coordination";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

let seq = 0;
function newClient(w: World, over: Partial<z.input<typeof createClientSchema>> = {}): z.input<typeof createClientSchema> {
  seq++;
  return {
    unitId: w.unitD1.id,
    firstName: `Aada${seq}`,
    lastName: "Aaltonen",
    benefits: ["DISABILITY_PENSION"],
    allowedContractModels: ["EMPLOYMENT"],
    skills: [],
    interests: [],
    workActivityHours: [],
    startedOn: "2026-12-01",
    ...over,
  };
}

describe("adding a client", () => {
  it("writes the profile, work-activity hours, readiness, first consent and the STARTED pathway row, audited", async () => {
    const r = await as(world, "staffD1", () =>
      createClient(
        newClient(world, {
          birthDate: "1988-03-14",
          gender: "FEMALE",
          phone: "040 765 4321",
          email: "aada@example.fi",
          language: "sv",
          area: "Kallio",
          benefits: ["DISABILITY_PENSION", "PENSIONERS_HOUSING_ALLOWANCE"],
          allowedContractModels: ["COMMISSION", "EMPLOYMENT"],
          skills: ["siivous"],
          interests: ["ompelu"],
          preferredTimes: "aamupäivät",
          supportNeeds: "Selkeät ohjeet",
          workActivityHours: [{ weekday: 1, start: "09:00", end: "14:00" }],
          consent: { parties: ["Kela", "Pajala"], scope: "Etuustiedot", agreedOn: "2026-12-01" },
          readiness: "PRACTISING",
          readinessNote: "Harjoittelee pajalla",
        }),
      ),
    );
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    const c = await world.db.client.findUniqueOrThrow({
      where: { id: r.data.clientId },
      include: { workActivityHours: true, readinessEvents: true, consents: true, pathwayEvents: true },
    });
    expect(c).toMatchObject({ gender: "FEMALE", language: "sv", status: "ACTIVE", active: true, readiness: "PRACTISING", skills: ["siivous"] });
    expect(c.birthDate?.toISOString().slice(0, 10)).toBe("1988-03-14");
    expect(c.workActivityHours).toMatchObject([{ weekday: 1, startMinute: 540, endMinute: 840 }]);
    expect(c.readinessEvents.map((e) => e.status)).toEqual(["PRACTISING"]);
    expect(c.consents).toMatchObject([{ parties: ["Kela", "Pajala"], recordedById: world.users.staffD1.id }]);
    expect(c.pathwayEvents).toMatchObject([{ kind: "STARTED", unitId: world.unitD1.id, recordedById: world.users.staffD1.id }]);
    expect(await world.db.auditEvent.count({ where: { action: "client.create", clientId: c.id } })).toBe(1);

    // Then the sign-in: the account speaks the client's language from the first sign-in.
    const s = await as(world, "staffD1", () => issueClientSignIn({ clientId: c.id, username: `aada${seq}` }));
    expect(s).toMatchObject({ ok: true, data: { created: true } });
    const user = await world.db.client.findUniqueOrThrow({ where: { id: c.id }, select: { user: { select: { locale: true } } } });
    expect(user.user?.locale).toBe("sv");
  });

  it("only to the staff member's own unit", async () => {
    expect(await as(world, "staffD1", () => createClient(newClient(world, { unitId: world.unitD2.id })))).toMatchObject({ ok: false, error: "FORBIDDEN" });
  });

  it("only with contract models the Jobcenter offers, and no commission on a labour market subsidy where it is blocked", async () => {
    expect(await as(world, "staffD1", () => createClient(newClient(world, { allowedContractModels: ["PARTNER_EMPLOYER"] })))).toMatchObject({
      ok: false,
      rule: "CONTRACT_MODEL_NOT_OFFERED",
    });
    const rehab = (models: ("COMMISSION" | "EMPLOYMENT")[]) =>
      as(world, "staffR1", () => createClient(newClient(world, { unitId: world.unitR1.id, benefits: ["LABOUR_MARKET_SUBSIDY"], allowedContractModels: models })));
    expect(await rehab(["EMPLOYMENT", "COMMISSION"])).toMatchObject({ ok: false, rule: "COMMISSION_BLOCKED_UNEMPLOYMENT_BENEFIT" });
    expect(await rehab(["EMPLOYMENT"])).toMatchObject({ ok: true });
  });
});

describe("duplicate detection", () => {
  it("asks before adding a twin with the same name and birth date, and shows only first name and unit", async () => {
    const first = newClient(world, { firstName: "Tuula", lastName: "Tuplanen", birthDate: "1970-01-02", supportNeeds: "salainen" });
    expect(await as(world, "staffD1", () => createClient(first))).toMatchObject({ ok: true });
    const again = { ...first, supportNeeds: null };
    expect(await as(world, "staffD1", () => createClient(again))).toMatchObject({ ok: false, error: "RULE_VIOLATION", rule: "POSSIBLE_DUPLICATE_CLIENT" });
    const check = await as(world, "staffD1", () => checkClientDuplicates({ unitId: world.unitD1.id, firstName: "tuula", lastName: "TUPLANEN", birthDate: "1970-01-02" }));
    expect(check).toEqual({ ok: true, data: { twins: [{ firstName: "Tuula", unitName: "Pajala", status: "ACTIVE" }] } });
    // Another birth date: not the same person.
    expect(await as(world, "staffD1", () => createClient({ ...first, birthDate: "1971-01-02" }))).toMatchObject({ ok: true });
    // Added anyway, on purpose:
    expect(await as(world, "staffD1", () => createClient({ ...again, confirmDuplicate: true }))).toMatchObject({ ok: true });
    expect(await world.db.client.count({ where: { firstName: "Tuula", lastName: "Tuplanen" } })).toBe(3);
  });

  it("finds the same phone in another unit of the Jobcenter, not in another Jobcenter", async () => {
    await world.db.client.update({ where: { id: world.clientD2.id }, data: { phone: "+358 50 111 2222" } });
    const check = await as(world, "staffD1", () => checkClientDuplicates({ unitId: world.unitD1.id, firstName: "Joku", lastName: "Muu", phone: "050-111 2222" }));
    expect(check).toMatchObject({ ok: true, data: { twins: [{ firstName: "Ville" }] } });
    const other = await as(world, "staffR1", () => checkClientDuplicates({ unitId: world.unitR1.id, firstName: "Joku", lastName: "Muu", phone: "050 111 2222" }));
    expect(other).toEqual({ ok: true, data: { twins: [] } });
  });
});

describe("ending a client's time", () => {
  it("is refused while a gig is open; unit staff cancel it and the coordinator is told on the order", async () => {
    const c = await createClientRow(world, { firstName: "Eero" });
    const order = await createOrder(world);
    const gig = await createGig(world, { orderId: order.id, clientId: c.id, status: "ACCEPTED", day: "2030-05-06", start: "10:00", end: "12:00" });
    const nomination = await nominate(world, order.id, c.id);
    const end = () => endClientTime({ clientId: c.id, kind: "ENDED", on: "2026-12-04", reason: "Sai työpaikan", outcome: "OPEN_LABOUR_MARKET" });
    expect(await as(world, "staffD1", end)).toMatchObject({ ok: false, rule: "OPEN_GIGS_REMAIN" });
    expect((await openGigsOfClient(world.db, c.id)).map((g) => g.id)).toEqual([gig.id]);

    expect(await as(world, "staffD1", () => cancelGigForEnd({ gigId: gig.id, reason: "Asiakkaan aika päättyy" }))).toMatchObject({ ok: true });
    expect(await world.db.gig.findUniqueOrThrow({ where: { id: gig.id } })).toMatchObject({ status: "CANCELLED", cancelReason: "Asiakkaan aika päättyy" });
    const msg = await world.db.orderMessage.findFirstOrThrow({ where: { orderId: order.id } });
    expect(msg).toMatchObject({ authorUserId: world.users.staffD1.id });
    expect(msg.body).toContain("Eero");

    expect(await as(world, "staffD1", end)).toMatchObject({ ok: true });
    const after = await world.db.client.findUniqueOrThrow({ where: { id: c.id } });
    expect(after).toMatchObject({ status: "ENDED", active: false, firstName: "Eero" });
    // No longer anyone's candidate: the readiness confirmation ended with the time.
    expect((await world.db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).revokedAt).not.toBeNull();
    const { events } = await clientPathway(world.db, c.id);
    expect(events.map((e) => e.kind).sort()).toEqual(["OPEN_LABOUR_MARKET", "PERIOD_ENDED"]);
    // An ended client does not come back.
    expect(await as(world, "staffD1", () => resumeClient({ clientId: c.id, on: "2026-12-05" }))).toMatchObject({ ok: false, rule: "INVALID_STATE" });
  });

  it("ends the sign-in: the account is off and its sessions refused", async () => {
    const c = await createClientRow(world, { firstName: "Sanni" });
    const user = await world.db.user.create({ data: { name: "Sanni", clientUsername: `sanni${++seq}`, pinHash: "x" } });
    await world.db.client.update({ where: { id: c.id }, data: { userId: user.id } });
    const token = await issueSessionToken(world.db, user, "client");
    expect(await loadSessionUser(world.db, token)).not.toBeNull();
    expect(await as(world, "staffD1", () => endClientTime({ clientId: c.id, kind: "PAUSED", on: "2026-12-04", reason: "Sairasloma" }))).toMatchObject({ ok: true });
    expect(await world.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: false });
    expect(await world.db.authSession.count({ where: { userId: user.id, endedAt: null } })).toBe(0);
    expect(await loadSessionUser(world.db, token)).toBeNull();
    // A paused client is resumed: the account works again (a new sign-in; the old session stays ended).
    expect(await as(world, "staffD1", () => resumeClient({ clientId: c.id, on: "2027-01-10", note: "Palasi" }))).toMatchObject({ ok: true });
    expect(await world.db.client.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "ACTIVE", active: true });
    expect(await world.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: true });
    const { events } = await clientPathway(world.db, c.id);
    expect(events.map((e) => e.kind)).toEqual(["STARTED", "PAUSED"]);
  });

  it("needs an outcome when the period ends", async () => {
    const c = await createClientRow(world);
    expect(await as(world, "staffD1", () => endClientTime({ clientId: c.id, kind: "ENDED", on: "2026-12-04", reason: "Muutti" }))).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { outcome: "required" },
    });
  });
});

describe("moving between units", () => {
  it("keeps the history; the old unit's staff lose access and the new unit's gain it", async () => {
    const c = await createClientRow(world, { firstName: "Mikko" });
    const order = await createOrder(world);
    await createGig(world, { orderId: order.id, clientId: c.id, status: "APPROVED", day: "2026-06-01", start: "10:00", end: "12:00" });
    await world.db.readinessEvent.create({ data: { clientId: c.id, status: "READY", byUserId: world.users.staffD1.id } });

    const staffD2User = await world.db.user.create({
      data: { email: `ohjaaja.d2.${++seq}@test.fi`, name: "Daniel D2", passwordHash: "x", emailVerifiedAt: new Date(), memberships: { create: [{ role: "UNIT_STAFF", unitId: world.unitD2.id }] } },
    });
    const staffD2 = await loadSessionUser(world.db, await issueSessionToken(world.db, staffD2User, "staff"));
    expect(await readClientAudited(world.db, staffD2!, c.id, "staff", new Date())).toBeNull();

    expect(await as(world, "staffD1", () => moveClientUnit({ clientId: c.id, toUnitId: world.unitR1.id }))).toMatchObject({ ok: false, rule: "UNIT_NOT_IN_JOBCENTER" });
    expect(await as(world, "staffD1", () => moveClientUnit({ clientId: c.id, toUnitId: world.unitD2.id, reason: "Muutti Itä-Helsinkiin" }))).toMatchObject({ ok: true });

    expect(await world.db.client.findUniqueOrThrow({ where: { id: c.id }, select: { unitId: true } })).toEqual({ unitId: world.unitD2.id });
    expect(await world.db.gig.count({ where: { clientId: c.id } })).toBe(1);
    expect(await world.db.readinessEvent.count({ where: { clientId: c.id } })).toBe(1);
    const { moves } = await clientPathway(world.db, c.id);
    expect(moves).toMatchObject([{ fromUnitId: world.unitD1.id, toUnitId: world.unitD2.id, movedById: world.users.staffD1.id }]);

    expect(await readClientAudited(world.db, world.personas.staffD1!, c.id, "staff", new Date())).toBeNull();
    expect(await as(world, "staffD1", () => updateClientProfile({ clientId: c.id, skills: [], interests: [], benefits: [], allowedContractModels: [] }))).toMatchObject({
      ok: false,
      error: "FORBIDDEN",
    });
    expect(await readClientAudited(world.db, staffD2!, c.id, "staff", new Date())).not.toBeNull();
    expect(await as(world, staffD2, () => moveClientUnit({ clientId: c.id, toUnitId: world.unitD1.id }))).toMatchObject({ ok: true });
  });
});

describe("the unit directory", () => {
  it("lists the Jobcenter's units with their staff's contacts and active client counts", async () => {
    const { units, next } = await unitDirectory(world.db, world.jobcenterD.id, null);
    expect(next).toBeNull();
    expect(units.map((u) => u.name)).toEqual(["Pajala", "Verstas"]);
    const pajala = units.find((u) => u.name === "Pajala")!;
    expect(pajala.staff).toContainEqual({ id: world.users.staffD1.id, name: "Olli Ohjaaja", phone: null, email: "ohjaaja.d1@test.fi" });
    expect(pajala.activeClients).toBeGreaterThanOrEqual(2);
  });

  it("pages by name", async () => {
    for (let i = 0; i < 21; i++) await world.db.unit.create({ data: { jobcenterId: world.jobcenterR.id, name: `Yksikkö ${String(i).padStart(2, "0")}` } });
    const first = await unitDirectory(world.db, world.jobcenterR.id, null);
    expect(first.units).toHaveLength(20);
    const second = await unitDirectory(world.db, world.jobcenterR.id, first.next);
    expect(second.units.length).toBe(3);
    expect(new Set([...first.units, ...second.units].map((u) => u.id)).size).toBe(23);
  });
});
