import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readClientAudited } from "../../../src/features/clients/queries";
import { eraseClient, eraseUser } from "../../../src/features/rights/actions";
import { clientExportData, clientsDueForErasure, usersDueForErasure } from "../../../src/features/rights/queries";
import { exportJson, exportPdf } from "../../../src/features/rights/render";
import { retentionCutoff } from "../../../src/features/rights/rules";
import { recordAudit } from "../../../src/features/audit/mutations";
import { loadMessages } from "../../../src/i18n/messages";
import { dateColumn, dayKey } from "../../../src/lib/dates";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createClient, createGig, createOrder } from "../../support/coordination";
import { as, type World } from "../../support/world";

// Export and erasure (ADR 074). The figures the reports count must be the same before and after
// an erasure; nothing that names the person may remain anywhere in the database.

let tdb: TestDatabase;
let w: World;
const NAME = "Eerikanen";
const PHONE = "040 987 6543";

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
});
afterAll(async () => tdb?.close());

/** A former client of Pajala with an account, gigs with approved hours, feedback, consents, pay details and audit rows; the period ended on `endedOn`. */
async function formerClient(endedOn: string, first = "Eerika") {
  const last = first === "Eerika" ? NAME : `${first}lainen`;
  const phone = first === "Eerika" ? PHONE : "040 000 0000";
  const user = await w.db.user.create({ data: { name: `${first} ${last}`, email: `${first.toLowerCase()}.${Date.now()}@example.fi`, phone, clientUsername: `${first.toLowerCase()}${Date.now()}`, pinHash: "x" } });
  const client = await createClient(w, { firstName: first });
  await w.db.client.update({
    where: { id: client.id },
    data: { lastName: last, phone, birthDate: dateColumn("1987-08-23"), gender: "FEMALE", supportNeeds: "Tarvitsee rauhallisen paikan", userId: user.id, status: "ENDED", active: false },
  });
  const order = await createOrder(w);
  for (const [day, minutes] of [["2013-03-04", 180], ["2013-03-11", 150]] as const) {
    const gig = await createGig(w, { orderId: order.id, clientId: client.id, day, start: "09:00", end: "12:00", status: "APPROVED" });
    await w.db.gig.update({ where: { id: gig.id }, data: { approvedMinutes: minutes, reportNote: `${first} oli ajoissa` } });
    await w.db.feedback.create({ data: { orderId: order.id, gigId: gig.id, clientId: client.id, authorUserId: w.users.ordererX.id, rating: 4, comment: `${first} teki hyvää työtä` } });
    // Feedback both ways (ADR 047): the client's own words and the unit's debrief.
    await w.db.gigClientFeedback.create({ data: { gigId: gig.id, clientId: client.id, mood: 3, words: `Minä ${first} tykkäsin`, byUserId: user.id } });
    await w.db.gigDebrief.create({ data: { gigId: gig.id, clientId: client.id, wentWell: `${first} oli reipas`, toPractise: "tauot", clientView: "kiva", recordedById: w.users.staffD1.id } });
  }
  // A staff relay naming the client (ADR 046).
  await w.db.notification.create({ data: { userId: w.users.staffD1.id, kind: "unit.relay", params: { firstName: first, lastName: last }, link: `/unit/clients/${client.id}`, dedupeKey: `erase-test:${client.id}` } });
  await w.db.consentRecord.create({ data: { clientId: client.id, parties: [`${first} ${last}:n sosiaalityöntekijä`], partyKinds: ["SOCIAL_WORK"], scopes: ["WORK_PROFILE"], scope: "Y100", agreedOn: dateColumn("2012-01-01"), recordedById: w.users.staffD1.id } });
  await w.db.readinessEvent.create({ data: { clientId: client.id, status: "READY", note: `${first} valmis`, byUserId: w.users.staffD1.id } });
  await w.db.clientPayDetails.create({ data: { clientId: client.id, personalIdentityCode: first === "Eerika" ? "230887-123A" : "010190-901X", iban: first === "Eerika" ? "FI2112345600000785" : "FI0000000000000001", recordedById: w.users.staffD1.id } });
  await w.db.pathwayEvent.create({ data: { clientId: client.id, unitId: w.unitD1.id, kind: "OPEN_LABOUR_MARKET", occurredOn: dateColumn(endedOn), note: `${first} sai töitä`, recordedById: w.users.staffD1.id } });
  await w.db.pathwayEvent.create({ data: { clientId: client.id, unitId: w.unitD1.id, kind: "PERIOD_ENDED", occurredOn: dateColumn(endedOn), recordedById: w.users.staffD1.id } });
  await recordAudit(w.db, { actorUserId: w.users.staffD1.id, action: "client.update", entityType: "Client", entityId: client.id, clientId: client.id, details: { phone } });
  await recordAudit(w.db, { actorUserId: user.id, action: "gig.accept", entityType: "Gig", entityId: "g", clientId: null, details: { by: `${first}` } });
  await readClientAudited(w.db, w.personas.staffD1!, client.id, "staff", new Date());
  return { client, user, order };
}

