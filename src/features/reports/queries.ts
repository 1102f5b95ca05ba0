// The Jobcenter's figures (ADR 070): every figure is aggregated in SQL, one query per block,
// bounded by the Jobcenter and the period and served by indexes (Gig(status, startsAt),
// Order(jobcenterId, submittedAt), Invoice(jobcenterId, issueDate), InvoicePayment(paidOn),
// PayRun(jobcenterId, periodStart), PathwayEvent(kind, occurredOn)). Nothing here loads rows
// of people into JavaScript: what comes back is one row per unit, month, kind or group.
import { can } from "@/features/auth/permissions";
import type { Subject } from "@/features/auth/rules";
import { helsinkiInstant } from "@/lib/dates";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { dayAfter, PAID_WORK_KINDS, type Period, type UnitInput } from "./rules";

type Reader = Pick<Db, "$queryRaw" | "jobcenter">;

/** The Jobcenters whose figures this person may read (admins: all), by name. */
export async function reportJobcenters(db: Reader, user: Subject) {
  const all = await db.jobcenter.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }], take: 500 });
  return all.filter((j) => can(user, "reports.view", { jobcenterId: j.id }));
}

const bounds = (p: Period) => ({ fromAt: helsinkiInstant(p.from), toAt: helsinkiInstant(dayAfter(p.to)) });

/** One unit's row of the period: the same shape the pure rules take (`UnitInput`). */
export type UnitFigures = UnitInput;

/**
 * Per unit of one Jobcenter, for gigs that start in the period, by the client's current unit.
 * A gig "worked" is an APPROVED one (its hours approved); a no-show is a gig still ACCEPTED
 * after its end (the client never started it nor reported hours).
 */
export function unitFigures(db: Reader, jobcenterId: string, p: Period, now: Date): Promise<UnitFigures[]> {
  return db.$queryRaw<UnitFigures[]>(unitFiguresSql(jobcenterId, p, now));
}

/** The statement of unitFigures, apart so that a test can EXPLAIN it. */
export function unitFiguresSql(jobcenterId: string, p: Period, now: Date): Prisma.Sql {
  const { fromAt, toAt } = bounds(p);
  return Prisma.sql`
    WITH u AS (
      SELECT id, name FROM "Unit" WHERE "jobcenterId" = ${jobcenterId}
    ),
    g AS (
      SELECT c."unitId", g.id, g."clientId", g."orderId", g.status, g."approvedMinutes", g."endsAt"
      FROM "Gig" g JOIN "Client" c ON c.id = g."clientId"
      WHERE g.status IN ('APPROVED', 'CANCELLED', 'ACCEPTED') AND g."startsAt" >= ${fromAt} AND g."startsAt" < ${toAt}
        AND c."unitId" IN (SELECT id FROM u)
    ),
    ga AS (
      SELECT "unitId",
        COUNT(DISTINCT "clientId") FILTER (WHERE status = 'APPROVED')::int AS "clientsWorked",
        COALESCE(SUM("approvedMinutes") FILTER (WHERE status = 'APPROVED'), 0)::int AS "approvedMinutes",
        COUNT(*) FILTER (WHERE status = 'APPROVED')::int AS gigs,
        COUNT(DISTINCT "orderId") FILTER (WHERE status = 'APPROVED')::int AS "ordersWorked",
        COUNT(*) FILTER (WHERE status = 'CANCELLED')::int AS "cancelledGigs",
        COUNT(*) FILTER (WHERE status = 'ACCEPTED' AND "endsAt" < ${now})::int AS "noShows"
      FROM g GROUP BY "unitId"
    ),
    fb AS (
      SELECT g."unitId", COALESCE(SUM(f.rating), 0)::int AS "ratingSum", COUNT(*)::int AS "ratingCount"
      FROM g JOIN "Feedback" f ON f."gigId" = g.id
      WHERE g.status = 'APPROVED'
      GROUP BY g."unitId"
    ),
    pay AS (
      SELECT c."unitId", COALESCE(SUM(l."grossCents"), 0)::int AS "earningsCents"
      FROM "PayRun" r JOIN "PayRunLine" l ON l."payRunId" = r.id JOIN "Client" c ON c.id = l."clientId"
      WHERE r."jobcenterId" = ${jobcenterId} AND r.status = 'CONFIRMED' AND r."paymentDate" BETWEEN ${p.from}::date AND ${p.to}::date
      GROUP BY c."unitId"
    ),
    wc AS (
      SELECT DISTINCT "clientId" FROM g WHERE status = 'APPROVED'
    ),
    en AS (
      SELECT c."unitId", COUNT(*)::int AS enrolled, COUNT(wc."clientId")::int AS "enrolledWorked"
      FROM "Client" c LEFT JOIN wc ON wc."clientId" = c.id
      WHERE c."unitId" IN (SELECT id FROM u) AND c."createdAt" < ${toAt}
        AND NOT (c.status = 'ENDED' AND EXISTS (
          SELECT 1 FROM "PathwayEvent" e WHERE e."clientId" = c.id AND e.kind = 'PERIOD_ENDED' AND e."occurredOn" < ${p.from}::date))
      GROUP BY c."unitId"
    )
    SELECT u.id AS "unitId", u.name AS "unitName",
      COALESCE(ga."clientsWorked", 0) AS "clientsWorked", COALESCE(ga."approvedMinutes", 0) AS "approvedMinutes",
      COALESCE(ga.gigs, 0) AS gigs, COALESCE(ga."ordersWorked", 0) AS "ordersWorked",
      COALESCE(ga."cancelledGigs", 0) AS "cancelledGigs", COALESCE(ga."noShows", 0) AS "noShows",
      COALESCE(fb."ratingSum", 0) AS "ratingSum", COALESCE(fb."ratingCount", 0) AS "ratingCount",
      COALESCE(pay."earningsCents", 0) AS "earningsCents",
      COALESCE(en.enrolled, 0) AS enrolled, COALESCE(en."enrolledWorked", 0) AS "enrolledWorked"
    FROM u
    LEFT JOIN ga ON ga."unitId" = u.id
    LEFT JOIN fb ON fb."unitId" = u.id
    LEFT JOIN pay ON pay."unitId" = u.id
    LEFT JOIN en ON en."unitId" = u.id
    ORDER BY u.name, u.id`;
}

