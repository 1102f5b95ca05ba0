import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobcenter, createUnit, updateJobcenter, updateUnit } from "../../../src/features/admin/actions";
import { adminCounts } from "../../../src/features/admin/queries";
import { auditEntityTypes, searchAuditLog } from "../../../src/features/audit/queries";
import { AUDIT_LOG_PAGE_SIZE } from "../../../src/features/audit/rules";
import { recordAudit } from "../../../src/features/audit/mutations";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let w: World;

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
});
afterAll(async () => tdb?.close());

describe("Jobcenters", () => {
  it("blocks commission contracts by default for rehabilitative work activity only", async () => {
    const rehab = await as(w, "admin", () =>
      createJobcenter({ name: "Itäinen Työkeskus", slug: "itainen", kind: "REHABILITATIVE_WORK_ACTIVITY", contractModels: ["EMPLOYMENT", "COMMISSION", "EMPLOYMENT"], phone: "09 310 1", email: "" }),
    );
    const disability = await as(w, "admin", () => createJobcenter({ name: "Läntinen Työkeskus", slug: "lantinen", kind: "DISABILITY_WORK_ACTIVITY", contractModels: ["COMMISSION"] }));
    if (!rehab.ok || !disability.ok) throw new Error("create failed");
    expect(await w.db.jobcenter.findUniqueOrThrow({ where: { id: rehab.data.jobcenterId } })).toMatchObject({
      blockCommissionForUnemploymentBenefit: true,
      contractModels: ["EMPLOYMENT", "COMMISSION"],
      email: null,
      active: true,
    });
    expect(await w.db.jobcenter.findUniqueOrThrow({ where: { id: disability.data.jobcenterId } })).toMatchObject({ blockCommissionForUnemploymentBenefit: false });
    expect(await w.db.auditEvent.count({ where: { action: "jobcenter.create" } })).toBe(2);
  });

  it("refuses a taken slug, a bad slug and no contract models", async () => {
    expect(await as(w, "admin", () => createJobcenter({ name: "Kopio", slug: "vammaisten-tyokeskus", kind: "DISABILITY_WORK_ACTIVITY", contractModels: ["EMPLOYMENT"] }))).toMatchObject({ ok: false, error: "CONFLICT" });
    expect(await as(w, "admin", () => createJobcenter({ name: "Huono", slug: "Ei Näin", kind: "DISABILITY_WORK_ACTIVITY", contractModels: ["EMPLOYMENT"] }))).toMatchObject({ ok: false, fieldErrors: { slug: "invalid" } });
    expect(await as(w, "admin", () => createJobcenter({ name: "Tyhjä", slug: "tyhja", kind: "DISABILITY_WORK_ACTIVITY", contractModels: [] }))).toMatchObject({ ok: false, fieldErrors: { contractModels: "required" } });
  });

  it("edits a Jobcenter and records what changed", async () => {
    const jc = w.jobcenterD;
    const r = await as(w, "admin", () =>
      updateJobcenter({ jobcenterId: jc.id, name: "Vammaisten Työkeskus", slug: "vammaisten-tyokeskus", kind: "DISABILITY_WORK_ACTIVITY", contractModels: ["EMPLOYMENT"], blockCommissionForUnemploymentBenefit: false, phone: "09 310 00001", email: "tk@test.fi", active: true }),
    );
    expect(r.ok).toBe(true);
    expect(await w.db.jobcenter.findUniqueOrThrow({ where: { id: jc.id } })).toMatchObject({ name: "Vammaisten Työkeskus", contractModels: ["EMPLOYMENT"], email: "tk@test.fi" });
    const event = await w.db.auditEvent.findFirstOrThrow({ where: { action: "jobcenter.update", entityId: jc.id } });
    expect(Object.keys(event.details as object).sort()).toEqual(["contractModels", "email", "name"]);
  });
});

describe("units", () => {
  it("creates, edits and deactivates a unit", async () => {
    const r = await as(w, "admin", () => createUnit({ jobcenterId: w.jobcenterR.id, name: "Kuntouttava Etelä", area: "Jätkäsaari", address: "" }));
    if (!r.ok) throw new Error(r.error);
    expect(await w.db.unit.findUniqueOrThrow({ where: { id: r.data.unitId } })).toMatchObject({ jobcenterId: w.jobcenterR.id, area: "Jätkäsaari", address: null, active: true });
    expect((await as(w, "admin", () => updateUnit({ unitId: r.data.unitId, name: "Kuntouttava Etelä", area: "Jätkäsaari", active: false }))).ok).toBe(true);
    expect(await w.db.unit.findUniqueOrThrow({ where: { id: r.data.unitId } })).toMatchObject({ active: false });
    expect(await w.db.auditEvent.count({ where: { entityId: r.data.unitId, action: { in: ["unit.create", "unit.deactivate"] } } })).toBe(2);
    expect(await as(w, "admin", () => createUnit({ jobcenterId: "missing", name: "Ei mitään" }))).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });
});

describe("audit log and counts", () => {
  it("filters by entity, action and client, newest first, in keyset pages", async () => {
    for (let i = 0; i < AUDIT_LOG_PAGE_SIZE + 5; i++) {
      await recordAudit(w.db, { actorUserId: w.users.staffD1.id, action: "client.read", entityType: "Client", entityId: w.clientD1.id, clientId: w.clientD1.id });
    }
    await recordAudit(w.db, { actorUserId: w.users.staffD1.id, action: "client.read", entityType: "Client", entityId: w.clientD2.id, clientId: w.clientD2.id });
    const first = await searchAuditLog(w.db, { clientId: w.clientD1.id }, null);
    expect(first.rows).toHaveLength(AUDIT_LOG_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    expect(first.rows[0]!.actorName).toBe("Olli Ohjaaja");
    const second = await searchAuditLog(w.db, { clientId: w.clientD1.id }, first.next);
    expect(second.rows).toHaveLength(5);
    expect(second.next).toBeNull();
    expect((await searchAuditLog(w.db, { entityType: "Jobcenter" }, null)).rows.every((r) => r.entityType === "Jobcenter")).toBe(true);
    expect((await searchAuditLog(w.db, { action: "unit.create" }, null)).rows.every((r) => r.action === "unit.create")).toBe(true);
    expect(await auditEntityTypes(w.db)).toEqual(expect.arrayContaining(["Client", "Jobcenter", "Unit"]));
  });

  it("counts people, clients, orders and gigs for the admin home", async () => {
    const c = await adminCounts(w.db);
    // the world's staff, orderer contacts and manager (ADR 071)
    expect(c.users).toBe(8);
    expect(c.clients).toBe(3);
    expect(c.orders).toBe(0);
    expect(c.gigs).toBe(0);
  });
});
