import { daySpans, weekdayOfDay } from "@/features/clients/rules";
import { BOOKING_STATES, overlapping, overlaps } from "@/features/gigs/rules";
import { VISIBLE_ORDERER_STATES } from "@/features/orderers/rules";
import { OPEN_ORDER_STATES } from "@/features/orders/status";
import { Prisma } from "@/generated/prisma/client";
import type { OrderStatus } from "@/generated/prisma/enums";
import { dateColumn } from "@/lib/dates";
import { decodeCursor, encodeCursor, keysetPage, olderThan } from "@/lib/keyset";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import type { RuleCode } from "@/server/errors";
import {
  LIVE_OFFER_STATES,
  MATCH_POINTS,
  assignmentProblems,
  categoryWords,
  matchScore,
  matchWindow,
  rankWindow,
  sessionStaffing,
  type AssignmentFacts,
  type Match,
} from "./rules";

type Reader = Tx | Db;

// ───────────── loaders for actions (inside the transaction) ─────────────

export function findOrderForCoordination(tx: Reader, orderId: string) {
  return tx.order.findUnique({
    where: { id: orderId },
    include: { jobcenter: { select: { id: true, kind: true, blockCommissionForUnemploymentBenefit: true } } },
  });
}

/** The order's orderer's standing (ADR 055): an unverified orderer's order goes no further. */
export async function findOrdererOfOrder(tx: Reader, orderId: string) {
  const o = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { orderer: { select: { status: true } } } });
  return o.orderer;
}

export function findOfferForAction(tx: Reader, offerId: string) {
  return tx.unitOffer.findUnique({
    where: { id: offerId },
    include: { order: { select: { id: true, jobcenterId: true, status: true, reacceptanceRequired: true } }, unit: { select: { id: true, jobcenterId: true } } },
  });
}

export function findSessionForAction(tx: Reader, sessionId: string) {
  return tx.orderSession.findUnique({
    where: { id: sessionId },
    include: { order: { include: { jobcenter: { select: { id: true, kind: true, blockCommissionForUnemploymentBenefit: true } } } } },
  });
}

export function findGigForAction(tx: Reader, gigId: string) {
  return tx.gig.findUnique({
    where: { id: gigId },
    include: {
      client: { select: { id: true, unitId: true } },
      order: { include: { jobcenter: { select: { id: true, kind: true, blockCommissionForUnemploymentBenefit: true } } } },
    },
  });
}

export function findClientUnit(tx: Reader, clientId: string) {
  return tx.client.findUnique({ where: { id: clientId }, select: { id: true, unitId: true, readiness: true, unit: { select: { jobcenterId: true } } } });
}

export function findNominationForAction(tx: Reader, nominationId: string) {
  return tx.nomination.findUnique({ where: { id: nominationId }, include: { client: { select: { unitId: true } } } });
}

/** The client's regular work-activity hours and moved days (to mark a gig on such a day). */
export async function findClientWorkActivity(tx: Reader, clientId: string) {
  // One list after the other: two selected relations would run in parallel on the transaction's connection.
  const { workActivityHours } = await tx.client.findUniqueOrThrow({ where: { id: clientId }, select: { workActivityHours: true } });
  const workActivityMoves = await tx.workActivityDayMove.findMany({ where: { clientId } });
  return { workActivityHours, workActivityMoves };
}

/** The active units of the Jobcenter among these ids. */
export function findActiveUnits(tx: Reader, jobcenterId: string, unitIds: string[]) {
  return tx.unit.findMany({ where: { id: { in: unitIds }, jobcenterId, active: true }, select: { id: true } });
}

export function countSessionGigs(tx: Reader, sessionId: string) {
  return tx.gig.count({ where: { sessionId } });
}

export function findPlannedGigs(tx: Reader, orderId: string) {
  return tx.gig.findMany({
    where: { orderId, status: "PLANNED" },
    select: { id: true, status: true, clientId: true, startsAt: true, onWorkActivityDay: true, workActivityDayConfirmedById: true },
  });
}