export interface JobcenterFigures {
  ordersReceived: number;
  orderers: number;
  repeatOrderers: number;
  ordersCancelled: number;
  /** median hours from an order's submission to its first gig; null without such orders */
  medianHoursToFirstGig: number | null;
  ordersWithGig: number;
  invoicedCents: number;
  paidCents: number;
}

/**
 * The Jobcenter's own figures for the period: orders received (submitted in it), their
 * orderers and the repeat ones (another order submitted to this Jobcenter before the period
 * ended), cancelled orders, the median time to the first gig, invoiced (net, credit notes
 * subtract) and paid euros.
 */
export async function jobcenterFigures(db: Reader, jobcenterId: string, p: Period): Promise<JobcenterFigures> {
  const { fromAt, toAt } = bounds(p);
  const rows = await db.$queryRaw<JobcenterFigures[]>`
    WITH o AS (
      SELECT id, "ordererId", "submittedAt" FROM "Order"
      WHERE "jobcenterId" = ${jobcenterId} AND "submittedAt" >= ${fromAt} AND "submittedAt" < ${toAt}
    ),
    fg AS (
      SELECT o.id, EXTRACT(EPOCH FROM (MIN(g."createdAt") - o."submittedAt")) / 3600.0 AS hours
      FROM o JOIN "Gig" g ON g."orderId" = o.id
      GROUP BY o.id, o."submittedAt"
    ),
    rep AS (
      SELECT DISTINCT o."ordererId" FROM o
      WHERE EXISTS (
        SELECT 1 FROM "Order" e
        WHERE e."ordererId" = o."ordererId" AND e."jobcenterId" = ${jobcenterId} AND e.id <> o.id
          AND e."submittedAt" IS NOT NULL AND e."submittedAt" < ${toAt})
    )
    SELECT
      (SELECT COUNT(*) FROM o)::int AS "ordersReceived",
      (SELECT COUNT(DISTINCT "ordererId") FROM o)::int AS orderers,
      (SELECT COUNT(*) FROM rep)::int AS "repeatOrderers",
      (SELECT COUNT(*) FROM "Order" WHERE "jobcenterId" = ${jobcenterId} AND status = 'CANCELLED'
         AND "cancelledAt" >= ${fromAt} AND "cancelledAt" < ${toAt})::int AS "ordersCancelled",
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY GREATEST(hours, 0)) FROM fg)::float AS "medianHoursToFirstGig",
      (SELECT COUNT(*) FROM fg)::int AS "ordersWithGig",
      (SELECT COALESCE(SUM("netCents"), 0) FROM "Invoice" WHERE "jobcenterId" = ${jobcenterId}
         AND "issueDate" BETWEEN ${p.from}::date AND ${p.to}::date)::int AS "invoicedCents",
      (SELECT COALESCE(SUM(pm."amountCents"), 0) FROM "InvoicePayment" pm JOIN "Invoice" i ON i.id = pm."invoiceId"
         WHERE i."jobcenterId" = ${jobcenterId} AND pm."paidOn" BETWEEN ${p.from}::date AND ${p.to}::date)::int AS "paidCents"`;
  return rows[0]!;
}

