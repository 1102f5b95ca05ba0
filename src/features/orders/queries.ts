import type { Grant } from "@/features/auth/rules";
import { BOOKING_STATES } from "@/features/gigs/rules";
import { decodeCursor, encodeCursor, keysetPage, olderThan } from "@/lib/keyset";
import type { Tx } from "@/server/action";
import { currentTerms } from "./rules";

type Reader = Tx;

/** The Orderer the person acts for (an orderer contact has one). */
export function ordererIdOf(grants: readonly Grant[]): string | null {
  return grants.find((g) => g.role === "ORDERER_CONTACT" && g.ordererId)?.ordererId ?? null;
}

export function findJobcenter(db: Reader, jobcenterId: string) {
  return db.jobcenter.findFirst({ where: { id: jobcenterId, active: true }, select: { id: true, contractModels: true, name: true, blockCommissionForUnemploymentBenefit: true } });
}

/** The start of the order's first work session, if it has one. */
export async function firstSessionStart(db: Reader, orderId: string): Promise<Date | null> {
  const s = await db.orderSession.findFirst({ where: { orderId }, orderBy: { startsAt: "asc" }, select: { startsAt: true } });
  return s?.startsAt ?? null;
}

/** The benefits and agreed models of the clients holding a live gig on the order. */
export function liveGigClientsOf(db: Reader, orderId: string) {
  return db.client.findMany({
    where: { gigs: { some: { orderId, status: { in: [...BOOKING_STATES] } } } },
    select: { id: true, benefits: true, allowedContractModels: true },
    take: 200,
  });
}

export function findOrderForAction(db: Reader, orderId: string) {
  return db.order.findUnique({ where: { id: orderId } });
}

/** A proposed change with the order it belongs to (for the permission check). */
export function findChangeForAction(db: Reader, changeId: string) {
  return db.orderChange.findUnique({ where: { id: changeId }, include: { order: { select: { ordererId: true, jobcenterId: true } } } });
}

/** A gig of an order, for the orderer's feedback and hire (never the client's other data). */
export function findGigForAction(db: Reader, gigId: string) {
  return db.gig.findUnique({
    where: { id: gigId },
    select: { id: true, status: true, orderId: true, clientId: true, order: { select: { ordererId: true, jobcenterId: true, title: true } } },
  });
}

export function findFeedbackForAction(db: Reader, feedbackId: string) {
  return db.feedback.findUnique({ where: { id: feedbackId }, include: { order: { select: { ordererId: true, jobcenterId: true } } } });
}

export function hasPendingChange(db: Reader, orderId: string) {
  return db.orderChange.count({ where: { orderId, status: "PENDING" } }).then((n) => n > 0);
}

/** The kind of the order's last question or answer, to tell whether a question is still open. */
export async function lastQuestionOrAnswerKind(db: Reader, orderId: string) {
  const last = await db.orderMessage.findFirst({ where: { orderId, kind: { in: ["QUESTION", "ANSWER"] } }, orderBy: { createdAt: "desc" }, select: { kind: true } });
  return last?.kind ?? null;
}

/** A draft with its work sessions, for the orderer to continue on the order form. */
export function draftForEditing(db: Reader, orderId: string) {
  return db.order.findUnique({ where: { id: orderId }, include: { sessions: { orderBy: { startsAt: "asc" } } } });
}
export type DraftForEditing = NonNullable<Awaited<ReturnType<typeof draftForEditing>>>;

/** Locks the order row for the rest of the transaction (double submits, concurrent cancels). */
export async function lockOrder(db: Reader, orderId: string) {
  await db.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  return db.order.findUniqueOrThrow({ where: { id: orderId } });
}

export function termsRowsOf(db: Reader, jobcenterId: string) {
  return db.orderTermsVersion.findMany({ where: { jobcenterId } });
}

/** The terms version to show for the language today (Finnish when the language has none). */
export async function currentTermsFor(db: Reader, jobcenterId: string, locale: string, day: Date) {
  return currentTerms(await termsRowsOf(db, jobcenterId), locale, day);
}

export function activeJobcenters(db: Reader) {
  return db.jobcenter.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, kind: true } });
}