/** The report's figures, computed in SQL the way a report would (per unit, gender, birth-year age band). */
async function figures() {
  const q = <T,>(sql: string) => w.db.$queryRawUnsafe<T[]>(sql);
  return {
    workers: await q(`SELECT c."unitId", count(DISTINCT g."clientId")::int AS n, sum(g."approvedMinutes")::int AS minutes, count(*)::int AS gigs
      FROM "Gig" g JOIN "Client" c ON c.id = g."clientId" WHERE g."approvedMinutes" IS NOT NULL GROUP BY c."unitId" ORDER BY 1`),
    orders: await q(`SELECT count(*)::int AS orders, count(DISTINCT "ordererId")::int AS orderers FROM "Order"`),
    split: await q(`SELECT c.gender, CASE WHEN c."birthDate" IS NULL THEN 'unknown' WHEN 2026 - extract(year FROM c."birthDate") < 30 THEN '<30' WHEN 2026 - extract(year FROM c."birthDate") < 45 THEN '30-44' ELSE '45+' END AS band,
      count(DISTINCT c.id)::int AS n FROM "Client" c JOIN "Gig" g ON g."clientId" = c.id WHERE g."approvedMinutes" IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`),
    feedback: await q(`SELECT count(*)::int AS n, sum(rating)::int AS total FROM "Feedback"`),
    moods: await q(`SELECT count(*)::int AS n, sum(mood)::int AS total FROM "GigClientFeedback"`),
    pathway: await q(`SELECT kind, count(*)::int AS n FROM "PathwayEvent" GROUP BY kind ORDER BY kind`),
  };
}