export interface MonthFigures {
  jobcenterId: string;
  jobcenter: string;
  month: string;
  clientsWorked: number;
  approvedMinutes: number;
  gigs: number;
  orders: number;
  orderers: number;
}

/** One row per Jobcenter and calendar month of the period (Helsinki months), zeros included. */
export async function monthlyFigures(db: Reader, jobcenterIds: string[], p: Period): Promise<MonthFigures[]> {
  if (jobcenterIds.length === 0) return [];
  return db.$queryRaw<MonthFigures[]>(monthlyFiguresSql(jobcenterIds, p));
}

/** The statement of monthlyFigures, apart so that a test can EXPLAIN it. */
export function monthlyFiguresSql(jobcenterIds: string[], p: Period): Prisma.Sql {
  const { fromAt, toAt } = bounds(p);
  return Prisma.sql`
    WITH m AS (
      SELECT to_char(d, 'YYYY-MM') AS month
      FROM generate_series(date_trunc('month', ${p.from}::date), ${p.to}::date, interval '1 month') d
    ),
    g AS (
      SELECT u."jobcenterId", to_char(g."startsAt" AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month,
        COUNT(DISTINCT g."clientId")::int AS "clientsWorked", COALESCE(SUM(g."approvedMinutes"), 0)::int AS "approvedMinutes", COUNT(*)::int AS gigs
      FROM "Gig" g JOIN "Client" c ON c.id = g."clientId" JOIN "Unit" u ON u.id = c."unitId"
      WHERE g.status = 'APPROVED' AND g."startsAt" >= ${fromAt} AND g."startsAt" < ${toAt} AND u."jobcenterId" = ANY(${jobcenterIds}::text[])
      GROUP BY 1, 2
    ),
    o AS (
      SELECT "jobcenterId", to_char("submittedAt" AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM') AS month,
        COUNT(*)::int AS orders, COUNT(DISTINCT "ordererId")::int AS orderers
      FROM "Order"
      WHERE "jobcenterId" = ANY(${jobcenterIds}::text[]) AND "submittedAt" >= ${fromAt} AND "submittedAt" < ${toAt}
      GROUP BY 1, 2
    )
    SELECT j.id AS "jobcenterId", j.name AS jobcenter, m.month,
      COALESCE(g."clientsWorked", 0) AS "clientsWorked", COALESCE(g."approvedMinutes", 0) AS "approvedMinutes", COALESCE(g.gigs, 0) AS gigs,
      COALESCE(o.orders, 0) AS orders, COALESCE(o.orderers, 0) AS orderers
    FROM "Jobcenter" j CROSS JOIN m
    LEFT JOIN g ON g."jobcenterId" = j.id AND g.month = m.month
    LEFT JOIN o ON o."jobcenterId" = j.id AND o.month = m.month
    WHERE j.id = ANY(${jobcenterIds}::text[])
    ORDER BY j.name, j.id, m.month`;
}

export interface GroupFigures {
  gender: string;
  band: string;
  clientsWorked: number;
  approvedMinutes: number;
}

/**
 * Clients who worked and their approved minutes by gender and age band (age on the period's last
 * day; no birth date = UNKNOWN). A client has one gender and one band, so the cells add up.
 */
export function groupFigures(db: Reader, jobcenterId: string, p: Period): Promise<GroupFigures[]> {
  const { fromAt, toAt } = bounds(p);
  return db.$queryRaw<GroupFigures[]>`
    WITH w AS (
      SELECT c.id, c.gender::text AS gender, c."birthDate", SUM(g."approvedMinutes")::int AS minutes
      FROM "Gig" g JOIN "Client" c ON c.id = g."clientId" JOIN "Unit" u ON u.id = c."unitId"
      WHERE g.status = 'APPROVED' AND g."startsAt" >= ${fromAt} AND g."startsAt" < ${toAt} AND u."jobcenterId" = ${jobcenterId}
      GROUP BY c.id, c.gender, c."birthDate"
    ),
    a AS (
      SELECT gender, minutes,
        CASE
          WHEN "birthDate" IS NULL THEN 'UNKNOWN'
          WHEN date_part('year', age(${p.to}::date, "birthDate")) < 25 THEN 'UNDER_25'
          WHEN date_part('year', age(${p.to}::date, "birthDate")) < 35 THEN '25_34'
          WHEN date_part('year', age(${p.to}::date, "birthDate")) < 45 THEN '35_44'
          WHEN date_part('year', age(${p.to}::date, "birthDate")) < 55 THEN '45_54'
          WHEN date_part('year', age(${p.to}::date, "birthDate")) < 65 THEN '55_64'
          ELSE '65_PLUS'
        END AS band
      FROM w
    )
    SELECT gender, band, COUNT(*)::int AS "clientsWorked", COALESCE(SUM(minutes), 0)::int AS "approvedMinutes"
    FROM a GROUP BY gender, band ORDER BY gender, band`;
}

