import { decodeCursor, encodeCursor } from "@/lib/keyset";
import type { Prisma } from "@/generated/prisma/client";
import type { OrderStatus } from "@/generated/prisma/enums";
import { VISIBLE_ORDERER_STATES } from "@/features/orderers/rules";
import { currentTermsFor } from "@/features/orders/queries";
import { CLOSED_ORDER_STATES, OPEN_ORDER_STATES } from "@/features/orders/status";
import { dateColumnOf, helsinkiInstant } from "@/lib/dates";
import { hashToken } from "@/lib/hash";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { reviewLinkUsable } from "./rules";
import type { OrderListFilter } from "./schema";

type Reader = Tx | Db;

export const ORDER_PAGE_SIZE = 25;
export const ORDERER_PAGE_SIZE = 25;

/** Orderers a coordinator can pick for a phoned-in order: by name or business ID, few at a time. */
export function searchOrderers(db: Reader, jobcenterIds: string[], q: string) {
  const term = q.trim();
  if (term.length < 2) return Promise.resolve([]);
  return db.orderer.findMany({
    where: {
      status: { in: ["UNVERIFIED", "VERIFIED"] },
      OR: [{ name: { contains: term, mode: "insensitive" } }, { businessId: { startsWith: term } }],
      // A private person is found only by the Jobcenters they have ordered from.
      AND: [{ OR: [{ kind: { not: "PRIVATE_PERSON" } }, { orders: { some: { jobcenterId: { in: jobcenterIds } } } }] }],
    },
    orderBy: { name: "asc" },
    take: 10,
    select: {
      id: true,
      name: true,
      kind: true,
      businessId: true,
      status: true,
      memberships: { where: { role: "ORDERER_CONTACT", active: true }, take: 1, select: { user: { select: { name: true, email: true, phone: true, locale: true } } } },
    },
  });
}

/** The review link's page: the order as its orderer sees it, or null (unknown, used, expired). */
export async function reviewLinkPage(db: Reader, token: string, now: Date) {
  const row = await db.authToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { name: true, email: true, active: true, locale: true, passwordHash: true } } } });
  if (!row || !row.user.active || !reviewLinkUsable(row, now)) return null;
  const order = await db.order.findUnique({
    where: { id: row.orderId! },
    select: {
      id: true,
      number: true,
      status: true,
      jobcenterId: true,
      title: true,
      description: true,
      remote: true,
      streetAddress: true,
      postalCode: true,
      city: true,
      scheduleKind: true,
      windowText: true,
      hoursPerWorkerMin: true,
      workerCount: true,
      contractModel: true,
      netCents: true,
      vatCents: true,
      grossCents: true,
      billingMethod: true,
      businessId: true,
      eInvoiceAddress: true,
      eInvoiceOperator: true,
      billingEmail: true,
      billingReference: true,
      billingName: true,
      billingAddress: true,
      jobcenter: { select: { name: true } },
      orderer: { select: { name: true, kind: true } },
      sessions: { orderBy: { startsAt: "asc" }, select: { startsAt: true, endsAt: true } },
    },
  });
  if (!order || order.status !== "RECEIVED") return null;
  const terms = await currentTermsFor(db, order.jobcenterId, row.user.locale, dateColumnOf(now));
  return { order, terms, contact: { name: row.user.name, email: row.user.email, hasAccount: !!row.user.passwordHash } };
}
export type ReviewLinkPage = NonNullable<Awaited<ReturnType<typeof reviewLinkPage>>>;

// ───────────── the coordinator's list of every order ─────────────

// The keyset cursor ("newest first") is shared with the other lists (src/lib/keyset.ts, ADR 090).
export { decodeCursor, encodeCursor };

function listWhere(jobcenterIds: string[], f: OrderListFilter): Prisma.OrderWhereInput {
  const and: Prisma.OrderWhereInput[] = [
    { jobcenterId: { in: jobcenterIds } },
    // An orderer whose contact has not opened the email link reaches nobody (ADR 055).
    { orderer: { status: { in: [...VISIBLE_ORDERER_STATES] } } },
    { status: { in: [...(f.tab === "archive" ? CLOSED_ORDER_STATES : OPEN_ORDER_STATES)] } },
  ];
  if (f.status) and.push({ status: f.status });
  if (f.ordererId) and.push({ ordererId: f.ordererId });
  if (f.unitId) and.push({ OR: [{ offers: { some: { unitId: f.unitId } } }, { gigs: { some: { client: { unitId: f.unitId } } } }] });
  const worker = f.worker?.trim();
  if (worker) {
    const parts = worker.split(/\s+/).slice(0, 3);
    and.push({ gigs: { some: { AND: parts.map((p) => ({ client: { OR: [{ firstName: { contains: p, mode: "insensitive" as const } }, { lastName: { contains: p, mode: "insensitive" as const } }] } })) } } });
  }
  if (f.from) and.push({ sessions: { some: { endsAt: { gte: helsinkiInstant(f.from) } } } });
  if (f.to) and.push({ sessions: { some: { startsAt: { lt: helsinkiInstant(f.to, "23:59") } } } });
  const q = f.q?.trim();
  if (q) {
    const n = /^#?(\d{1,9})$/.exec(q);
    and.push({
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { orderer: { name: { contains: q, mode: "insensitive" } } },
        ...(n ? [{ number: Number(n[1]) }] : []),
      ],
    });
  }
  return { AND: and };
}

