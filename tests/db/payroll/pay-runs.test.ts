import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmPayRun, createPayRun, discardPayRun, exportPayRun, savePayDetails } from "../../../src/features/payroll/actions";
import { findStatement, listCorrectedPaidGigs, listClientStatements, readStatement, loadLimitWarnings, readLimitWarningsAudited, loadPayRun, readPayDetailsAudited } from "../../../src/features/payroll/queries";
import { payStatementDocument } from "../../../src/features/payroll/rules";
import { payStatementPdf } from "../../../src/features/payroll/statement-pdf";
import { dayOfDateColumn, helsinkiInstant } from "../../../src/lib/dates";
import { createClient } from "../../support/coordination";
import { createClientGig } from "../../support/client-app";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

async function approvedGig(
  clientId: string,
  day: string,
  minutes: number,
  contractModel: "COMMISSION" | "EMPLOYMENT" | "PARTNER_EMPLOYER" = "EMPLOYMENT",
  jobcenterId = world.jobcenterD.id,
) {
  const { gig } = await createClientGig(world, { clientId, status: "APPROVED", startsAt: helsinkiInstant(day, "10:00"), minutes, approvedMinutes: minutes, contractModel, jobcenterId });
  return gig;
}

const run = (month: string, jobcenterId = world.jobcenterD.id, persona: "coordinatorD" | "coordinatorR" = "coordinatorD") =>
  as(world, persona, () => createPayRun({ jobcenterId, month, paymentDate: "2026-12-10" }));

