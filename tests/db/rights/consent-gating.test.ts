import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addConsent, withdrawConsent } from "../../../src/features/clients/actions";
import { readClientAudited } from "../../../src/features/clients/queries";
import { orderDetail } from "../../../src/features/orders/queries";
import type { Subject } from "../../../src/features/auth/rules";
import { dateColumn, dayKey } from "../../../src/lib/dates";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createClient, createGig, createOrder } from "../../support/coordination";
import { as, type PersonaName, type World } from "../../support/world";

// Consent that gates (ADR 072), per role: what each party sees of a client of Pajala (D1).

let tdb: TestDatabase;
let w: World;
let otherUnitStaff: Subject & { userId: string };
const now = new Date();
const today = dayKey(now);

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
  // Staff of Verstas (D2), another unit of the same Jobcenter.
  const u = await w.db.user.create({ data: { name: "Vilja Verstas", email: `verstas.${Date.now()}@test.fi` } });
  await w.db.membership.create({ data: { userId: u.id, role: "UNIT_STAFF", unitId: w.unitD2.id } });
  otherUnitStaff = { userId: u.id, grants: [{ role: "UNIT_STAFF", unitId: w.unitD2.id }] };
});
afterAll(async () => tdb?.close());

const subject = (name: PersonaName) => w.personas[name]!;

async function clientWithSupport() {
  const client = await createClient(w);
  await w.db.client.update({ where: { id: client.id }, data: { supportNeeds: "Selkeät kirjalliset ohjeet", benefits: ["DISABILITY_PENSION"] } });
  return client;
}

