import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInStaff } from "../../../src/features/auth/mutations";
import { issueSessionToken, loadSessionUser, type SessionUser } from "../../../src/features/auth/session";
import { csvDownload, xlsxDownload } from "../../../src/features/reports/download";
import { clientRatingOfGigs, groupFigures, jobcenterFigures, monthlyFigures, monthlyFiguresSql, pathwayCounts, reportJobcenters, unitFigures, unitFiguresSql } from "../../../src/features/reports/queries";
import { ageBandOf, parsePeriod, splits, suppressionMask } from "../../../src/features/reports/rules";
import { Prisma, type PrismaClient } from "../../../src/generated/prisma/client";
import { dayKey, helsinkiInstant } from "../../../src/lib/dates";
import { runWithContext } from "../../../src/server/context";
import { DEMO_JOBCENTERS, DEMO_PASSWORD, DEMO_STAFF } from "../../../src/server/seed/demo-accounts";
import { seedDemo } from "../../../src/server/seed/demo";
import { createTestDatabase, type TestDatabase } from "../../support/db";

// The figures of /reports and its CSV, checked against the demo seed with queries written apart
// from the report's own SQL (Prisma reads, counted here), per role (ADR 070, 071).

const NOW = helsinkiInstant("2026-11-22", "18:00");
const TODAY = dayKey(NOW);
const YEAR = parsePeriod({ period: "year", year: "2026" }, TODAY);
const fromAt = helsinkiInstant(YEAR.from);
const toAt = helsinkiInstant("2027-01-01");

let tdb: TestDatabase;
let db: PrismaClient;
let jcD: { id: string; name: string };
let jcR: { id: string; name: string };
const users: Record<string, SessionUser> = {};

async function session(email: string) {
  const r = await signInStaff(db, email, DEMO_PASSWORD, "10.1.0.9");
  if (!r.ok) throw new Error(`no sign-in for ${email}`);
  return (await loadSessionUser(db, await issueSessionToken(db, r.user, "staff")))!;
}

const as = <T,>(user: SessionUser | null, fn: () => Promise<T>) => runWithContext({ db, user, revalidate: () => {}, setCookie: async () => {}, now: () => NOW }, fn);

beforeAll(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
  await seedDemo(db, { now: NOW, hashCost: { N: 2 ** 10, r: 8, p: 1 } });
  jcD = await db.jobcenter.findUniqueOrThrow({ where: { slug: DEMO_JOBCENTERS.disability.slug }, select: { id: true, name: true } });
  jcR = await db.jobcenter.findUniqueOrThrow({ where: { slug: DEMO_JOBCENTERS.rehabilitative.slug }, select: { id: true, name: true } });
  users.manager = await session(DEMO_STAFF.managerDisability.email);
  users.admin = await session(DEMO_STAFF.admin.email);
  users.coordinatorR = await session(DEMO_STAFF.coordinatorRehabilitative.email);
  users.staff = await session(DEMO_STAFF.staffDisability.email);
  users.orderer = await session(DEMO_STAFF.ordererCompany.email);
}, 240_000);
afterAll(async () => tdb?.close());

/** The approved gigs of a Jobcenter in the year, read row by row (the independent side). */
function approvedGigs(jobcenterId: string) {
  return db.gig.findMany({
    where: { status: "APPROVED", startsAt: { gte: fromAt, lt: toAt }, client: { unit: { jobcenterId } } },
    select: { id: true, clientId: true, orderId: true, approvedMinutes: true, startsAt: true, client: { select: { unitId: true, gender: true, birthDate: true } }, feedback: { select: { rating: true } } },
  });
}

