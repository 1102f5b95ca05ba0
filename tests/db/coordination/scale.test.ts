import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BenefitType, ContractModel, ReadinessStatus, SkillsCheck } from "../../../src/generated/prisma/enums";
import { Prisma } from "../../../src/generated/prisma/client";
import { listApprovedGigs, listClientGigs } from "../../../src/features/client-app/queries";
import { unitClients } from "../../../src/features/clients/queries";
import {
  assignmentCheck,
  coordinatorInbox,
  coordinatorOrder,
  coordinatorSessions,
  inboxCountsSql,
  inboxPageSql,
  INBOX_PAGE_SIZE,
  matchCandidates,
  matchCandidatesSql,
  unitOffers,
} from "../../../src/features/coordination/queries";
import { MATCH_PAGE_SIZE, matchPage, matchScore } from "../../../src/features/coordination/rules";
import { listOrdersOfOrderer } from "../../../src/features/orders/queries";
import { OPEN_ORDER_STATES } from "../../../src/features/orders/status";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createGig, createOrder, createSession } from "../../support/coordination";
import type { World } from "../../support/world";

// Issue 15, ADR 090: bounded keyset pages with true counts, the indexes behind them, and
// matching that pre-filters in SQL exactly what the rules would refuse anyway.

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

/** Walks a keyset list from the first page to the last. */
async function walk<T>(page: (after: string | undefined) => Promise<{ rows: T[]; next: string | null }>): Promise<{ rows: T[]; pages: number }> {
  const rows: T[] = [];
  let after: string | undefined;
  let pages = 0;
  for (;;) {
    const p = await page(after);
    pages++;
    rows.push(...p.rows);
    if (!p.next) return { rows, pages };
    after = p.next;
    if (pages > 200) throw new Error("the pages do not end");
  }
}

/**
 * The plan of a query, with sequential scans off inside one transaction (the test tables hold
 * a few rows, where a sequential scan is the right plan; the question is whether an index
 * serves the query at all). SET LOCAL keeps it to the transaction's connection.
 */