/** The states of an order's gigs: the order is approved only when every counted gig's hours are. */
export function findOrderGigStates(tx: Reader, orderId: string) {
  return tx.gig.findMany({ where: { orderId }, select: { status: true } });
}

export function findOrderStatus(tx: Reader, orderId: string) {
  return tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { id: true, status: true } });
}

// ───────────── the assignment check ─────────────

type OrderFacts = AssignmentFacts["order"] & { id: string; jobcenter: AssignmentFacts["jobcenter"] };

/**
 * The clients' facts for the assignment rules. The lists are read one after another, not as
 * includes: Prisma runs the includes of one findMany in parallel, and inside a transaction
 * they would all go to one connection at once (pg warns it is "already executing a query").
 */
async function clientFacts(tx: Reader, clientIds: string[], orderId: string) {
  const clients = await tx.client.findMany({ where: { id: { in: clientIds } }, include: { unit: { select: { jobcenterId: true } } } });
  const hours = await tx.workActivityHours.findMany({ where: { clientId: { in: clientIds } } });
  const moves = await tx.workActivityDayMove.findMany({ where: { clientId: { in: clientIds } } });
  const nominations = await tx.nomination.findMany({ where: { orderId, clientId: { in: clientIds } }, orderBy: { createdAt: "desc" } });
  return new Map(
    clients.map((c) => [
      c.id,
      {
        ...c,
        workActivityHours: hours.filter((h) => h.clientId === c.id),
        workActivityMoves: moves.filter((m) => m.clientId === c.id),
        nominations: nominations.filter((n) => n.clientId === c.id),
      },
    ]),
  );
}

/** Gigs in a booking state overlapping the range, per client. */
async function clashingGigs(tx: Reader, clientIds: string[], range: { startsAt: Date; endsAt: Date }, excludeGigIds: string[] = []) {
  const gigs = await tx.gig.findMany({
    where: {
      clientId: { in: clientIds },
      status: { in: [...BOOKING_STATES] },
      ...overlapping(range),
      ...(excludeGigIds.length ? { id: { notIn: excludeGigIds } } : {}),
    },
    select: { clientId: true },
  });
  return new Set(gigs.map((g) => g.clientId));
}

type ClientFacts = Awaited<ReturnType<typeof clientFacts>> extends Map<string, infer F> ? F : never;

/** The rules for one client and time, from facts already read. */
function problemsOf(order: OrderFacts, c: ClientFacts, range: { startsAt: Date; endsAt: Date }, doubleBooked: boolean, now: Date): RuleCode[] {
  const nomination = c.nominations.find((n) => !n.revokedAt) ?? null;
  return assignmentProblems({
    order,
    jobcenter: order.jobcenter,
    client: {
      jobcenterId: c.unit.jobcenterId,
      readiness: c.readiness,
      benefits: c.benefits,
      allowedContractModels: c.allowedContractModels,
      weekly: c.workActivityHours,
      moves: c.workActivityMoves,
    },
    nomination,
    gig: range,
    doubleBooked,
    // Unit staff confirm the work-activity day in the nomination (ADR 031); a gig assigned
    // without it waits, PLANNED, for their confirmation on the gig.
    workActivityDayConfirmed: nomination?.leavesWorkActivityConfirmed ?? false,
    now,
  });
}

/**
 * Every rule that stops assigning these clients to this time, per client. The assignment
 * action calls it after locking the client row; matching reads the facts once per order.
 */
export async function assignmentCheck(
  tx: Reader,
  order: OrderFacts,
  clientIds: string[],
  range: { startsAt: Date; endsAt: Date },
  opts: { now: Date; excludeGigIds?: string[] },
): Promise<Map<string, RuleCode[]>> {
  const facts = await clientFacts(tx, clientIds, order.id);
  const busy = await clashingGigs(tx, clientIds, range, opts.excludeGigIds);
  const out = new Map<string, RuleCode[]>();
  for (const clientId of clientIds) {
    const c = facts.get(clientId);
    if (!c) continue;
    out.set(clientId, problemsOf(order, c, range, busy.has(clientId), opts.now));
  }
  return out;
}

