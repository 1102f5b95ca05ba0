import { BOOKING_STATES, overlapping } from "@/features/gigs/rules";
import { VISIBLE_ORDERER_STATES } from "@/features/orderers/rules";
import { OPEN_ORDER_STATES } from "@/features/orders/status";
import { dateColumn } from "@/lib/dates";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import type { RuleCode } from "@/server/errors";
import { LIVE_OFFER_STATES, assignmentProblems, matchScore, rankMatches, sessionStaffing, type AssignmentFacts, type Match } from "./rules";

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

/**
 * Every rule that stops assigning these clients to this time, per client. The assignment
 * action calls it after locking the client row; matching calls it for a ranked list.
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
    const nomination = c.nominations.find((n) => !n.revokedAt) ?? null;
    out.set(
      clientId,
      assignmentProblems({
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
        doubleBooked: busy.has(clientId),
        // Unit staff confirm the work-activity day in the nomination (ADR 031); a gig assigned
        // without it waits, PLANNED, for their confirmation on the gig.
        workActivityDayConfirmed: nomination?.leavesWorkActivityConfirmed ?? false,
        now: opts.now,
      }),
    );
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

export async function coordinatorInbox(db: Reader, jobcenterIds: string[], now: Date): Promise<InboxRow[]> {
  const orders = await db.order.findMany({
    // An orderer whose contact has not opened the email link reaches nobody (ADR 055).
    where: { jobcenterId: { in: jobcenterIds }, status: { in: [...OPEN_ORDER_STATES] }, orderer: { status: { in: [...VISIBLE_ORDERER_STATES] } } },
    include: {
      orderer: { select: { name: true, status: true, duplicateOfId: true } },
      sessions: { where: { endsAt: { gt: now } }, orderBy: { startsAt: "asc" }, take: 1, select: { startsAt: true } },
      _count: { select: { offers: true, gigs: { where: { status: "REPORTED" } } } },
    },
    orderBy: { createdAt: "asc" },
    take: 300,
  });
  return orders.map((o) => ({
    id: o.id,
    number: o.number,
    title: o.title,
    status: o.status,
    ordererName: o.orderer.name,
    createdAt: o.createdAt,
    nextSessionAt: o.sessions[0]?.startsAt ?? null,
    reacceptanceRequired: o.reacceptanceRequired,
    ordererStatus: o.orderer.status,
    ordererDuplicate: o.orderer.duplicateOfId !== null,
    offers: o._count.offers,
    gigsReported: o._count.gigs,
  }));
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

/** Ranked clients of the order's Jobcenter for one session, with the reasons. */
export async function matchingFor(db: Reader, order: CoordinatorOrder, session: { startsAt: Date; endsAt: Date }, now: Date): Promise<MatchRow[]> {
  const clients = await db.client.findMany({
    where: { active: true, unit: { jobcenterId: order.jobcenterId } },
    select: { id: true, firstName: true, lastName: true, skills: true, interests: true, area: true, unitId: true, unit: { select: { name: true } } },
    take: 500,
  });
  const problems = await assignmentCheck(db, order, clients.map((c) => c.id), session, { now });
  const offeredUnitIds = order.offers.filter((o) => LIVE_OFFER_STATES.includes(o.status)).map((o) => o.unitId);
  const rows = clients.map((c) => ({
    clientId: c.id,
    name: `${c.firstName} ${c.lastName}`,
    unitName: c.unit.name,
    match: matchScore({
      order: { category: order.category, title: order.title, city: order.city },
      client: c,
      offeredUnitIds,
      problems: problems.get(c.id) ?? [],
    }),
  }));
  return rankMatches(rows);
}

/**
 * The order's work sessions for the coordinator's page: each with its gigs, its staffing and,
 * while places are free, the ranked clients to assign.
 */
export function coordinatorSessions(db: Reader, order: CoordinatorOrder, now: Date) {
  return Promise.all(
    order.sessions.map(async (s) => {
      const gigs = order.gigs.filter((g) => g.sessionId === s.id);
      const staffing = sessionStaffing(s, gigs, order, now);
      // The clients already holding one of the session's places are not candidates again.
      const matches = staffing.open ? (await matchingFor(db, order, s, now)).filter((m) => !staffing.live.some((g) => g.clientId === m.clientId)) : [];
      return { ...s, gigs, ...staffing, matches };
    }),
  );
}
export type CoordinatorSession = Awaited<ReturnType<typeof coordinatorSessions>>[number];

// ───────────── unit staff ─────────────

export function unitOffers(db: Reader, unitIds: string[]) {
  return db.unitOffer.findMany({
    // Offers are made only once the terms are accepted, so no draft's offer is left out.
    where: { unitId: { in: unitIds }, status: { not: "WITHDRAWN" }, order: { status: { in: [...OPEN_ORDER_STATES] } } },
    include: { order: { select: { id: true, number: true, title: true, category: true, city: true, status: true } }, unit: { select: { name: true } }, _count: { select: { nominations: true } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
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