export function jobcenterBySlug(db: Reader, slug: string) {
  return db.jobcenter.findFirst({
    where: { slug, active: true },
    select: { id: true, slug: true, name: true, kind: true, email: true, phone: true, contractModels: true, blockCommissionForUnemploymentBenefit: true },
  });
}

export function ordererDefaults(db: Reader, ordererId: string) {
  return db.orderer.findUnique({ where: { id: ordererId } });
}

/** The orderer's own orders, newest first. */
/** The orderer's orders shown at a time (ADR 090). */
export const ORDERER_PAGE_SIZE = 20;

/**
 * The orderer's own orders, newest first, one keyset page at a time on the
 * `(ordererId, createdAt, id)` index.
 */
export async function listOrdersOfOrderer(db: Reader, ordererId: string, after?: string) {
  const rows = await db.order.findMany({
    where: { ordererId, ...olderThan(decodeCursor(after)) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ORDERER_PAGE_SIZE + 1,
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      reacceptanceRequired: true,
      createdAt: true,
      grossCents: true,
      jobcenter: { select: { name: true } },
      sessions: { orderBy: { startsAt: "asc" }, take: 1, select: { startsAt: true } },
      changes: { where: { status: "PENDING" }, select: { id: true }, take: 1 },
    },
  });
  return keysetPage(rows, ORDERER_PAGE_SIZE, encodeCursor);
}

/**
 * One order as its orderer (or the coordinator) sees it. Workers appear by first name only,
 * with the gig's time and hours: no other client data is selected.
 */
export function orderDetail(db: Reader, orderId: string) {
  return db.order.findUnique({
    where: { id: orderId },
    include: {
      jobcenter: { select: { id: true, name: true, phone: true, email: true } },
      orderer: { select: { id: true, name: true, kind: true, status: true } },
      sessions: { orderBy: { startsAt: "asc" } },
      statusEvents: { orderBy: { createdAt: "asc" } },
      acceptances: {
        orderBy: { acceptedAt: "asc" },
        include: { termsVersion: { select: { version: true, locale: true, title: true, cancellationFeeCents: true } } },
      },
      changes: { orderBy: { createdAt: "desc" } },
      gigs: {
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          status: true,
          startsAt: true,
          endsAt: true,
          plannedMinutes: true,
          approvedMinutes: true,
          client: { select: { firstName: true } },
        },
      },
      feedback: { orderBy: { createdAt: "asc" }, select: { id: true, gigId: true, rating: true, comment: true, onProfile: true, createdAt: true } },
      hires: { select: { id: true, hiredOn: true, client: { select: { firstName: true } } } },
    },
  });
}
export type OrderDetail = NonNullable<Awaited<ReturnType<typeof orderDetail>>>;

/** Messages of an order with the authors' names (for OrderMessages). */
export async function orderMessages(db: Reader, orderId: string) {
  // A unit's messages about its offer are between the unit and the coordinator: never the orderer's.
  const messages = await db.orderMessage.findMany({ where: { orderId, kind: { not: "UNIT" } }, orderBy: { createdAt: "asc" }, take: 500 });
  const authors = await db.user.findMany({ where: { id: { in: [...new Set(messages.map((m) => m.authorUserId))] } }, select: { id: true, name: true } });
  const names = new Map(authors.map((a) => [a.id, a.name]));
  return messages.map((m) => ({ id: m.id, kind: m.kind, body: m.body, createdAt: m.createdAt.toISOString(), authorName: names.get(m.authorUserId) ?? "" }));
}

/** Feedback on an order's gigs with the worker's first name (for the coordinator's OrderFeedbackList). */
export async function orderFeedback(db: Reader, orderId: string) {
  const rows = await db.feedback.findMany({
    where: { orderId },
    orderBy: { createdAt: "asc" },
    select: { id: true, rating: true, comment: true, onProfile: true, createdAt: true, gig: { select: { startsAt: true } }, client: { select: { firstName: true } } },
  });
  return rows.map((f) => ({
    id: f.id,
    rating: f.rating,
    comment: f.comment,
    onProfile: f.onProfile,
    createdAt: f.createdAt.toISOString(),
    gigStartsAt: f.gig?.startsAt.toISOString() ?? null,
    workerFirstName: f.client.firstName,
  }));
}