export interface PathwayCount {
  /** null: the Jobcenter's distinct count over its units */
  unitId: string | null;
  kind: string;
  clients: number;
}

/** Distinct clients with each kind of pathway event dated in the period, per unit (at the time) and for the Jobcenter. */
export function pathwayCounts(db: Reader, jobcenterId: string, p: Period): Promise<PathwayCount[]> {
  return db.$queryRaw<PathwayCount[]>`
    SELECT e."unitId", e.kind::text AS kind, COUNT(DISTINCT e."clientId")::int AS clients
    FROM "PathwayEvent" e JOIN "Unit" u ON u.id = e."unitId"
    WHERE u."jobcenterId" = ${jobcenterId} AND e."occurredOn" BETWEEN ${p.from}::date AND ${p.to}::date
    GROUP BY GROUPING SETS ((e."unitId", e.kind), (e.kind))
    ORDER BY 2, 1 NULLS FIRST`;
}

export interface PaidWorkShare {
  cohort6: number;
  reached6: number;
  cohort12: number;
  reached12: number;
}

/**
 * Of the clients whose first gig (their earliest FIRST_GIG event) falls in the period and whose
 * 6- (12-) month window has ended by `today`, how many reached paid work within it: a
 * HIRED_BY_ORDERER, SUPPORTED_EMPLOYMENT or OPEN_LABOUR_MARKET event on or after the first gig
 * and at most 6 (12) months later.
 */
export async function paidWorkShare(db: Reader, jobcenterId: string, p: Period, today: string): Promise<PaidWorkShare> {
  const kinds = [...PAID_WORK_KINDS];
  const rows = await db.$queryRaw<PaidWorkShare[]>`
    WITH f AS (
      SELECT e."clientId", MIN(e."occurredOn") AS first
      FROM "PathwayEvent" e JOIN "Unit" u ON u.id = e."unitId"
      WHERE u."jobcenterId" = ${jobcenterId} AND e.kind = 'FIRST_GIG'
      GROUP BY e."clientId"
      HAVING MIN(e."occurredOn") BETWEEN ${p.from}::date AND ${p.to}::date
    ),
    r AS (
      SELECT f."clientId", f.first,
        (SELECT MIN(x."occurredOn") FROM "PathwayEvent" x
          WHERE x."clientId" = f."clientId" AND x.kind::text = ANY(${kinds}::text[]) AND x."occurredOn" >= f.first) AS paid
      FROM f
    )
    SELECT
      COUNT(*) FILTER (WHERE first + interval '6 months' <= ${today}::date)::int AS cohort6,
      COUNT(*) FILTER (WHERE first + interval '6 months' <= ${today}::date AND paid <= first + interval '6 months')::int AS reached6,
      COUNT(*) FILTER (WHERE first + interval '12 months' <= ${today}::date)::int AS cohort12,
      COUNT(*) FILTER (WHERE first + interval '12 months' <= ${today}::date AND paid <= first + interval '12 months')::int AS reached12
    FROM r`;
  return rows[0]!;
}

/**
 * The clients' own word on their approved gigs of the period (ADR 047's faces: 1 not good,
 * 2 so-so, 3 good), gigs of the Jobcenter's units by the client's current unit, as unitFigures.
 */
export async function clientRatingOfGigs(db: Reader, jobcenterId: string, p: Period): Promise<{ ratingSum: number; ratingCount: number }> {
  const { fromAt, toAt } = bounds(p);
  const rows = await db.$queryRaw<{ ratingSum: number; ratingCount: number }[]>`
    SELECT COALESCE(SUM(f.mood), 0)::int AS "ratingSum", COUNT(*)::int AS "ratingCount"
    FROM "GigClientFeedback" f
      JOIN "Gig" g ON g.id = f."gigId"
      JOIN "Client" c ON c.id = g."clientId"
      JOIN "Unit" u ON u.id = c."unitId"
    WHERE u."jobcenterId" = ${jobcenterId} AND g.status = 'APPROVED' AND g."startsAt" >= ${fromAt} AND g."startsAt" < ${toAt}`;
  return rows[0]!;
}