describe("a month's pay run", () => {
  it("pays approved minutes by contract model, withholds 60 % without a tax card and the card's percentage with one", async () => {
    const a = await createClient(world, { firstName: "Anna" });
    const b = await createClient(world, { firstName: "Bertta" });
    await approvedGig(a.id, "2026-03-02", 180, "EMPLOYMENT");
    await approvedGig(a.id, "2026-03-09", 90, "COMMISSION");
    await approvedGig(b.id, "2026-03-31", 60, "EMPLOYMENT");
    // not paid: not approved, or after the month
    await createClientGig(world, { clientId: a.id, status: "REPORTED", startsAt: helsinkiInstant("2026-03-10", "10:00"), minutes: 60 });
    await approvedGig(a.id, "2026-04-01", 60);
    expect(await as(world, "staffD1", () => savePayDetails({ clientId: b.id, personalIdentityCode: "131052-308T", iban: "FI21 1234 5600 0007 85", withholdingPercent: "12,5", taxCardValidFrom: "2026-01-01", taxCardValidTo: "2026-12-31" }))).toMatchObject({ ok: true });

    const r = await run("2026-03");
    expect(r).toMatchObject({ ok: true, data: { created: true } });
    if (!r.ok) return;
    const stored = await loadPayRun(world.db, r.data.id);
    expect(stored?.status).toBe("DRAFT");
    expect(stored?.lines.map((l) => [l.workerName, l.kind, l.minutes, l.grossCents, l.sideCostsCents, l.withholdingBp, l.taxCardRecorded, l.withholdingCents, l.netCents, l.ibanEnding])).toEqual([
      ["Anna Asiakas", "COMMISSION_FEE", 90, 1500, 0, 6000, false, 900, 600, null],
      ["Anna Asiakas", "WAGES", 180, 3000, 1650, 6000, false, 1800, 1200, null],
      ["Bertta Asiakas", "WAGES", 60, 1000, 550, 1250, true, 125, 875, "0785"],
    ]);
    expect(stored).toMatchObject({ grossCents: 5500, sideCostsCents: 2200, withholdingCents: 2825, netCents: 2675 });
    for (const l of stored!.lines) expect(l.grossCents + l.sideCostsCents + l.serviceCostsCents).toBe(l.priceCents);
    expect(await world.db.payRunGig.count({ where: { payRunId: r.data.id } })).toBe(3);
  });

  it("running the month again creates nothing new", async () => {
    const before = await world.db.payRunGig.count();
    const again = await run("2026-03");
    expect(again).toMatchObject({ ok: true, data: { created: false } });
    expect(await world.db.payRun.count({ where: { jobcenterId: world.jobcenterD.id } })).toBe(1);
    expect(await world.db.payRunGig.count()).toBe(before);
  });

  it("two runs of a month at the same moment produce one set", async () => {
    const c = await createClient(world, { firstName: "Cecilia" });
    for (const day of ["2026-04-06", "2026-04-07", "2026-04-08"]) await approvedGig(c.id, day, 120);
    const [x, y] = await Promise.all([run("2026-04"), run("2026-04")]);
    // the second waits for the first (a lock on the Jobcenter's pay) and then finds its run
    expect(x.ok && y.ok).toBe(true);
    if (!x.ok || !y.ok) return;
    expect(x.data.id).toBe(y.data.id);
    expect([x.data.created, y.data.created].sort()).toEqual([false, true]);
    const runs = await world.db.payRun.findMany({ where: { jobcenterId: world.jobcenterD.id, periodStart: new Date("2026-04-01T00:00:00Z") } });
    expect(runs).toHaveLength(1);
    // the April run also picked up the gig of 1.4. that the March run left out
    expect(await world.db.payRunGig.count({ where: { payRunId: runs[0]!.id } })).toBe(4);
  });

  it("a crash in the middle leaves no run and no paid gig", async () => {
    const d = await createClient(world, { firstName: "Aada" });
    const e = await createClient(world, { firstName: "CRASH" });
    await approvedGig(d.id, "2026-05-04", 60);
    await approvedGig(e.id, "2026-05-05", 60);
    // the second worker's line fails after the run and the first line are written (the trigger is
    // made by the owner: the app role cannot create functions, ADR 057)
    await tdb.privileged.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION pay_crash() RETURNS trigger AS $$ BEGIN IF NEW."workerName" LIKE 'CRASH%' THEN RAISE EXCEPTION 'crash'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await tdb.privileged.$executeRawUnsafe(`CREATE TRIGGER pay_crash BEFORE INSERT ON "PayRunLine" FOR EACH ROW EXECUTE FUNCTION pay_crash()`);
    try {
      const r = await run("2026-05");
      expect(r).toMatchObject({ ok: false, error: "INTERNAL" });
    } finally {
      await tdb.privileged.$executeRawUnsafe(`DROP TRIGGER pay_crash ON "PayRunLine"`);
      await tdb.privileged.$executeRawUnsafe(`DROP FUNCTION pay_crash()`);
    }
    expect(await world.db.payRun.count({ where: { periodStart: new Date("2026-05-01T00:00:00Z") } })).toBe(0);
    expect(await world.db.payRunLine.count({ where: { clientId: { in: [d.id, e.id] } } })).toBe(0);
    const again = await run("2026-05");
    expect(again).toMatchObject({ ok: true, data: { created: true } });
    if (again.ok) expect(await world.db.payRunLine.count({ where: { payRunId: again.data.id } })).toBe(2);
  });

  it("the payment day comes after the month", async () => {
    expect(await as(world, "coordinatorD", () => createPayRun({ jobcenterId: world.jobcenterD.id, month: "2026-10", paymentDate: "2026-10-31" }))).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      fieldErrors: { paymentDate: "endBeforeStart" },
    });
  });

  it("a month that has not ended cannot be run", async () => {
    expect(await as(world, "coordinatorD", () => createPayRun({ jobcenterId: world.jobcenterD.id, month: "2026-12", paymentDate: "2027-01-10" }), helsinkiInstant("2026-12-31", "23:00"))).toMatchObject({
      ok: false,
      rule: "PAY_PERIOD_NOT_ENDED",
    });
  });
});