describe("the figures against the demo data", () => {
  it("per unit: people who worked, hours, gigs, orders, feedback and earnings", async () => {
    const gigs = await approvedGigs(jcD.id);
    expect(gigs.length).toBeGreaterThan(10);
    const rows = await unitFigures(db, jcD.id, YEAR, NOW);
    expect(rows).toHaveLength(3);
    const lines = await db.payRunLine.findMany({
      where: { payRun: { jobcenterId: jcD.id, status: "CONFIRMED", paymentDate: { gte: new Date(`${YEAR.from}T00:00:00Z`), lte: new Date(`${YEAR.to}T00:00:00Z`) } } },
      select: { grossCents: true, client: { select: { unitId: true } } },
    });
    for (const r of rows) {
      const mine = gigs.filter((g) => g.client.unitId === r.unitId);
      expect(r.clientsWorked, r.unitName).toBe(new Set(mine.map((g) => g.clientId)).size);
      expect(r.approvedMinutes).toBe(mine.reduce((a, g) => a + (g.approvedMinutes ?? 0), 0));
      expect(r.gigs).toBe(mine.length);
      expect(r.ordersWorked).toBe(new Set(mine.map((g) => g.orderId)).size);
      expect(r.ratingCount).toBe(mine.reduce((a, g) => a + g.feedback.length, 0));
      expect(r.ratingSum).toBe(mine.reduce((a, g) => a + g.feedback.reduce((b, f) => b + f.rating, 0), 0));
      expect(r.earningsCents).toBe(lines.filter((l) => l.client.unitId === r.unitId).reduce((a, l) => a + l.grossCents, 0));
      const cancelled = await db.gig.count({ where: { status: "CANCELLED", startsAt: { gte: fromAt, lt: toAt }, client: { unitId: r.unitId } } });
      expect(r.cancelledGigs).toBe(cancelled);
      const noShows = await db.gig.count({ where: { status: "ACCEPTED", startsAt: { gte: fromAt, lt: toAt }, endsAt: { lt: NOW }, client: { unitId: r.unitId } } });
      expect(r.noShows).toBe(noShows);
      expect(r.enrolledWorked).toBeLessThanOrEqual(r.enrolled);
    }
    expect(rows.reduce((a, r) => a + r.approvedMinutes, 0)).toBeGreaterThan(0);
  });

  it("the Jobcenter's orders, orderers, repeat orderers, invoiced and paid euros", async () => {
    const f = await jobcenterFigures(db, jcD.id, YEAR);
    const orders = await db.order.findMany({ where: { jobcenterId: jcD.id, submittedAt: { gte: fromAt, lt: toAt } }, select: { id: true, ordererId: true } });
    expect(f.ordersReceived).toBe(orders.length);
    expect(f.orderers).toBe(new Set(orders.map((o) => o.ordererId)).size);
    let repeat = 0;
    for (const ordererId of new Set(orders.map((o) => o.ordererId))) {
      if ((await db.order.count({ where: { jobcenterId: jcD.id, ordererId, submittedAt: { not: null, lt: toAt } } })) >= 2) repeat++;
    }
    expect(f.repeatOrderers).toBe(repeat);
    const invoiced = await db.invoice.aggregate({ where: { jobcenterId: jcD.id, issueDate: { gte: new Date("2026-01-01T00:00:00Z"), lte: new Date("2026-12-31T00:00:00Z") } }, _sum: { netCents: true } });
    expect(f.invoicedCents).toBe(invoiced._sum.netCents ?? 0);
    const paid = await db.invoicePayment.aggregate({ where: { invoice: { jobcenterId: jcD.id }, paidOn: { gte: new Date("2026-01-01T00:00:00Z"), lte: new Date("2026-12-31T00:00:00Z") } }, _sum: { amountCents: true } });
    expect(f.paidCents).toBe(paid._sum.amountCents ?? 0);
    expect(f.ordersReceived).toBeGreaterThan(5);
    expect(f.medianHoursToFirstGig === null || f.medianHoursToFirstGig >= 0).toBe(true);
  });

  it("by month: the CSV's figures", async () => {
    const months = await monthlyFigures(db, [jcD.id], { kind: "custom", from: "2026-01-01", to: "2026-11-30" });
    expect(months.map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    const gigs = await approvedGigs(jcD.id);
    for (const m of months) {
      const inMonth = gigs.filter((g) => dayKey(g.startsAt).slice(0, 7) === m.month);
      expect(m.gigs, m.month).toBe(inMonth.length);
      expect(m.approvedMinutes).toBe(inMonth.reduce((a, g) => a + (g.approvedMinutes ?? 0), 0));
      expect(m.clientsWorked).toBe(new Set(inMonth.map((g) => g.clientId)).size);
    }
    expect(months.reduce((a, m) => a + m.gigs, 0)).toBe(gigs.filter((g) => dayKey(g.startsAt) <= "2026-11-30").length);
  });

  it("splits by gender and age band add up, and hide what is under five", async () => {
    const gigs = await approvedGigs(jcD.id);
    const groups = await groupFigures(db, jcD.id, YEAR);
    const people = new Map(gigs.map((g) => [g.clientId, g.client]));
    for (const gender of ["FEMALE", "MALE", "OTHER", "NOT_TOLD"]) {
      const expected = [...people.values()].filter((c) => c.gender === gender).length;
      expect(groups.filter((g) => g.gender === gender).reduce((a, g) => a + g.clientsWorked, 0), gender).toBe(expected);
    }
    for (const g of groups) {
      const expected = [...people.values()].filter((c) => c.gender === g.gender && ageBandOf(c.birthDate ? c.birthDate.toISOString().slice(0, 10) : null, YEAR.to) === g.band).length;
      expect(g.clientsWorked, `${g.gender} ${g.band}`).toBe(expected);
    }
    const s = splits(groups);
    expect(s.total).toBe(people.size);
    for (const cells of [s.gender, s.age]) {
      const counts = cells.map((c) => groups.filter((g) => g.gender === c.key || g.band === c.key).reduce((a, g) => a + g.clientsWorked, 0));
      const mask = suppressionMask(counts);
      cells.forEach((c, i) => {
        expect(c.clientsWorked.hidden).toBe(mask[i]);
        if (!c.clientsWorked.hidden) expect(c.clientsWorked.value === 0 || c.clientsWorked.value >= 5).toBe(true);
      });
      expect(cells.filter((c) => c.clientsWorked.hidden).length).not.toBe(1);
    }
    // the demo data has both shown and hidden groups, so both sides of the rule are exercised
    expect(s.gender.some((c) => c.clientsWorked.hidden)).toBe(true);
    expect(s.gender.some((c) => !c.clientsWorked.hidden && c.clientsWorked.value >= 5)).toBe(true);
  });

  it("pathway counts: distinct clients per kind in the period", async () => {
    const counts = await pathwayCounts(db, jcD.id, YEAR);
    for (const kind of ["STARTED", "FIRST_GIG"] as const) {
      const events = await db.pathwayEvent.findMany({
        where: { kind, occurredOn: { gte: new Date("2026-01-01T00:00:00Z"), lte: new Date("2026-12-31T00:00:00Z") }, client: { unit: { jobcenterId: jcD.id } } },
        select: { clientId: true },
      });
      expect(counts.find((c) => c.kind === kind && c.unitId === null)?.clients ?? 0, kind).toBe(new Set(events.map((e) => e.clientId)).size);
    }
    expect(counts.find((c) => c.kind === "FIRST_GIG" && c.unitId === null)!.clients).toBeGreaterThanOrEqual(5);
  });
});

describe("the clients' own word on their gigs (ADR 047)", () => {
  it("averages the faces of the period's approved gigs of the Jobcenter, and nothing of the other", async () => {
    const gigs = (await approvedGigs(jcD.id)).slice(0, 3);
    expect(gigs.length).toBe(3);
    const moods = [3, 2, 3];
    for (const [i, g] of gigs.entries()) {
      await db.gigClientFeedback.create({ data: { gigId: g.id, clientId: g.clientId, mood: moods[i]!, byUserId: users.staff!.userId } });
    }
    const all = await db.gigClientFeedback.findMany({ where: { gig: { status: "APPROVED", startsAt: { gte: fromAt, lt: toAt }, client: { unit: { jobcenterId: jcD.id } } } }, select: { mood: true } });
    expect(await clientRatingOfGigs(db, jcD.id, YEAR)).toEqual({ ratingSum: all.reduce((a, f) => a + f.mood, 0), ratingCount: all.length });
    expect((await clientRatingOfGigs(db, jcD.id, YEAR)).ratingCount).toBeGreaterThanOrEqual(3);
    expect(await clientRatingOfGigs(db, jcR.id, YEAR)).toEqual({ ratingSum: 0, ratingCount: 0 });
  });
});

describe("who sees which Jobcenter", () => {
  it("a manager and a coordinator their own, an admin all, unit staff and orderers none", async () => {
    expect((await reportJobcenters(db, users.manager!)).map((j) => j.id)).toEqual([jcD.id]);
    expect((await reportJobcenters(db, users.coordinatorR!)).map((j) => j.id)).toEqual([jcR.id]);
    expect((await reportJobcenters(db, users.admin!)).map((j) => j.id).sort()).toEqual([jcD.id, jcR.id].sort());
    expect(await reportJobcenters(db, users.staff!)).toEqual([]);
    expect(await reportJobcenters(db, users.orderer!)).toEqual([]);
  });
});

describe("/reports/export.csv", () => {
  const url = (q: string) => new Request(`http://localhost/reports/export.csv?${q}`);
  const rowsOf = async (res: Response) => parse((await res.text()).replace(/^\uFEFF/, ""), { columns: false }) as string[][];

  it("gives the manager one row per month of their Jobcenter, with the figures of the query and <5 under five", async () => {
    const res = await as(users.manager!, () => csvDownload(url("from=2026-01-01&to=2026-11-30")));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const [header, ...rows] = await rowsOf(res);
    expect(header).toEqual(["jobcenter", "month", "clients_worked", "approved_hours", "gigs", "orders", "orderers"]);
    expect(rows).toHaveLength(11);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set([jcD.name]));
    const months = await monthlyFigures(db, [jcD.id], { kind: "custom", from: "2026-01-01", to: "2026-11-30" });
    rows.forEach((r, i) => {
      const m = months[i]!;
      expect(r[1]).toBe(m.month);
      expect(r[2]).toBe(m.clientsWorked > 0 && m.clientsWorked < 5 ? "<5" : String(m.clientsWorked));
      expect(r[3]).toBe((m.approvedMinutes / 60).toFixed(2));
      expect(r.slice(4)).toEqual([String(m.gigs), String(m.orders), String(m.orderers)]);
    });
    // independent: the year's approved hours of Jobcenter D
    const gigs = await approvedGigs(jcD.id);
    const minutes = gigs.filter((g) => dayKey(g.startsAt) <= "2026-11-30").reduce((a, g) => a + (g.approvedMinutes ?? 0), 0);
    expect(rows.reduce((a, r) => a + Number(r[3]), 0)).toBeCloseTo(minutes / 60, 1);
  });

  it("gives an admin every Jobcenter; a coordinator only theirs; unit staff, orderers and the signed-out not found", async () => {
    const admin = await rowsOf(await as(users.admin!, () => csvDownload(url("from=2026-10-01&to=2026-11-30"))));
    expect(admin.slice(1).map((r) => `${r[0]} ${r[1]}`).sort()).toEqual([`${jcD.name} 2026-10`, `${jcD.name} 2026-11`, `${jcR.name} 2026-10`, `${jcR.name} 2026-11`].sort());
    const coord = await rowsOf(await as(users.coordinatorR!, () => csvDownload(url("from=2026-10-01&to=2026-11-30"))));
    expect(new Set(coord.slice(1).map((r) => r[0]))).toEqual(new Set([jcR.name]));
    // naming another Jobcenter does not widen the scope
    expect((await as(users.manager!, () => csvDownload(url(`from=2026-10-01&to=2026-11-30&jobcenter=${jcR.id}`)))).status).toBe(404);
    expect((await as(users.staff!, () => csvDownload(url("from=2026-10-01&to=2026-11-30")))).status).toBe(404);
    expect((await as(users.orderer!, () => csvDownload(url("from=2026-10-01&to=2026-11-30")))).status).toBe(404);
    expect((await as(null, () => csvDownload(url("from=2026-10-01&to=2026-11-30")))).status).toBe(404);
  });

  it("refuses a missing or malformed period with 400", async () => {
    expect((await as(users.manager!, () => csvDownload(url("from=2026-10-01")))).status).toBe(400);
    expect((await as(users.manager!, () => csvDownload(url("from=2026-11-31&to=2026-12-01")))).status).toBe(400);
    expect((await as(users.manager!, () => csvDownload(url("from=2026-12-01&to=2026-11-01")))).status).toBe(400);
  });

  it("the XLSX holds the same rows", async () => {
    const res = await as(users.manager!, () => xlsxDownload(new Request("http://localhost/reports/export.xlsx?from=2026-01-01&to=2026-11-30")));
    expect(res.status).toBe(200);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "jobcenter", "month", "clients_worked", "approved_hours", "gigs", "orders", "orderers"]);
    expect(sheet.rowCount).toBe(12);
    const csv = await rowsOf(await as(users.manager!, () => csvDownload(url("from=2026-01-01&to=2026-11-30"))));
    for (let i = 2; i <= 12; i++) {
      const v = sheet.getRow(i).values as unknown[];
      expect([v[1], v[2], String(v[3]), Number(v[4]).toFixed(2), String(v[5])]).toEqual(csv[i - 1]!.slice(0, 5));
    }
  });
});

describe("the queries use their indexes", () => {
  // With sequential scans priced out, the planner shows which index can serve each query: the
  // one a 100× table would use. (On the seed's few rows it would rightly scan.)
  async function plan(sql: Prisma.Sql) {
    return db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
  }

  it("the monthly and unit figures read gigs, orders and clients through indexes, never a full scan", async () => {
    const monthly = await plan(monthlyFiguresSql([jcD.id], YEAR));
    expect(monthly).toMatch(/Index (Only )?Scan using "Gig_status_\w+_idx" on "Gig"/);
    // Any index led by the Jobcenter serves it (the inbox's (jobcenterId, status, createdAt, id), ADR 090, may win on a small table).
    expect(monthly).toMatch(/Scan using "Order_jobcenterId_\w+_idx" on "Order"/);
    const units = await plan(unitFiguresSql(jcD.id, YEAR, NOW));
    expect(units).toMatch(/Index (Only )?Scan using "Gig_\w+_idx" on "Gig"/);
    for (const p of [monthly, units]) expect(p).not.toMatch(/Seq Scan on "(Gig|Order|Client|Feedback|PayRunLine)"/);
  });
});