async function consent(clientId: string, partyKinds: ("OTHER_UNIT" | "JOBCENTER_COORDINATION" | "PARTNER_EMPLOYER")[], scopes: ("WORK_PROFILE" | "SUPPORT_NEEDS" | "BENEFITS")[], validUntil?: string) {
  const r = await as(w, "staffD1", () => addConsent({ clientId, parties: [], partyKinds, scopes, scope: "Y100", agreedOn: "2026-01-01", validUntil }));
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

describe("another unit of the Jobcenter", () => {
  it("sees nothing without a consent, the work profile with one, nothing again once it is withdrawn", async () => {
    const client = await clientWithSupport();
    expect(await readClientAudited(w.db, otherUnitStaff, client.id, "otherUnit", now)).toBeNull();
    expect(await readClientAudited(w.db, otherUnitStaff, client.id, "staff", now)).toBeNull();

    const consentId = await consent(client.id, ["OTHER_UNIT"], ["WORK_PROFILE"]);
    const shared = await readClientAudited(w.db, otherUnitStaff, client.id, "otherUnit", now);
    expect(shared).toMatchObject({ firstName: "Testi", skills: ["cleaning"], consent: { id: consentId } });
    // The work profile only: never support needs or benefits.
    expect(shared).not.toHaveProperty("supportNeeds");
    expect(shared).not.toHaveProperty("benefits");
    // The read is logged with the view it was made in.
    expect(await w.db.auditEvent.count({ where: { clientId: client.id, actorUserId: otherUnitStaff.userId, action: "client.read", details: { equals: { view: "otherUnit" } } } })).toBe(1);

    expect((await as(w, "staffD1", () => withdrawConsent({ consentId }))).ok).toBe(true);
    expect(await readClientAudited(w.db, otherUnitStaff, client.id, "otherUnit", now)).toBeNull();
  });

  it("needs the party and the scope, and a consent still in force", async () => {
    const client = await clientWithSupport();
    await consent(client.id, ["JOBCENTER_COORDINATION"], ["WORK_PROFILE"]);
    await consent(client.id, ["OTHER_UNIT"], ["BENEFITS"]);
    await consent(client.id, ["OTHER_UNIT"], ["WORK_PROFILE"], "2026-01-31");
    expect(dayKey(now) > "2026-01-31").toBe(true);
    expect(await readClientAudited(w.db, otherUnitStaff, client.id, "otherUnit", now)).toBeNull();
  });

  it("a unit of another Jobcenter sees nothing even with the consent", async () => {
    const client = await clientWithSupport();
    await consent(client.id, ["OTHER_UNIT"], ["WORK_PROFILE"]);
    expect(await readClientAudited(w.db, subject("staffR1"), client.id, "otherUnit", now)).toBeNull();
  });
});

describe("the Jobcenter's coordinator", () => {
  it("sees the work profile always, support needs and benefits only while a consent names the coordination for them", async () => {
    const client = await clientWithSupport();
    const plain = await readClientAudited(w.db, subject("coordinatorD"), client.id, "coordinator", now);
    expect(plain).toMatchObject({ skills: ["cleaning"], shared: { supportNeeds: null, benefits: null } });
    expect(plain).not.toHaveProperty("benefits");
    expect(plain).not.toHaveProperty("supportNeeds");

    const support = await consent(client.id, ["JOBCENTER_COORDINATION"], ["SUPPORT_NEEDS"]);
    const withSupport = await readClientAudited(w.db, subject("coordinatorD"), client.id, "coordinator", now);
    expect(withSupport?.shared.supportNeeds).toMatchObject({ value: "Selkeät kirjalliset ohjeet", consent: { id: support } });
    expect(withSupport?.shared.benefits).toBeNull();

    await consent(client.id, ["JOBCENTER_COORDINATION"], ["BENEFITS"]);
    expect((await readClientAudited(w.db, subject("coordinatorD"), client.id, "coordinator", now))?.shared.benefits?.value).toEqual(["DISABILITY_PENSION"]);

    await as(w, "staffD1", () => withdrawConsent({ consentId: support }));
    expect((await readClientAudited(w.db, subject("coordinatorD"), client.id, "coordinator", now))?.shared.supportNeeds).toBeNull();
  });

  it("another Jobcenter's coordinator sees nothing", async () => {
    const client = await clientWithSupport();
    await consent(client.id, ["JOBCENTER_COORDINATION"], ["SUPPORT_NEEDS", "BENEFITS", "WORK_PROFILE"]);
    expect(await readClientAudited(w.db, subject("coordinatorR"), client.id, "coordinator", now)).toBeNull();
  });
});

describe("the other roles", () => {
  it("the client's own unit staff see everything, with or without a consent", async () => {
    const client = await clientWithSupport();
    const staff = await readClientAudited(w.db, subject("staffD1"), client.id, "staff", now);
    expect(staff).toMatchObject({ supportNeeds: "Selkeät kirjalliset ohjeet", benefits: ["DISABILITY_PENSION"] });
  });

  it("an admin reads the work profile but not the consent-gated details, which name the coordination", async () => {
    const client = await clientWithSupport();
    await consent(client.id, ["JOBCENTER_COORDINATION"], ["SUPPORT_NEEDS", "BENEFITS"]);
    expect(await readClientAudited(w.db, subject("admin"), client.id, "staff", now)).toBeNull();
    expect(await readClientAudited(w.db, subject("admin"), client.id, "coordinator", now)).toMatchObject({ shared: { supportNeeds: null, benefits: null } });
  });

  it("orderers and clients read no profile at all", async () => {
    const client = await clientWithSupport();
    await consent(client.id, ["PARTNER_EMPLOYER", "OTHER_UNIT", "JOBCENTER_COORDINATION"], ["WORK_PROFILE", "SUPPORT_NEEDS", "BENEFITS"]);
    for (const p of ["ordererX", "clientD1", "clientR1"] as const) {
      for (const view of ["staff", "coordinator", "otherUnit"] as const) expect(await readClientAudited(w.db, subject(p), client.id, view, now)).toBeNull();
    }
  });

  it("orderers keep seeing only the first name and the gig, even when a consent names a partner employer", async () => {
    const client = await clientWithSupport();
    await consent(client.id, ["PARTNER_EMPLOYER"], ["WORK_PROFILE", "SUPPORT_NEEDS", "BENEFITS"]);
    const order = await createOrder(w);
    await createGig(w, { orderId: order.id, clientId: client.id, day: "2026-12-20", start: "09:00", end: "12:00" });
    const detail = await orderDetail(w.db, order.id);
    expect(detail?.gigs).toHaveLength(1);
    expect(Object.keys(detail!.gigs[0]!.client)).toEqual(["firstName"]);
    expect(JSON.stringify(detail)).not.toContain("Asiakas"); // the last name
    expect(JSON.stringify(detail)).not.toContain("Selkeät");
  });
});

it("a consent valid until today still counts today (Helsinki days)", async () => {
  const client = await clientWithSupport();
  await w.db.consentRecord.create({
    data: { clientId: client.id, parties: [], partyKinds: ["OTHER_UNIT"], scopes: ["WORK_PROFILE"], scope: "Y100", agreedOn: dateColumn("2026-01-01"), validUntil: dateColumn(today), recordedById: w.users.staffD1.id },
  });
  expect(await readClientAudited(w.db, otherUnitStaff, client.id, "otherUnit", now)).not.toBeNull();
});

describe("the migration of existing consents", () => {
  it("reads the closed lists out of the free-text names and the scope, and never grants support needs", async () => {
    const { readFile } = await import("node:fs/promises");
    const sql = await readFile("prisma/migrations/20261206150000_data_rights/migration.sql", "utf8");
    const updates = sql
      .split(/;\s*\n/)
      .map((s) => s.replace(/^(--.*\n)+/gm, "").trim())
      .filter((s) => s.startsWith("UPDATE"));
    expect(updates).toHaveLength(2);
    const client = await createClient(w);
    const old = await w.db.consentRecord.create({
      data: { clientId: client.id, parties: ["Työkeskus", "Kela", "Aikuissosiaalityö", "TE-palvelut", "Naapuri"], scope: "Tietojen vaihto etuuksien ja täsmätyön yhteensovittamiseksi (Kelan lomake Y100)", agreedOn: dateColumn("2025-01-01"), recordedById: w.users.staffD1.id },
    });
    expect(old.partyKinds).toEqual([]);
    await tdb.privileged.$executeRawUnsafe(`${updates[0]} WHERE c."id" = '${old.id}'`);
    await tdb.privileged.$executeRawUnsafe(`${updates[1]} WHERE "id" = '${old.id}'`);
    const migrated = await w.db.consentRecord.findUniqueOrThrow({ where: { id: old.id } });
    expect([...migrated.partyKinds].sort()).toEqual(["EMPLOYMENT_SERVICES", "JOBCENTER_COORDINATION", "KELA", "OTHER", "SOCIAL_WORK"]);
    expect(migrated.scopes).toEqual(["WORK_PROFILE", "BENEFITS"]);
    expect(migrated.parties).toEqual(old.parties);
  });
});