async function planOf(query: Prisma.Sql): Promise<string> {
  return world.db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${query}`);
    return rows.map((r) => r["QUERY PLAN"]).join("\n");
  });
}

const at = (minutesAgo: number) => new Date(Date.UTC(2026, 10, 1, 12, 0) - minutesAgo * 60_000);

describe("the coordinator's inbox", () => {
  it("pages each state newest first with no repeats or gaps (ties on the instant too), with true counts per state", async () => {
    const made: Record<string, string[]> = {};
    // 47 orders finding workers (more than two pages), three received, one scheduled; every
    // third pair shares its creation instant, so the id decides between them.
    const plan: [string, number][] = [["FINDING_WORKERS", 47], ["RECEIVED", 3], ["SCHEDULED", 1]];
    let i = 0;
    for (const [status, n] of plan) {
      for (let k = 0; k < n; k++) {
        const o = await createOrder(world, { status: status as never });
        await world.db.order.update({ where: { id: o.id }, data: { createdAt: at(Math.floor(i / 2) * 3) } });
        (made[status] ??= []).push(o.id);
        i++;
      }
    }
    // Another Jobcenter's and a closed order are not in the inbox.
    await createOrder(world, { jobcenter: "R", status: "FINDING_WORKERS" });
    await createOrder(world, { status: "APPROVED" });

    const first = await coordinatorInbox(world.db, [world.jobcenterD.id], new Date());
    expect(first.map((s) => s.status)).toEqual([...OPEN_ORDER_STATES]);
    const counted = await world.db.order.groupBy({ by: ["status"], where: { jobcenterId: world.jobcenterD.id, status: { in: [...OPEN_ORDER_STATES] } }, _count: { _all: true } });
    for (const s of first) expect(s.total).toBe(counted.find((c) => c.status === s.status)?._count._all ?? 0);
    const finding = first.find((s) => s.status === "FINDING_WORKERS")!;
    expect(finding.total).toBe(47);
    expect(finding.rows).toHaveLength(INBOX_PAGE_SIZE);

    const { rows, pages } = await walk(async (after) => {
      const sections = await coordinatorInbox(world.db, [world.jobcenterD.id], new Date(), after ? { status: "FINDING_WORKERS", after } : null);
      // The other states stay on their first page while one state moves on.
      expect(sections.find((s) => s.status === "RECEIVED")!.rows).toHaveLength(3);
      return sections.find((s) => s.status === "FINDING_WORKERS")!;
    });
    expect(pages).toBe(3);
    expect(new Set(rows.map((r) => r.id)).size).toBe(47);
    expect(rows.map((r) => r.id).sort()).toEqual([...made.FINDING_WORKERS!].sort());
    const expected = await world.db.order.findMany({
      where: { jobcenterId: world.jobcenterD.id, status: "FINDING_WORKERS" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.id));
  });

  it("a malformed cursor is the first page", async () => {
    const sections = await coordinatorInbox(world.db, [world.jobcenterD.id], new Date(), { status: "FINDING_WORKERS", after: "'; DROP TABLE" });
    const finding = sections.find((s) => s.status === "FINDING_WORKERS")!;
    expect(finding.paged).toBe(false);
    expect(finding.rows).toHaveLength(INBOX_PAGE_SIZE);
  });

  it("counts per state from the (jobcenterId, status, createdAt, id) index", async () => {
    const plan = await planOf(inboxCountsSql([world.jobcenterD.id]));
    // Any index led by the Jobcenter serves the count (several do, and on these few rows the
    // planner's pick between them varies with the other tests' rows): never the whole table.
    expect(plan).toMatch(/Index (Only )?Scan using "?Order_jobcenterId_\w+/);
    expect(plan).not.toMatch(/Seq Scan on "Order"/);
    // And each state's page is a keyset read on (jobcenterId, status, createdAt, id), also past a cursor.
    for (const page of [null, { status: "FINDING_WORKERS" as const, cursor: { createdAt: new Date(), id: "x" } }]) {
      const pagePlan = await planOf(inboxPageSql([world.jobcenterD.id], new Date(), page));
      expect(pagePlan).toContain("Order_jobcenterId_status_createdAt_id_idx");
      expect(pagePlan).not.toMatch(/Seq Scan on "Order"/);
    }
  });
});

describe("the other lists", () => {
  it("an orderer's orders: small pages, newest first, every order once", async () => {
    const { rows, pages } = await walk((after) => listOrdersOfOrderer(world.db, world.ordererX.id, after));
    const all = await world.db.order.findMany({ where: { ordererId: world.ordererX.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(all.length).toBeGreaterThan(40);
    expect(pages).toBeGreaterThan(2);
    expect(rows.map((r) => r.id)).toEqual(all.map((a) => a.id));
  });

  it("a unit's clients by name (same names decided by id) and its offers newest first", async () => {
    for (let k = 0; k < 60; k++) {
      await world.db.client.create({
        data: { unitId: world.unitD2.id, firstName: k % 3 === 0 ? "Sama" : `Etu${k % 7}`, lastName: k % 2 ? "Virtanen" : "Ärrä", readiness: "READY", allowedContractModels: ["EMPLOYMENT"] },
      });
    }
    const { rows, pages } = await walk(async (after) => unitClients(world.db, [world.unitD1.id, world.unitD2.id], { after, size: 25 }));
    const all = await world.db.client.findMany({
      where: { unitId: { in: [world.unitD1.id, world.unitD2.id] }, active: true },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    expect(pages).toBe(Math.ceil(all.length / 25));
    expect(rows.map((r) => r.id)).toEqual(all.map((a) => a.id));

    const offered = await world.db.order.findMany({ where: { jobcenterId: world.jobcenterD.id, status: "FINDING_WORKERS" }, select: { id: true } });
    for (const o of offered) await world.db.unitOffer.create({ data: { orderId: o.id, unitId: world.unitD1.id, offeredById: world.users.coordinatorD.id } });
    const offers = await walk((after) => unitOffers(world.db, [world.unitD1.id], after));
    expect(offers.pages).toBeGreaterThan(2);
    const allOffers = await world.db.unitOffer.findMany({ where: { unitId: world.unitD1.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(offers.rows.map((r) => r.id)).toEqual(allOffers.map((o) => o.id));
  });

  it("a client's history pages through the approved gigs; the home reads only the latest done ones", async () => {
    const order = await createOrder(world, { status: "IN_PROGRESS" });
    for (let d = 1; d <= 27; d++) {
      await createGig(world, { orderId: order.id, clientId: world.clientD2.id, status: "APPROVED", day: `2026-09-${String(d).padStart(2, "0")}`, start: "10:00", end: "12:00" });
    }
    // Two on the same instant: the id decides.
    await createGig(world, { orderId: order.id, clientId: world.clientD2.id, status: "APPROVED", day: "2026-09-05", start: "10:00", end: "12:00" });
    await createGig(world, { orderId: order.id, clientId: world.clientD2.id, status: "OFFERED", day: "2030-01-05", start: "10:00", end: "12:00" });
    const { rows, pages } = await walk((after) => listApprovedGigs(world.db, world.clientD2.id, after));
    const all = await world.db.gig.findMany({ where: { clientId: world.clientD2.id, status: "APPROVED" }, orderBy: [{ startsAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(all).toHaveLength(28);
    expect(pages).toBe(2);
    expect(rows.map((r) => r.id)).toEqual(all.map((a) => a.id));
    const home = await listClientGigs(world.db, world.clientD2.id);
    expect(home.filter((g) => g.status === "APPROVED")).toHaveLength(10);
    expect(home.some((g) => g.status === "OFFERED")).toBe(true);
  });

  it("the foreign keys that are looked up have indexes", async () => {
    const cases: [Prisma.Sql, string][] = [
      [Prisma.sql`SELECT count(*) FROM "Gig" WHERE "sessionId" = ${"x"} AND "status" = ANY(${["ACCEPTED"]}::"GigStatus"[])`, "Gig_sessionId_status_idx"],
      [Prisma.sql`SELECT * FROM "Nomination" WHERE "unitOfferId" = ${"x"}`, "Nomination_unitOfferId_idx"],
      [Prisma.sql`SELECT * FROM "Feedback" WHERE "orderId" = ${"x"}`, "Feedback_orderId_idx"],
      [Prisma.sql`SELECT * FROM "Hire" WHERE "orderId" = ${"x"}`, "Hire_orderId_idx"],
      [Prisma.sql`SELECT * FROM "Hire" WHERE "ordererId" = ${"x"}`, "Hire_ordererId_idx"],
      [Prisma.sql`SELECT * FROM "Order" WHERE "priceListId" = ${"x"}`, "Order_priceListId_idx"],
      [Prisma.sql`SELECT * FROM "TermsAcceptance" WHERE "termsVersionId" = ${"x"}`, "TermsAcceptance_termsVersionId_idx"],
      [Prisma.sql`SELECT "id" FROM "Order" WHERE "ordererId" = ${"x"} ORDER BY "createdAt" DESC, "id" DESC LIMIT 21`, "Order_ordererId_createdAt_id_idx"],
      [Prisma.sql`SELECT "id" FROM "UnitOffer" WHERE "unitId" = ${"x"} ORDER BY "createdAt" DESC, "id" DESC LIMIT 21`, "UnitOffer_unitId_createdAt_id_idx"],
      [
        Prisma.sql`SELECT "id" FROM "Client" WHERE "unitId" = ${"x"} AND "active" ORDER BY "lastName", "firstName", "id" LIMIT 51`,
        "Client_unitId_active_lastName_firstName_id_idx",
      ],
    ];
    for (const [query, index] of cases) expect(await planOf(query), index).toContain(index);
  });
});

// ───────────── matching ─────────────

interface ClientSpec {
  name: string;
  jobcenter?: "D" | "R";
  readiness?: ReadinessStatus;
  active?: boolean;
  benefits?: BenefitType[];
  models?: ContractModel[];
  skills?: string[];
  interests?: string[];
  area?: string | null;
  /** Weekly work-activity hours: [ISO weekday, "HH:MM", "HH:MM"]. */
  hours?: [number, string, string][];
  moves?: [string, string][];
  gig?: { status: "ACCEPTED" | "CANCELLED" | "PLANNED"; start: string; end: string };
  nomination?: { skillsCheck?: SkillsCheck; expired?: boolean; revoked?: boolean; wants?: boolean } | false;
}

const minute = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
let seq = 0;

async function makeClient(spec: ClientSpec, orderId: string, day: string) {
  const r = spec.jobcenter === "R";
  seq++;
  const c = await world.db.client.create({
    data: {
      unitId: r ? world.unitR2.id : world.unitD2.id,
      firstName: spec.name,
      lastName: `Sovitus${String(seq).padStart(3, "0")}`,
      readiness: spec.readiness ?? "READY",
      active: spec.active ?? true,
      benefits: spec.benefits ?? [],
      allowedContractModels: spec.models ?? ["COMMISSION", "EMPLOYMENT"],
      skills: spec.skills ?? [],
      interests: spec.interests ?? [],
      area: spec.area ?? null,
    },
  });
  for (const [weekday, start, end] of spec.hours ?? []) {
    await world.db.workActivityHours.create({ data: { clientId: c.id, weekday, startMinute: minute(start), endMinute: minute(end) } });
  }
  for (const [from, to] of spec.moves ?? []) {
    await world.db.workActivityDayMove.create({
      data: { clientId: c.id, fromDate: new Date(`${from}T00:00:00Z`), toDate: new Date(`${to}T00:00:00Z`), byUserId: world.users.staffD1.id },
    });
  }
  if (spec.gig) {
    const other = await createOrder(world, { jobcenter: spec.jobcenter, status: "FINDING_WORKERS" });
    await createGig(world, { orderId: other.id, clientId: c.id, status: spec.gig.status, day, start: spec.gig.start, end: spec.gig.end });
  }
  if (spec.nomination !== false) {
    const n = spec.nomination ?? {};
    await world.db.nomination.create({
      data: {
        orderId,
        clientId: c.id,
        nominatedById: world.users.staffD1.id,
        clientWantsGig: n.wants ?? true,
        skillsCheck: n.skillsCheck ?? (spec.readiness === "PRACTISING" ? "PRACTISED_FIRST" : "VERIFIED"),
        benefitCheck: "DONE",
        supportMode: "STAFF_ALONG",
        leavesWorkActivityConfirmed: true,
        validUntil: n.expired ? new Date(Date.now() - 86_400_000) : new Date(Date.now() + 60 * 86_400_000),
        revokedAt: n.revoked ? new Date() : null,
      },
    });
  }
  return c;
}

const DAY = "2030-03-12"; // a Tuesday (ISO 2); its week is 11–17 March 2030

/** Every kind of refusal the SQL pre-filter knows, and the near misses it must keep. */
const specs: (ClientSpec & { sqlKeeps: boolean })[] = [
  { name: "Valmis", sqlKeeps: true, skills: ["cleaning"], area: "Helsinki" },
  { name: "Harjoittelee", readiness: "PRACTISING", sqlKeeps: true },
  { name: "HarjoitteleeTarkistettu", readiness: "PRACTISING", nomination: { skillsCheck: "VERIFIED" }, sqlKeeps: true },
  { name: "EiEhdotettu", nomination: false, sqlKeeps: true, interests: ["siivous"] },
  { name: "Vanhentunut", nomination: { expired: true }, sqlKeeps: true },
  { name: "Peruttu", nomination: { revoked: true }, sqlKeeps: true },
  { name: "EiHalua", nomination: { wants: false }, sqlKeeps: true },
  { name: "EiArvioitu", readiness: "NOT_ASSESSED", sqlKeeps: false },
  { name: "Tauolla", readiness: "PAUSED", sqlKeeps: false },
  { name: "Lopettanut", active: false, sqlKeeps: false },
  { name: "VainProvisio", models: ["COMMISSION"], sqlKeeps: false },
  { name: "Varattu", gig: { status: "ACCEPTED", start: "11:00", end: "13:00" }, sqlKeeps: false },
  { name: "Suunniteltu", gig: { status: "PLANNED", start: "09:00", end: "10:30" }, sqlKeeps: false },
  { name: "Peruttugig", gig: { status: "CANCELLED", start: "11:00", end: "13:00" }, sqlKeeps: true },
  { name: "Viereinen", gig: { status: "ACCEPTED", start: "12:00", end: "14:00" }, sqlKeeps: true },
  { name: "Toisessa", jobcenter: "R", sqlKeeps: false },
  // Disability work activity: a gig on a work-activity day waits for staff, it is not refused.
  { name: "Paivatoiminta", hours: [[2, "09:00", "15:00"]], sqlKeeps: true },
];

/** Rehabilitative work activity (and the commission rule) on an order of Jobcenter R. */
const rehabSpecs: (ClientSpec & { sqlKeeps: boolean })[] = [
  { name: "RValmis", jobcenter: "R", sqlKeeps: true, models: ["COMMISSION"] },
  { name: "RTuki", jobcenter: "R", benefits: ["LABOUR_MARKET_SUBSIDY"], sqlKeeps: false, models: ["COMMISSION"] },
  { name: "RAsumistuki", jobcenter: "R", benefits: ["GENERAL_HOUSING_ALLOWANCE"], sqlKeeps: true, models: ["COMMISSION"] },
  { name: "RPaallekkain", jobcenter: "R", hours: [[2, "09:00", "11:00"]], sqlKeeps: false, models: ["COMMISSION"] },
  { name: "RIltapaiva", jobcenter: "R", hours: [[2, "12:00", "15:00"]], sqlKeeps: true, models: ["COMMISSION"] },
  { name: "RToinenPaiva", jobcenter: "R", hours: [[3, "09:00", "15:00"]], sqlKeeps: true, models: ["COMMISSION"] },
  { name: "RSiirretty", jobcenter: "R", hours: [[2, "09:00", "11:00"]], moves: [[DAY, "2030-03-14"]], sqlKeeps: true, models: ["COMMISSION"] },
  // A day moved here brings Monday's hours, which overlap: the rules refuse it, SQL leaves moved days to them.
  { name: "RTuotu", jobcenter: "R", hours: [[1, "09:00", "11:00"]], moves: [["2030-03-11", DAY]], sqlKeeps: true, models: ["COMMISSION"] },
  { name: "RToinenKeskus", jobcenter: "D", sqlKeeps: false },
];

/** The codes SQL decides: a client it leaves out has at least one of them under the rules. */
const SQL_DECIDED = new Set(["CLIENT_NOT_IN_JOBCENTER", "READINESS_MISSING", "CONTRACT_MODEL_NOT_ALLOWED_FOR_CLIENT", "COMMISSION_BLOCKED_UNEMPLOYMENT_BENEFIT", "DOUBLE_BOOKED", "OVERLAPS_WORK_ACTIVITY_HOURS"]);

describe("matching in SQL and the rules agree", () => {
  for (const [label, jc, contractModel, list] of [
    ["disability work activity, employment", "D", "EMPLOYMENT", specs],
    ["rehabilitative work activity, commission", "R", "COMMISSION", rehabSpecs],
  ] as const) {
    it(`on ${label}: SQL leaves out exactly the clients the rules refuse whatever the nomination`, async () => {
      const order = await createOrder(world, { jobcenter: jc, status: "FINDING_WORKERS", contractModel });
      await world.db.order.update({ where: { id: order.id }, data: { city: "Helsinki" } });
      const session = await createSession(world, order.id, DAY, "10:00", "12:00");
      const clients = [];
      for (const spec of list) clients.push({ spec, row: await makeClient(spec, order.id, DAY) });
      const full = (await coordinatorOrder(world.db, order.id))!;
      const now = new Date();
      const sql = await matchCandidates(world.db, full, session, { now, offeredUnitIds: [], limit: 10_000 });
      const kept = new Map(sql.map((c) => [c.id, c]));
      const problems = await assignmentCheck(world.db, full, clients.map((c) => c.row.id), session, { now });

      for (const { spec, row } of clients) {
        const p = problems.get(row.id)!;
        expect(kept.has(row.id), `${spec.name}: ${p.join(",")}`).toBe(spec.sqlKeeps);
        if (!spec.sqlKeeps) {
          // Left out: the rules refuse, for a reason SQL decides (and inactive clients are no candidates at all).
          // An inactive client is no candidate at all (as before; the rules are about active ones).
          if (spec.active === false) continue;
          expect(p.some((code) => SQL_DECIDED.has(code)), `${spec.name}: ${p.join(",")}`).toBe(true);
          continue;
        }
        // Kept: nothing SQL decides blocks the client, except the moved day SQL leaves to the rules.
        const decided = p.filter((code) => code !== "READINESS_MISSING" && SQL_DECIDED.has(code));
        expect(decided, spec.name).toEqual(spec.name === "RTuotu" ? ["OVERLAPS_WORK_ACTIVITY_HOURS"] : []);
        // And the database's score is the rules' score.
        const c = kept.get(row.id)!;
        const m = matchScore({ order: { category: full.category, title: full.title, city: full.city }, client: { ...c }, offeredUnitIds: [], problems: p });
        if (decided.length === 0) expect(c.sqlScore, spec.name).toBe(m.score);
      }
      // The page's list is the SQL window through the rules: the one the rules refuse sorts last.
      const [s] = await coordinatorSessions(world.db, full, now, { sessionId: session.id, shown: 10_000 });
      expect(s!.matchTotal).toBe(sql.length);
      expect(s!.matches.map((m) => m.clientId).sort()).toEqual(sql.map((c) => c.id).sort());
      if (jc === "R") expect(s!.matches.at(-1)!.name).toContain("RTuotu");
    });
  }

  it("reaches every candidate past the first window, in a stable order, and the rules run on the window only", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-04-02", "10:00", "12:00", 3);
    for (let k = 0; k < 40; k++) {
      await makeClient({ name: `Joukko${k}`, skills: k % 4 === 0 ? ["cleaning"] : [], nomination: k % 5 === 0 ? {} : false }, order.id, "2030-04-02");
    }
    const full = (await coordinatorOrder(world.db, order.id))!;
    const now = new Date();
    const [first] = await coordinatorSessions(world.db, full, now);
    expect(first!.matches).toHaveLength(MATCH_PAGE_SIZE);
    expect(first!.matchTotal).toBeGreaterThan(40);
    const seen: string[] = [];
    let shown: number | null = MATCH_PAGE_SIZE;
    let previous = first!.matches;
    while (shown !== null) {
      const [s] = await coordinatorSessions(world.db, full, now, { sessionId: session.id, shown });
      // Rules ran on the window only: never more rows than asked for.
      expect(s!.matches.length).toBeLessThanOrEqual(shown);
      // Growing the window keeps what was shown, in the same order.
      expect(s!.matches.slice(0, previous.length).map((m) => m.clientId)).toEqual(previous.map((m) => m.clientId));
      const page: { rows: { clientId: string }[]; next: number | null } = matchPage(s!.matches, shown, undefined, s!.matchTotal);
      seen.splice(0, seen.length, ...page.rows.map((r) => r.clientId));
      previous = s!.matches;
      shown = page.next;
    }
    expect(new Set(seen).size).toBe(first!.matchTotal);
    const all = await matchCandidates(world.db, full, session, { now, offeredUnitIds: [], limit: 10_000 });
    expect(seen.sort()).toEqual(all.map((c) => c.id).sort());
    // Best first: the nominated (readiness confirmed) clients lead.
    const nominated = new Set((await world.db.nomination.findMany({ where: { orderId: order.id }, select: { clientId: true } })).map((n) => n.clientId));
    expect(first!.matches.slice(0, nominated.size).every((m) => nominated.has(m.clientId))).toBe(true);
  });

  it("uses indexes for the clients, their bookings and nominations", async () => {
    const order = await createOrder(world, { status: "FINDING_WORKERS" });
    const session = await createSession(world, order.id, "2030-04-09", "10:00", "12:00");
    const full = (await coordinatorOrder(world.db, order.id))!;
    const plan = await planOf(matchCandidatesSql(full, session, { now: new Date(), offeredUnitIds: [], limit: 12 }));
    // Which index serves a table depends on its statistics (on a few rows the planner may take
    // Gig(status, startsAt) over Gig(clientId, startsAt)); what must hold is that one does.
    for (const table of ["Client", "Gig", "Nomination", "Unit"]) expect(plan, table).toMatch(new RegExp(`"${table}_[A-Za-z_]+_idx"`));
    expect(plan).not.toMatch(/Seq Scan on "(Client|Gig|Nomination|Unit)"/);
    // The day helper the SQL is given agrees with the calendar.
    expect(helsinkiInstant(DAY, "10:00").toISOString()).toBe("2030-03-12T08:00:00.000Z");
  });
});
