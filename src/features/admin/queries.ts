import type { AuthTokenKind, Prisma, Role } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { hashToken } from "@/lib/hash";
import { tokenUsable } from "./rules";

type Reader = Pick<Db, "user" | "jobcenter" | "unit" | "orderer" | "client" | "order" | "gig" | "auditEvent" | "authToken" | "membership">;

const membershipInclude = {
  where: { active: true },
  include: {
    jobcenter: { select: { id: true, name: true } },
    unit: { select: { id: true, name: true, jobcenter: { select: { name: true } } } },
    orderer: { select: { id: true, name: true } },
  },
  orderBy: { createdAt: "asc" },
} satisfies Prisma.User$membershipsArgs;

export async function listUsers(db: Reader, filter: { q?: string; role?: Role }) {
  const q = filter.q?.trim();
  return db.user.findMany({
    where: {
      clientUsername: null,
      ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] } : {}),
      ...(filter.role ? { memberships: { some: { role: filter.role, active: true } } } : {}),
    },
    include: { memberships: membershipInclude },
    orderBy: [{ active: "desc" }, { name: "asc" }],
    take: 500,
  });
}

export async function getUserDetail(db: Reader, id: string) {
  return db.user.findFirst({
    where: { id, clientUsername: null },
    include: {
      memberships: membershipInclude,
      authTokens: { where: { usedAt: null }, orderBy: { createdAt: "desc" }, select: { kind: true, expiresAt: true, createdAt: true } },
    },
  });
}

/** Choices for role memberships and units. */
export async function organisationOptions(db: Reader) {
  const [jobcenters, units, orderers] = await Promise.all([
    db.jobcenter.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, active: true } }),
    db.unit.findMany({ orderBy: [{ jobcenter: { name: "asc" } }, { name: "asc" }], select: { id: true, name: true, active: true, jobcenter: { select: { name: true } } } }),
    db.orderer.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { jobcenters, units, orderers };
}

export async function listJobcenters(db: Reader) {
  return db.jobcenter.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { units: true, orders: true } } },
  });
}

export async function getJobcenterDetail(db: Reader, id: string) {
  return db.jobcenter.findUnique({
    where: { id },
    include: { units: { orderBy: { name: "asc" }, include: { _count: { select: { clients: true } } } } },
  });
}

/** A staff account (never a client's): clients are managed by their unit, not in the admin area. */
export function findStaffUser(db: Reader, userId: string) {
  return db.user.findFirst({ where: { id: userId, clientUsername: null } });
}

export async function emailTaken(db: Reader, email: string): Promise<boolean> {
  return (await db.user.count({ where: { email } })) > 0;
}

/** Do the organisations a membership names all exist? */
export async function organisationsExist(db: Reader, m: { jobcenterId: string | null; unitId: string | null; ordererId: string | null }): Promise<boolean> {
  if (m.jobcenterId && !(await db.jobcenter.count({ where: { id: m.jobcenterId } }))) return false;
  if (m.unitId && !(await db.unit.count({ where: { id: m.unitId } }))) return false;
  if (m.ordererId && !(await db.orderer.count({ where: { id: m.ordererId } }))) return false;
  return true;
}

export function findMembership(db: Reader, id: string) {
  return db.membership.findUnique({ where: { id } });
}

/** Users who are active and hold an active ADMIN membership. */
export async function activeAdminIds(db: Reader): Promise<string[]> {
  const rows = await db.membership.findMany({
    where: { role: "ADMIN", active: true, user: { active: true } },
    select: { userId: true },
  });
  return [...new Set(rows.map((r) => r.userId))];
}

export function findJobcenter(db: Reader, id: string) {
  return db.jobcenter.findUnique({ where: { id } });
}

/** Jobcenters for a form's select: id and name. */
export function jobcenterChoices(db: Reader) {
  return db.jobcenter.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export function findUnit(db: Reader, id: string) {
  return db.unit.findUnique({ where: { id } });
}

/** The numbers on the admin home. */
export async function adminCounts(db: Reader) {
  const [users, activeUsers, clients, ordersByStatus, gigs, approved] = await Promise.all([
    db.user.count({ where: { clientUsername: null } }),
    db.user.count({ where: { clientUsername: null, active: true } }),
    db.client.count({ where: { active: true } }),
    db.order.groupBy({ by: ["status"], _count: { _all: true } }),
    db.gig.count(),
    db.gig.aggregate({ where: { status: "APPROVED" }, _sum: { approvedMinutes: true } }),
  ]);
  return {
    users,
    activeUsers,
    clients,
    ordersByStatus: Object.fromEntries(ordersByStatus.map((g) => [g.status, g._count._all])) as Record<string, number>,
    orders: ordersByStatus.reduce((s, g) => s + g._count._all, 0),
    gigs,
    approvedMinutes: approved._sum.approvedMinutes ?? 0,
  };
}

export interface AuditFilter {
  entityType?: string;
  action?: string;
  clientId?: string;
  page?: number;
}

/** For the public /invite and /reset pages: is this link still good, and whose is it? */
export async function findTokenForPage(db: Reader, token: string, kind: AuthTokenKind, now: Date) {
  const row = await db.authToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { name: true, email: true, active: true } } } });
  if (!row || row.kind !== kind || !row.user.active || !tokenUsable(row, now)) return null;
  return { name: row.user.name, email: row.user.email };
}