export async function activeNomination(tx: Reader, orderId: string, clientId: string) {
  return tx.nomination.findFirst({ where: { orderId, clientId, revokedAt: null }, orderBy: { createdAt: "desc" } });
}

// ───────────── pages ─────────────

interface InboxRow {
  id: string;
  number: number;
  title: string;
  status: import("@/generated/prisma/enums").OrderStatus;
  ordererName: string;
  createdAt: Date;
  nextSessionAt: Date | null;
  reacceptanceRequired: boolean;
  ordererStatus: import("@/generated/prisma/enums").OrdererStatus;
  /** Registered with a business ID another orderer already has. */
  ordererDuplicate: boolean;
  offers: number;
  gigsReported: number;
}

/** Orders shown per state of the inbox at a time (ADR 090). */
export const INBOX_PAGE_SIZE = 20;

/**
 * The open orders per state in these Jobcenters whose orderer reaches anybody (ADR 055): one
 * count over the `(jobcenterId, status, createdAt, id)` index joined to the orderer by its key.
 * The SQL is exported so that a test can EXPLAIN exactly this query.
 */
export function inboxCountsSql(jobcenterIds: readonly string[]) {
  return Prisma.sql`SELECT o."status"::text AS "status", count(*)::int AS "n"
    FROM "Order" o JOIN "Orderer" r ON r."id" = o."ordererId"
    WHERE o."jobcenterId" = ANY(${[...jobcenterIds]}::text[])
      AND o."status" = ANY(${[...OPEN_ORDER_STATES]}::"OrderStatus"[])
      AND r."status" = ANY(${[...VISIBLE_ORDERER_STATES]}::"OrdererStatus"[])
    GROUP BY o."status"`;
}