describe("confirming, statements and the export", () => {
  let runId = "";
  let clientId = "";

  it("a draft may be discarded and run again; a confirmed run is locked", async () => {
    const f = await createClient(world, { firstName: "Fanni" });
    clientId = f.id;
    await approvedGig(f.id, "2026-06-15", 240);
    const first = await run("2026-06");
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(await as(world, "coordinatorD", () => discardPayRun({ payRunId: first.data.id }))).toMatchObject({ ok: true });
    expect(await world.db.payRunGig.count({ where: { payRunId: first.data.id } })).toBe(0);
    const second = await run("2026-06");
    if (!second.ok) throw new Error(JSON.stringify(second));
    runId = second.data.id;
    expect(await as(world, "coordinatorD", () => confirmPayRun({ payRunId: runId }))).toMatchObject({ ok: true });
    expect(await as(world, "coordinatorD", () => confirmPayRun({ payRunId: runId }))).toMatchObject({ ok: false, rule: "PAY_RUN_NOT_DRAFT" });
    expect(await as(world, "coordinatorD", () => discardPayRun({ payRunId: runId }))).toMatchObject({ ok: false, rule: "PAY_RUN_NOT_DRAFT" });
  });

  it("a gig approved after its month's run was confirmed is paid in the next run", async () => {
    const late = await approvedGig(clientId, "2026-06-20", 60);
    const july = await run("2026-07");
    if (!july.ok) throw new Error(JSON.stringify(july));
    const paid = await world.db.payRunGig.findUnique({ where: { gigId: late.id } });
    expect(paid?.payRunId).toBe(july.data.id);
    expect(dayOfDateColumn(paid!.workDate)).toBe("2026-06-20");
  });

  it("a paid gig corrected afterwards is listed, and the run stays as it was", async () => {
    const paid = await world.db.payRunGig.findFirstOrThrow({ where: { payRunId: runId } });
    await world.db.gig.update({ where: { id: paid.gigId }, data: { approvedMinutes: 210 } });
    const corrected = await listCorrectedPaidGigs(world.db, world.jobcenterD.id);
    expect(corrected.map((g) => [g.gigId, g.paidMinutes, g.approvedMinutes])).toEqual([[paid.gigId, 240, 210]]);
    await world.db.gig.update({ where: { id: paid.gigId }, data: { approvedMinutes: 240 } });
    expect(await listCorrectedPaidGigs(world.db, world.jobcenterD.id)).toEqual([]);
  });

  it("the client sees statements of confirmed runs only, built from the stored line", async () => {
    const statements = await listClientStatements(world.db, clientId);
    expect(statements).toHaveLength(1);
    const line = await findStatement(world.db, statements[0]!.id);
    const doc = payStatementDocument(
      { periodStart: "2026-06-01", periodEnd: "2026-06-30", paymentDate: "2026-12-10", payer: { name: line!.payRun.jobcenter.name, businessId: null, streetAddress: null, postalCode: null, city: null } },
      line!,
      "fi",
    );
    expect(doc).toMatchObject({ kind: "WAGES", grossCents: 4000, withholdingBp: 6000, withholdingCents: 2400, netCents: 1600, gigs: [{ workDate: "2026-06-15", minutes: 240, hourlyPayCents: 1000 }] });
    const pdf = await payStatementPdf(doc);
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
  });

  it("a statement opens for the worker and their staff (audited), never for another client, an orderer or a draft", async () => {
    const [s] = await listClientStatements(world.db, clientId);
    const user = await world.db.user.create({ data: { name: "Fanni", clientUsername: `fanni-${Date.now()}` } });
    await world.db.client.update({ where: { id: clientId }, data: { userId: user.id } });
    const own = { userId: user.id, clientId, grants: [{ role: "CLIENT" as const, clientId }] };
    const before = await world.db.auditEvent.count({ where: { action: "payStatement.read" } });
    expect(await readStatement(world.db, own, s!.id)).not.toBeNull();
    expect(await readStatement(world.db, world.personas.clientD1!, s!.id)).toBeNull();
    expect(await readStatement(world.db, world.personas.ordererX!, s!.id)).toBeNull();
    expect(await readStatement(world.db, world.personas.coordinatorR!, s!.id)).toBeNull();
    expect(await readStatement(world.db, world.personas.staffD1!, s!.id)).not.toBeNull();
    expect(await world.db.auditEvent.count({ where: { action: "payStatement.read" } })).toBe(before + 1);
    const draftLine = await world.db.payRunLine.findFirstOrThrow({ where: { payRun: { status: "DRAFT" } } });
    expect(await readStatement(world.db, world.personas.coordinatorD!, draftLine.id)).toBeNull();
  });

  it("the export has the identity code and IBAN, is audited, and is the coordinator's only", async () => {
    await as(world, "staffD1", () => savePayDetails({ clientId, personalIdentityCode: "010101A123N", iban: "FI2112345600000785", withholdingPercent: "", taxCardValidFrom: "", taxCardValidTo: "" }));
    const r = await as(world, "coordinatorD", () => exportPayRun({ payRunId: runId }));
    if (!r.ok) throw new Error(JSON.stringify(r));
    const [header, row] = r.data.csv.trim().split("\n");
    expect(header).toContain("personal_identity_code,iban");
    expect(row).toContain("Fanni Asiakas,010101A123N,FI2112345600000785,WAGES,240,40.00,22.00,60.00,no,24.00,16.00");
    expect(await world.db.auditEvent.count({ where: { action: "payroll.export", entityId: runId } })).toBe(1);
    for (const persona of ["staffD1", "ordererX", "clientD1", "coordinatorR"] as const) {
      expect(await as(world, persona, () => exportPayRun({ payRunId: runId }))).toMatchObject({ ok: false, error: "FORBIDDEN" });
    }
    expect(await world.db.auditEvent.count({ where: { action: "payroll.export", entityId: runId } })).toBe(1);
    const july = await world.db.payRun.findFirstOrThrow({ where: { periodStart: new Date("2026-07-01T00:00:00Z") } });
    expect(await as(world, "coordinatorD", () => exportPayRun({ payRunId: july.id }))).toMatchObject({ ok: false, rule: "PAY_RUN_NOT_CONFIRMED" });
  });
});