/** Every order of the coordinator's Jobcenters, newest first, one keyset page at a time. */
export async function coordinatorOrderList(db: Reader, jobcenterIds: string[], f: OrderListFilter) {
  const cursor = decodeCursor(f.after);
  const where = listWhere(jobcenterIds, f);
  const rows = await db.order.findMany({
    where: cursor ? { AND: [where, { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ORDER_PAGE_SIZE + 1,
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      createdAt: true,
      reacceptanceRequired: true,
      orderer: { select: { id: true, name: true, status: true } },
      sessions: { orderBy: { startsAt: "asc" }, take: 1, select: { startsAt: true } },
    },
  });
  const page = rows.slice(0, ORDER_PAGE_SIZE);
  return { rows: page, next: rows.length > ORDER_PAGE_SIZE ? encodeCursor(page[page.length - 1]!) : null };
}

/** Orders per state in the coordinator's Jobcenters (the index on jobcenterId, status). */
export async function orderCountsByState(db: Reader, jobcenterIds: string[]): Promise<Partial<Record<OrderStatus, number>>> {
  const groups = await db.order.groupBy({
    by: ["status"],
    where: { jobcenterId: { in: jobcenterIds }, orderer: { status: { in: [...VISIBLE_ORDERER_STATES] } } },
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
}

/** Filter choices: the Jobcenters' units and the orderers that have ordered from them. */
export async function orderListChoices(db: Reader, jobcenterIds: string[]) {
  const units = await db.unit.findMany({ where: { jobcenterId: { in: jobcenterIds } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return { units };
}

// ───────────── orderers ─────────────

/** Orderers that have ordered from the coordinator's Jobcenters, by name, keyset by name and id. */
export async function ordererList(db: Reader, jobcenterIds: string[], q: string | undefined, after: string | undefined) {
  const term = q?.trim();
  const cursor = after ? /^(.{0,200})\u0000([A-Za-z0-9_-]{1,40})$/.exec(after) : null;
  const where: Prisma.OrdererWhereInput = {
    AND: [
      { status: { in: [...VISIBLE_ORDERER_STATES] } },
      { orders: { some: { jobcenterId: { in: jobcenterIds } } } },
      ...(term ? [{ OR: [{ name: { contains: term, mode: "insensitive" as const } }, { businessId: { startsWith: term } }] }] : []),
      ...(cursor ? [{ OR: [{ name: { gt: cursor[1]! } }, { name: cursor[1]!, id: { gt: cursor[2]! } }] }] : []),
    ],
  };
  const rows = await db.orderer.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: ORDERER_PAGE_SIZE + 1,
    select: { id: true, name: true, kind: true, businessId: true, status: true, _count: { select: { orders: { where: { jobcenterId: { in: jobcenterIds } } } } } },
  });
  const page = rows.slice(0, ORDERER_PAGE_SIZE);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > ORDERER_PAGE_SIZE && last ? `${last.name}\u0000${last.id}` : null };
}

/** One orderer for the coordinator: contacts, billing defaults; null unless it ordered from their Jobcenters. */
export async function ordererForCoordinator(db: Reader, jobcenterIds: string[], ordererId: string) {
  const o = await db.orderer.findFirst({
    where: { id: ordererId, status: { in: [...VISIBLE_ORDERER_STATES] }, orders: { some: { jobcenterId: { in: jobcenterIds } } } },
    select: {
      id: true,
      name: true,
      kind: true,
      businessId: true,
      status: true,
      email: true,
      phone: true,
      billingMethod: true,
      eInvoiceAddress: true,
      eInvoiceOperator: true,
      billingEmail: true,
      billingReference: true,
      streetAddress: true,
      postalCode: true,
      city: true,
      createdAt: true,
    },
  });
  if (!o) return null;
  const contacts = await db.membership.findMany({
    where: { ordererId, role: "ORDERER_CONTACT" },
    orderBy: { createdAt: "asc" },
    take: 50,
    select: { id: true, active: true, user: { select: { name: true, email: true, phone: true, emailVerifiedAt: true } } },
  });
  return { ...o, contacts };
}

/** The orderer's orders in the coordinator's Jobcenters, newest first, keyset. */
export async function ordersOfOrderer(db: Reader, jobcenterIds: string[], ordererId: string, after: string | undefined) {
  const cursor = decodeCursor(after);
  const where: Prisma.OrderWhereInput = { ordererId, jobcenterId: { in: jobcenterIds } };
  const rows = await db.order.findMany({
    where: cursor ? { AND: [where, { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }] } : where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ORDER_PAGE_SIZE + 1,
    select: { id: true, number: true, title: true, status: true, createdAt: true },
  });
  const page = rows.slice(0, ORDER_PAGE_SIZE);
  return { rows: page, next: rows.length > ORDER_PAGE_SIZE ? encodeCursor(page[page.length - 1]!) : null };
}

/** The feedback the orderer gave on gigs of its orders in the coordinator's Jobcenters (first names only). */
export function feedbackOfOrderer(db: Reader, jobcenterIds: string[], ordererId: string) {
  return db.feedback.findMany({
    where: { order: { ordererId, jobcenterId: { in: jobcenterIds } } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, rating: true, comment: true, createdAt: true, order: { select: { id: true, number: true, title: true } }, client: { select: { firstName: true } } },
  });
}

/** The orderer a coordinator picked for a new order (the same rule as the search). */
export async function ordererToPick(db: Reader, jobcenterIds: string[], ordererId: string) {
  const o = await db.orderer.findFirst({
    where: {
      id: ordererId,
      status: { in: ["UNVERIFIED", "VERIFIED"] },
      OR: [{ kind: { not: "PRIVATE_PERSON" } }, { orders: { some: { jobcenterId: { in: jobcenterIds } } } }],
    },
    select: {
      id: true,
      name: true,
      businessId: true,
      memberships: { where: { role: "ORDERER_CONTACT", active: true }, orderBy: { createdAt: "asc" }, take: 1, select: { user: { select: { name: true, email: true, phone: true, locale: true } } } },
    },
  });
  return o && { id: o.id, name: o.name, businessId: o.businessId, contact: o.memberships[0]?.user ?? null };
}

// ───────────── the coordinator's client search (ADR 033: the work profile only) ─────────────

export const CLIENT_PAGE_SIZE = 25;

/**
 * Clients of the coordinator's Jobcenters by name, unit and skill, a keyset page at a time
 * (last name, id). Only what the coordinator may see for matching: no support needs, benefits
 * or consents. Opening a profile is the audited read (readClientAudited); this list is not a
 * profile, like the matching list.
 */
export async function searchClients(db: Reader, jobcenterIds: string[], f: { q?: string; unitId?: string; skill?: string; after?: string }) {
  const cursor = f.after ? /^(.{0,200})\u0000([A-Za-z0-9_-]{1,40})$/.exec(f.after) : null;
  const words = (f.q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 3);
  const skill = f.skill?.trim().toLowerCase();
  const rows = await db.client.findMany({
    where: {
      AND: [
        { active: true, unit: { jobcenterId: { in: jobcenterIds } } },
        ...(f.unitId ? [{ unitId: f.unitId }] : []),
        ...words.map((w) => ({ OR: [{ firstName: { contains: w, mode: "insensitive" as const } }, { lastName: { contains: w, mode: "insensitive" as const } }] })),
        ...(skill ? [{ skills: { has: skill } }] : []),
        ...(cursor ? [{ OR: [{ lastName: { gt: cursor[1]! } }, { lastName: cursor[1]!, id: { gt: cursor[2]! } }] }] : []),
      ],
    },
    orderBy: [{ lastName: "asc" }, { id: "asc" }],
    take: CLIENT_PAGE_SIZE + 1,
    select: { id: true, firstName: true, lastName: true, area: true, skills: true, readiness: true, unit: { select: { name: true } } },
  });
  const page = rows.slice(0, CLIENT_PAGE_SIZE);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > CLIENT_PAGE_SIZE && last ? `${last.lastName}\u0000${last.id}` : null };
}

/** The order's newest review link (who it went to, until when, used or not), for the coordinator. */
export function latestReviewLink(db: Reader, orderId: string) {
  return db.authToken.findFirst({
    where: { orderId, kind: "ORDER_REVIEW" },
    orderBy: { createdAt: "desc" },
    select: { id: true, userId: true, expiresAt: true, usedAt: true, createdAt: true, user: { select: { name: true, email: true, locale: true } } },
  });
}