export async function inboxCounts(db: Reader, jobcenterIds: readonly string[]): Promise<Record<OrderStatus, number>> {
  const rows = jobcenterIds.length ? await db.$queryRaw<{ status: OrderStatus; n: number }[]>(inboxCountsSql(jobcenterIds)) : [];
  const counts = Object.fromEntries(OPEN_ORDER_STATES.map((s) => [s, 0])) as Record<OrderStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/**
 * Each open state's page, newest first, in one statement: per Jobcenter and state a keyset read
 * on `(jobcenterId, status, createdAt, id)` of `INBOX_PAGE_SIZE + 1` rows (below the cursor for
 * the state that was paged on; an `= ANY` over Jobcenters would not read in index order), then
 * per state the newest of those, and only for them the next session and the two counts.
 */
export function inboxPageSql(jobcenterIds: readonly string[], now: Date, page: { status: OrderStatus; cursor: { createdAt: Date; id: string } } | null) {
  const after = page
    ? Prisma.sql`AND (st."status" <> ${page.status}::"OrderStatus" OR (o."createdAt", o."id") < (${page.cursor.createdAt}::timestamptz, ${page.cursor.id}::text))`
    : Prisma.empty;
  return Prisma.sql`SELECT x."id", x."number", x."title", x."status", x."createdAt", x."reacceptanceRequired",
      x."ordererName", x."ordererStatus", x."ordererDuplicate",
      (SELECT min(s."startsAt") FROM "OrderSession" s WHERE s."orderId" = x."id" AND s."endsAt" > ${now}::timestamptz) AS "nextSessionAt",
      (SELECT count(*)::int FROM "UnitOffer" u WHERE u."orderId" = x."id") AS "offers",
      (SELECT count(*)::int FROM "Gig" g WHERE g."orderId" = x."id" AND g."status" = 'REPORTED') AS "gigsReported"
    FROM (
      SELECT p.*, st."rank", row_number() OVER (PARTITION BY st."rank" ORDER BY p."createdAt" DESC, p."id" DESC) AS "n"
      FROM unnest(${[...OPEN_ORDER_STATES]}::"OrderStatus"[]) WITH ORDINALITY AS st("status", "rank")
      CROSS JOIN unnest(${[...jobcenterIds]}::text[]) AS jc("id")
      CROSS JOIN LATERAL (
        SELECT o."id", o."number", o."title", o."status"::text AS "status", o."createdAt", o."reacceptanceRequired",
          r."name" AS "ordererName", r."status"::text AS "ordererStatus", (r."duplicateOfId" IS NOT NULL) AS "ordererDuplicate"
        FROM "Order" o JOIN "Orderer" r ON r."id" = o."ordererId"
        WHERE o."jobcenterId" = jc."id" AND o."status" = st."status"
          -- An orderer whose contact has not opened the email link reaches nobody (ADR 055).
          AND r."status" = ANY(${[...VISIBLE_ORDERER_STATES]}::"OrdererStatus"[]) ${after}
        ORDER BY o."createdAt" DESC, o."id" DESC
        LIMIT ${INBOX_PAGE_SIZE + 1}::int
      ) p
    ) x
    WHERE x."n" <= ${INBOX_PAGE_SIZE + 1}::int
    ORDER BY x."rank", x."createdAt" DESC, x."id" DESC`;
}

export interface InboxSection {
  status: OrderStatus;
  /** Every open order in this state (not only the page). */
  total: number;
  rows: InboxRow[];
  /** The cursor of the next page of this state, null on the last page. */
  next: string | null;
  /** This section shows a later page (the "more" link was followed). */
  paged: boolean;
}

/**
 * The coordinator's inbox: per open state the true count and one page, newest first. A "more"
 * link moves one state on (`page: { status, after }`); the other states stay on their first page.
 */
export async function coordinatorInbox(
  db: Reader,
  jobcenterIds: readonly string[],
  now: Date,
  page?: { status: OrderStatus; after: string } | null,
): Promise<InboxSection[]> {
  if (jobcenterIds.length === 0) return OPEN_ORDER_STATES.map((status) => ({ status, total: 0, rows: [], next: null, paged: false }));
  const counts = await inboxCounts(db, jobcenterIds);
  const cursor = page ? decodeCursor(page.after) : null;
  const paged = page && cursor ? { status: page.status, cursor } : null;
  const rows = await db.$queryRaw<InboxRow[]>(inboxPageSql(jobcenterIds, now, paged));
  const sections: InboxSection[] = [];
  for (const status of OPEN_ORDER_STATES) {
    const result = keysetPage(
      rows.filter((r) => r.status === status),
      INBOX_PAGE_SIZE,
      encodeCursor,
    );
    sections.push({ status, total: counts[status], next: result.next, paged: paged?.status === status, rows: result.rows });
  }
  return sections;
}

export function coordinatorOrder(db: Reader, orderId: string) {
  return db.order.findUnique({
    where: { id: orderId },
    include: {
      orderer: { select: { id: true, name: true, status: true } },
      jobcenter: { select: { id: true, name: true, kind: true, blockCommissionForUnemploymentBenefit: true, units: { where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } } } },
      offers: { include: { unit: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      nominations: {
        where: { revokedAt: null },
        include: { client: { select: { id: true, firstName: true, lastName: true, unit: { select: { name: true } } } } },
        orderBy: { createdAt: "asc" },
      },
      sessions: { orderBy: { startsAt: "asc" } },
      gigs: {
        include: {
          client: { select: { id: true, firstName: true, lastName: true, userId: true, unitId: true } },
          hoursEvents: { orderBy: { createdAt: "asc" } },
        },
        orderBy: [{ startsAt: "asc" }, { createdAt: "asc" }],
      },
    },
  });
}
export type CoordinatorOrder = NonNullable<Awaited<ReturnType<typeof coordinatorOrder>>>;

interface MatchRow {
  clientId: string;
  name: string;
  unitName: string;
  match: Match;
}

export interface CandidateRow {
  id: string;
  firstName: string;
  lastName: string;
  unitId: string;
  unitName: string;
  skills: string[];
  interests: string[];
  area: string | null;
  /** The database's score (ADR 090): the same points as `matchScore` for what SQL can see. */
  sqlScore: number;
  /** Every candidate the pre-filter lets through, not only this window. */
  total: number;
}

type MatchOrder = Pick<CoordinatorOrder, "id" | "jobcenterId" | "contractModel" | "category" | "title" | "city"> & {
  jobcenter: { kind: CoordinatorOrder["jobcenter"]["kind"]; blockCommissionForUnemploymentBenefit: boolean };
};

/**
 * The matching candidates of one session in SQL (ADR 090): the order's Jobcenter's active
 * clients, leaving out only those the assignment rules would certainly refuse whatever happens
 * on this order — a readiness that no nomination can make valid (neither READY nor PRACTISING),
 * a contract model the client has not agreed, a commission contract that would stop a labour
 * market subsidy, a gig in a booking state overlapping the session, and in rehabilitative work
 * activity regular work-activity hours overlapping it on a day no move touches (a moved day is
 * left to the rules). The rest are ranked by the points of `matchScore` that SQL can compute,
 * then name and id, and `limit` of them read with the count of all.
 */
export function matchCandidatesSql(order: MatchOrder, session: { startsAt: Date; endsAt: Date }, opts: { now: Date; offeredUnitIds: readonly string[]; limit: number }) {
  const P = MATCH_POINTS;
  const spans = daySpans(session);
  const rehab = order.jobcenter.kind === "REHABILITATIVE_WORK_ACTIVITY";
  const words = [...categoryWords(order.category)];
  const title = (order.title ?? "").toLowerCase();
  const city = (order.city ?? "").trim().toLowerCase();
  const fits = (column: Prisma.Sql) => Prisma.sql`EXISTS (SELECT 1 FROM unnest(${column}) AS w("word")
      WHERE length(lower(btrim(w."word"))) > 0
        AND (lower(btrim(w."word")) = ANY(${words}::text[]) OR strpos(${title}::text, lower(btrim(w."word"))) > 0))`;
  const overlapsHours = spans.map(
    (sp) => Prisma.sql`(EXISTS (SELECT 1 FROM "WorkActivityHours" h WHERE h."clientId" = c."id" AND h."weekday" = ${weekdayOfDay(sp.day)}::int
          AND h."startMinute" < ${sp.endMinute}::int AND ${sp.startMinute}::int < h."endMinute")
        AND NOT EXISTS (SELECT 1 FROM "WorkActivityDayMove" m WHERE m."clientId" = c."id" AND (m."fromDate" = ${sp.day}::date OR m."toDate" = ${sp.day}::date)))`,
  );
  return Prisma.sql`
    SELECT x.*, count(*) OVER ()::int AS "total" FROM (
      SELECT c."id", c."firstName", c."lastName", c."unitId", u."name" AS "unitName", c."skills", c."interests", c."area",
        (CASE WHEN nom."ok" THEN ${P.readinessConfirmed}::int ELSE ${P.noReadiness}::int END
          + CASE WHEN ${fits(Prisma.sql`c."skills"`)} THEN ${P.skillsFit}::int ELSE 0 END
          + CASE WHEN ${fits(Prisma.sql`c."interests"`)} THEN ${P.interestsFit}::int ELSE 0 END
          + CASE WHEN c."unitId" = ANY(${[...opts.offeredUnitIds]}::text[]) THEN ${P.unitOffered}::int ELSE 0 END
          + CASE WHEN c."area" IS NOT NULL AND c."area" <> '' AND ${order.city !== null && order.city !== ""}::boolean AND lower(btrim(c."area")) = ${city}::text THEN ${P.sameArea}::int ELSE 0 END
          + ${P.free}::int)::int AS "sqlScore"
      FROM "Client" c
      JOIN "Unit" u ON u."id" = c."unitId"
      -- The latest nomination not revoked is the one the rules read (assignmentCheck): the
      -- order's nominations once, on the Nomination(orderId, clientId) index.
      LEFT JOIN (
        SELECT DISTINCT ON (n."clientId") n."clientId", n."validUntil", n."clientWantsGig", n."skillsCheck"
        FROM "Nomination" n WHERE n."orderId" = ${order.id}::text AND n."revokedAt" IS NULL
        ORDER BY n."clientId", n."createdAt" DESC
      ) n ON n."clientId" = c."id"
      CROSS JOIN LATERAL (
        SELECT (n."clientId" IS NOT NULL AND n."validUntil" > ${opts.now}::timestamptz AND n."clientWantsGig"
                AND (c."readiness" = 'READY' OR (c."readiness" = 'PRACTISING' AND n."skillsCheck" = 'PRACTISED_FIRST'))) AS "ok"
      ) nom
      WHERE u."jobcenterId" = ${order.jobcenterId}::text
        AND c."active"
        AND c."readiness" IN ('READY', 'PRACTISING')
        AND ${order.contractModel}::"ContractModel" = ANY(c."allowedContractModels")
        AND NOT (${order.contractModel === "COMMISSION" && order.jobcenter.blockCommissionForUnemploymentBenefit}::boolean AND 'LABOUR_MARKET_SUBSIDY' = ANY(c."benefits"))
        -- Gig(clientId, endsAt): only the client's gigs ending after the session starts are read.
        AND NOT EXISTS (SELECT 1 FROM "Gig" g WHERE g."clientId" = c."id" AND g."status" = ANY(${[...BOOKING_STATES]}::"GigStatus"[])
                          AND g."startsAt" < ${session.endsAt}::timestamptz AND g."endsAt" > ${session.startsAt}::timestamptz)
        ${rehab ? Prisma.sql`AND NOT (${Prisma.join(overlapsHours, " OR ")})` : Prisma.empty}
    ) x
    ORDER BY x."sqlScore" DESC, x."lastName", x."firstName", x."id"
    LIMIT ${opts.limit}::int`;
}

export function matchCandidates(db: Reader, order: MatchOrder, session: { startsAt: Date; endsAt: Date }, opts: { now: Date; offeredUnitIds: readonly string[]; limit: number }) {
  return db.$queryRaw<CandidateRow[]>(matchCandidatesSql(order, session, opts));
}

/** Bookings (gigs in a booking state) of these clients overlapping the range, with their times. */
async function bookingsOf(tx: Reader, clientIds: string[], range: { startsAt: Date; endsAt: Date }) {
  if (clientIds.length === 0) return [];
  return tx.gig.findMany({
    where: { clientId: { in: clientIds }, status: { in: [...BOOKING_STATES] }, ...overlapping(range) },
    select: { clientId: true, startsAt: true, endsAt: true },
  });
}

/**
 * The order's work sessions for the coordinator's page: each with its gigs, its staffing and,
 * while places are free, a window of the ranked clients to assign (ADR 090). SQL picks each
 * open session's window (12, or the `more` session's `shown`) with the count of all
 * candidates; the clients' facts are then read once for the whole order and the rules
 * (`assignmentProblems`, `matchScore`) run on those windows only.
 */
export async function coordinatorSessions(db: Reader, order: CoordinatorOrder, now: Date, more?: { sessionId: string; shown: number }) {
  const offeredUnitIds = order.offers.filter((o) => LIVE_OFFER_STATES.includes(o.status)).map((o) => o.unitId);
  const base = order.sessions.map((s) => {
    const gigs = order.gigs.filter((g) => g.sessionId === s.id);
    return { s, gigs, staffing: sessionStaffing(s, gigs, order, now) };
  });
  // One session after another: the reader may be a transaction's single connection.
  const windows = new Map<string, CandidateRow[]>();
  for (const { s, staffing } of base) {
    if (!staffing.open) continue;
    const limit = matchWindow(more?.sessionId === s.id ? more.shown : undefined);
    windows.set(s.id, await matchCandidates(db, order, s, { now, offeredUnitIds, limit }));
  }
  const ids = [...new Set([...windows.values()].flat().map((c) => c.id))];
  const open = base.filter((b) => windows.has(b.s.id)).map((b) => b.s);
  const facts = ids.length ? await clientFacts(db, ids, order.id) : new Map<string, ClientFacts>();
  const span = open.length ? { startsAt: new Date(Math.min(...open.map((s) => s.startsAt.getTime()))), endsAt: new Date(Math.max(...open.map((s) => s.endsAt.getTime()))) } : null;
  const bookings = span ? await bookingsOf(db, ids, span) : [];
  return base.map(({ s, gigs, staffing }) => {
    const window = windows.get(s.id) ?? [];
    const busy = new Set(bookings.filter((b) => overlaps(b, s)).map((b) => b.clientId));
    const rows: MatchRow[] = [];
    for (const c of window) {
      const f = facts.get(c.id);
      // The clients already holding one of the session's places are not candidates again.
      if (!f || staffing.live.some((g) => g.clientId === c.id)) continue;
      const problems = problemsOf(order, f, s, busy.has(c.id), now);
      rows.push({
        clientId: c.id,
        name: `${c.firstName} ${c.lastName}`,
        unitName: c.unitName,
        match: matchScore({ order: { category: order.category, title: order.title, city: order.city }, client: f, offeredUnitIds, problems }),
      });
    }
    return { ...s, gigs, ...staffing, matches: rankWindow(rows), matchTotal: window[0]?.total ?? 0 };
  });
}
export type CoordinatorSession = Awaited<ReturnType<typeof coordinatorSessions>>[number];

// ───────────── unit staff ─────────────

/** Offers shown on the unit's home at a time (ADR 090). */
export const UNIT_OFFER_PAGE_SIZE = 20;

/** The open offers to these units, newest first, one keyset page at a time on `(unitId, createdAt, id)`. */
export async function unitOffers(db: Reader, unitIds: string[], after?: string) {
  const rows = await db.unitOffer.findMany({
    // Offers are made only once the terms are accepted, so no draft's offer is left out.
    where: { unitId: { in: unitIds }, status: { not: "WITHDRAWN" }, order: { status: { in: [...OPEN_ORDER_STATES] } }, ...olderThan(decodeCursor(after)) },
    include: { order: { select: { id: true, number: true, title: true, category: true, city: true, status: true } }, unit: { select: { name: true } }, _count: { select: { nominations: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: UNIT_OFFER_PAGE_SIZE + 1,
  });
  return keysetPage(rows, UNIT_OFFER_PAGE_SIZE, encodeCursor);
}

export function unitOffer(db: Reader, offerId: string) {
  return db.unitOffer.findUnique({
    where: { id: offerId },
    include: {
      unit: { select: { id: true, name: true, jobcenterId: true, jobcenter: { select: { kind: true } } } },
      order: {
        select: {
          siteContactName: true,
          siteContactPhone: true,
          id: true,
          number: true,
          title: true,
          description: true,
          category: true,
          streetAddress: true,
          postalCode: true,
          city: true,
          remote: true,
          scheduleKind: true,
          windowText: true,
          hoursPerWorkerMin: true,
          workerCount: true,
          contractModel: true,
          orderer: { select: { name: true, phone: true } },
          ordererProvides: true,
          orientation: true,
          status: true,
          sessions: { orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, endsAt: true, workersNeeded: true } },
        },
      },
      nominations: {
        where: { revokedAt: null },
        include: { client: { select: { id: true, firstName: true, lastName: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

/**
 * The unit's active clients as the nomination form shows them: readiness, preferred times and
 * regular work-activity days, so that staff see before nominating what the rules will ask.
 */
export async function nominationCandidates(db: Reader, unitId: string) {
  const clients = await db.client.findMany({
    where: { unitId, active: true },
    // benefits: for the benefit-limit warning before nominating (ADR 081)
    select: { id: true, firstName: true, lastName: true, readiness: true, preferredTimes: true, benefits: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: 500,
  });
  const hours = await db.workActivityHours.findMany({ where: { clientId: { in: clients.map((c) => c.id) } }, orderBy: { weekday: "asc" } });
  return clients.map((c) => ({ ...c, workActivityHours: hours.filter((h) => h.clientId === c.id) }));
}

/** Planned gigs of the unit's clients on a disability work-activity day that wait for staff's confirmation. */
export function gigsAwaitingWorkActivityConfirmation(db: Reader, unitIds: string[], orderId?: string) {
  return db.gig.findMany({
    where: { client: { unitId: { in: unitIds } }, status: "PLANNED", onWorkActivityDay: true, workActivityDayConfirmedById: null, ...(orderId ? { orderId } : {}) },
    select: { id: true, startsAt: true, endsAt: true, client: { select: { firstName: true, lastName: true } }, order: { select: { number: true, title: true } } },
    orderBy: { startsAt: "asc" },
    take: 100,
  });
}

/** The messages about these offers (unit ↔ coordinator), oldest first, with the authors' names. */
export async function offerMessages(db: Reader, offerIds: string[]) {
  const rows = await db.orderMessage.findMany({
    where: { unitOfferId: { in: offerIds }, kind: "UNIT" },
    orderBy: { createdAt: "asc" },
    select: { id: true, unitOfferId: true, body: true, createdAt: true, authorUserId: true },
    take: 300,
  });
  const authors = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.authorUserId))] } }, select: { id: true, name: true } });
  const names = new Map(authors.map((a) => [a.id, a.name]));
  return rows.map((r) => ({ ...r, authorName: names.get(r.authorUserId) ?? "" }));
}

/** The gigs of the unit's clients on one order, at their own (possibly rescheduled) times. */
export function unitGigsOfOrder(db: Reader, unitId: string, orderId: string) {
  return db.gig.findMany({
    where: { orderId, client: { unitId }, status: { in: [...BOOKING_STATES] } },
    select: { id: true, status: true, startsAt: true, endsAt: true, client: { select: { firstName: true, lastName: true } } },
    orderBy: { startsAt: "asc" },
    take: 100,
  });
}

/** The unit's gigs in a range (a week), with client names, for the week view. */
export function unitGigs(db: Reader, unitIds: string[], from: Date, to: Date) {
  return db.gig.findMany({
    where: { client: { unitId: { in: unitIds } }, ...overlapping({ startsAt: from, endsAt: to }), status: { in: [...BOOKING_STATES] } },
    include: { client: { select: { id: true, firstName: true, lastName: true } }, order: { select: { id: true, number: true, title: true } } },
    orderBy: { startsAt: "asc" },
  });
}

/**
 * The unit's active clients for the week view, with their work-activity hours and the days
 * moved into or out of the week [monday, monday + 6 days].
 */
export function unitWeekClients(db: Reader, unitIds: string[], weekDays: { first: string; last: string }) {
  const inWeek = { gte: dateColumn(weekDays.first), lte: dateColumn(weekDays.last) };
  return db.client.findMany({
    where: { unitId: { in: unitIds }, active: true },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      workActivityHours: true,
      workActivityMoves: { where: { OR: [{ fromDate: inWeek }, { toDate: inWeek }] } },
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
}

/**
 * Locks the session row and counts the gigs that hold one of its places, so that two
 * assignments at the same moment cannot both take the last place.
 */
export async function lockSessionAndCountBookings(tx: Tx, sessionId: string): Promise<number> {
  await tx.$queryRaw`SELECT id FROM "OrderSession" WHERE id = ${sessionId} FOR UPDATE`;
  return tx.gig.count({ where: { sessionId, status: { in: [...BOOKING_STATES] } } });
}