describe("limits, partner gigs and pay details", () => {
  it("lists a worker who nears the disability pension earnings limit", async () => {
    const g = await createClient(world, { firstName: "Greta" });
    await approvedGig(g.id, "2026-08-10", 80 * 60);
    const r = await run("2026-08");
    if (!r.ok) throw new Error(JSON.stringify(r));
    const stored = await loadPayRun(world.db, r.data.id);
    const warnings = await loadLimitWarnings(world.db, stored!, stored!.lines.map((l) => l.clientId));
    expect(warnings.map((w) => [w.workerName, w.meters.map((m) => [m.slot.kind, m.meter?.level])])).toEqual([["Greta Asiakas", [["DISABILITY_PENSION_EARNINGS", "close"]]]]);
    await readLimitWarningsAudited(world.db, world.personas.coordinatorD!, stored!, stored!.lines.map((l) => l.clientId));
    expect(await world.db.auditEvent.count({ where: { action: "payroll.limits.read", clientId: g.id } })).toBe(1);
  });

  it("leaves partner-model gigs to the partner association", async () => {
    const h = await createClient(world, { jobcenter: "R", firstName: "Heikki" });
    await approvedGig(h.id, "2026-09-01", 60, "PARTNER_EMPLOYER", world.jobcenterR.id);
    await approvedGig(h.id, "2026-09-02", 60, "EMPLOYMENT", world.jobcenterR.id);
    const r = await run("2026-09", world.jobcenterR.id, "coordinatorR");
    if (!r.ok) throw new Error(JSON.stringify(r));
    const stored = await loadPayRun(world.db, r.data.id);
    expect(stored?.lines.map((l) => [l.kind, l.minutes])).toEqual([["WAGES", 60]]);
  });

  it("refuses a wrong identity code, IBAN or percentage, and audits every read", async () => {
    const bad = await as(world, "staffD1", () => savePayDetails({ clientId: world.clientD1.id, personalIdentityCode: "131052-308U", iban: "FI2112345600000786", withholdingPercent: "120" }));
    expect(bad).toMatchObject({ ok: false, error: "INVALID_INPUT", fieldErrors: { personalIdentityCode: "personalIdentityCode", iban: "iban", withholdingPercent: "percent" } });
    const staff = world.personas.staffD1!;
    const before = await world.db.auditEvent.count({ where: { action: "payDetails.read" } });
    expect(await readPayDetailsAudited(world.db, staff, world.clientD1.id)).not.toBeNull();
    expect(await readPayDetailsAudited(world.db, world.personas.ordererX!, world.clientD1.id)).toBeNull();
    expect(await readPayDetailsAudited(world.db, world.personas.staffR1!, world.clientD1.id)).toBeNull();
    expect(await world.db.auditEvent.count({ where: { action: "payDetails.read" } })).toBe(before + 1);
  });
});