/** Every row of every table, as text, that contains `needle`. */
async function rowsContaining(needle: string): Promise<string[]> {
  const tables = await w.db.$queryRawUnsafe<{ t: string }[]>(`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
  const found: string[] = [];
  for (const { t } of tables) {
    const [{ n }] = await w.db.$queryRawUnsafe<[{ n: number }]>(`SELECT count(*)::int AS n FROM "${t}" x WHERE row_to_json(x)::text ILIKE $1`, `%${needle}%`);
    if (n > 0) found.push(t);
  }
  return found;
}

describe("erasing a former client", () => {
  it("keeps every figure, removes every trace, and logs the erasure without the data", async () => {
    const { client, user } = await formerClient("2013-05-31");
    const other = await formerClient(dayKey(new Date()), "Onni");
    const before = await figures();
    expect(await rowsContaining(NAME)).not.toEqual([]);

    const r = await as(w, "admin", () => eraseClient({ clientId: client.id, confirm: true }));
    expect(r).toMatchObject({ ok: true });

    expect(await figures()).toEqual(before);
    // Only the client whose period is still within retention keeps the name.
    expect(await rowsContaining("Eerika")).toEqual([]);
    expect(await rowsContaining(NAME)).toEqual([]);
    expect(await rowsContaining(PHONE)).toEqual([]);
    expect(await rowsContaining("230887")).toEqual([]);
    expect(await rowsContaining("FI2112345600000785")).toEqual([]);

    const row = await w.db.client.findUniqueOrThrow({ where: { id: client.id } });
    expect(row).toMatchObject({ phone: null, email: null, supportNeeds: null, userId: null, gender: "FEMALE", unitId: w.unitD1.id });
    expect(dayKey(row.birthDate!)).toBe("1987-01-01");
    expect(row.erasedAt).not.toBeNull();
    expect(await w.db.gig.count({ where: { clientId: client.id } })).toBe(2);
    expect(await w.db.feedback.findMany({ where: { clientId: client.id }, select: { rating: true, comment: true } })).toEqual([
      { rating: 4, comment: null },
      { rating: 4, comment: null },
    ]);
    expect(await w.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: false, email: null, phone: null, pinHash: null, clientUsername: null });

    // The audit rows about the client and by the client's account are gone; one row says an erasure happened.
    expect(await w.db.auditEvent.count({ where: { OR: [{ clientId: client.id }, { actorUserId: user.id }] } })).toBe(0);
    const erasure = await w.db.auditEvent.findMany({ where: { action: "person.erase", entityId: client.id } });
    expect(erasure).toHaveLength(1);
    expect(erasure[0]).toMatchObject({ actorUserId: w.users.admin.id, clientId: null, entityType: "Client" });
    expect(JSON.stringify(erasure[0]!.details)).not.toMatch(/Eerika|Eerikanen|040/);
    // The other client's rows are untouched.
    expect(await w.db.auditEvent.count({ where: { clientId: other.client.id } })).toBeGreaterThan(0);
    // The erase flag did not outlive the function: audit rows are append-only again.
    await expect(w.db.auditEvent.deleteMany({ where: { clientId: other.client.id } })).rejects.toThrow();

    expect(await as(w, "admin", () => eraseClient({ clientId: client.id, confirm: true }))).toMatchObject({ ok: false, rule: "ALREADY_ERASED" });
    expect(await readClientAudited(w.db, w.personas.staffD1!, client.id, "staff", new Date())).toBeNull();
  });

  it("refuses what is not yet due, and lists only what is", async () => {
    const recent = await formerClient("2020-01-15", "Riikka");
    const due = await formerClient("2010-01-15", "Daniela");
    expect(await as(w, "admin", () => eraseClient({ clientId: recent.client.id, confirm: true }))).toMatchObject({ ok: false, rule: "NOT_DUE_FOR_ERASURE" });
    const active = await createClient(w);
    expect(await as(w, "admin", () => eraseClient({ clientId: active.id, confirm: true }))).toMatchObject({ ok: false, rule: "NOT_DUE_FOR_ERASURE" });
    const listed = (await clientsDueForErasure(w.db, retentionCutoff(dayKey(new Date()), 12))).map((c) => c.id);
    expect(listed).toContain(due.client.id);
    expect(listed).not.toContain(recent.client.id);
    expect(listed).not.toContain(active.id);
    // A client who came back and ended again counts from the last end.
    await w.db.pathwayEvent.create({ data: { clientId: due.client.id, unitId: w.unitD1.id, kind: "PERIOD_ENDED", occurredOn: dateColumn("2024-06-30"), recordedById: w.users.staffD1.id } });
    expect((await clientsDueForErasure(w.db, retentionCutoff(dayKey(new Date()), 12))).map((c) => c.id)).not.toContain(due.client.id);
    expect(await as(w, "admin", () => eraseClient({ clientId: due.client.id, confirm: true }))).toMatchObject({ ok: false, rule: "NOT_DUE_FOR_ERASURE" });
  });

  it("needs the confirmation", async () => {
    const { client } = await formerClient("2011-01-01", "Veera");
    expect(await as(w, "admin", () => eraseClient({ clientId: client.id, confirm: false as unknown as true }))).toMatchObject({ ok: false, error: "INVALID_INPUT" });
  });
});

describe("erasing a closed account", () => {
  it("anonymises a deactivated orderer contact; the orders and the audit trail stay", async () => {
    const contact = await w.db.user.create({ data: { name: "Tauno Tilaajanen", email: `tauno.${Date.now()}@firma.example`, phone: "050 111 2222", active: false, updatedAt: new Date("2012-03-01T00:00:00Z") } });
    await w.db.membership.create({ data: { userId: contact.id, role: "ORDERER_CONTACT", ordererId: w.ordererX.id } });
    await recordAudit(w.db, { actorUserId: contact.id, action: "order.submit", entityType: "Order", entityId: "o1" });
    const ordersBefore = await w.db.order.count();
    expect((await usersDueForErasure(w.db, retentionCutoff(dayKey(new Date()), 12))).map((u) => u.id)).toContain(contact.id);
    expect(await as(w, "admin", () => eraseUser({ userId: contact.id, confirm: true }))).toMatchObject({ ok: true });
    expect(await w.db.user.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ name: "Poistettu käyttäjä", email: null, phone: null, active: false });
    expect(await w.db.order.count()).toBe(ordersBefore);
    expect(await w.db.auditEvent.count({ where: { actorUserId: contact.id, action: "order.submit" } })).toBe(1);
    expect(await rowsContaining("Tilaajanen")).toEqual([]);
  });

  it("refuses an account still in use", async () => {
    expect(await as(w, "admin", () => eraseUser({ userId: w.users.coordinatorD.id, confirm: true }))).toMatchObject({ ok: false, rule: "NOT_DUE_FOR_ERASURE" });
  });
});

describe("the subject-access export", () => {
  it("holds the client's data as JSON and a readable PDF, pay details shortened", async () => {
    const { client } = await formerClient(dayKey(new Date()), "Saara");
    const data = await clientExportData(w.db, client.id);
    const json = JSON.parse(exportJson(data, [{ createdAt: new Date(), actorName: "Olli Ohjaaja", action: "client.read" }], new Date()));
    expect(json.client).toMatchObject({ firstName: "Saara", lastName: "Saaralainen", supportNeeds: "Tarvitsee rauhallisen paikan" });
    expect(json.gigs).toHaveLength(2);
    expect(json.consents[0]).toMatchObject({ partyKinds: ["SOCIAL_WORK"] });
    expect(json.payDetails).toMatchObject({ personalIdentityCodeEnding: "901X", ibanEnding: "0001" });
    expect(JSON.stringify(json)).not.toContain("010190");
    expect(json.accessLog[0]).toMatchObject({ actorName: "Olli Ohjaaja" });
    const pdf = await exportPdf(data, [], "fi", await loadMessages("fi"), new Date());
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(2000);
  });
});
