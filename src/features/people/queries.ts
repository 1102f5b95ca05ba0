import { OPEN_GIG_STATES } from "@/features/gigs/rules";
import { dayOfDateColumn } from "@/lib/dates";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { isPossibleTwin, normalizePhone, type TwinFacts } from "./rules";

type Reader = Tx | Db;

export function findUnitForAction(tx: Reader, unitId: string) {
  return tx.unit.findUnique({
    where: { id: unitId },
    select: { id: true, jobcenterId: true, active: true, jobcenter: { select: { contractModels: true, blockCommissionForUnemploymentBenefit: true } } },
  });
}

export function findClientForPeople(tx: Reader, clientId: string) {
  return tx.client.findUnique({
    where: { id: clientId },
    select: { id: true, unitId: true, userId: true, status: true, firstName: true, unit: { select: { id: true, jobcenterId: true } } },
  });
}

export function findGigForEnd(tx: Reader, gigId: string) {
  return tx.gig.findUnique({
    where: { id: gigId },
    select: { id: true, status: true, orderId: true, clientId: true, startsAt: true, client: { select: { id: true, unitId: true, firstName: true, unit: { select: { jobcenterId: true } } } } },
  });
}

/**
 * Clients of the Jobcenter who may be this person (same name and birth date, or same phone).
 * Only what the staff member needs to ask: first name, unit and whether they are still in.
 */
export async function possibleTwins(tx: Reader, jobcenterId: string, facts: TwinFacts) {
  const phone = normalizePhone(facts.phone);
  const or: object[] = [
    { firstName: { equals: facts.firstName.trim(), mode: "insensitive" }, lastName: { equals: facts.lastName.trim(), mode: "insensitive" } },
  ];
  // Stored numbers are written in many ways ("+358 50 111 2222", "050-1112222"): compare their
  // last nine digits here, and let isPossibleTwin decide on the normalized numbers.
  if (phone && phone.length >= 6) {
    const byPhone = await tx.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM "Client" c JOIN "Unit" u ON u.id = c."unitId"
      WHERE u."jobcenterId" = ${jobcenterId} AND c.phone IS NOT NULL
        AND right(regexp_replace(c.phone, '[^0-9]', '', 'g'), 9) = right(${phone}, 9)
      LIMIT 50`;
    if (byPhone.length > 0) or.push({ id: { in: byPhone.map((r) => r.id) } });
  }
  const rows = await tx.client.findMany({
    where: { unit: { jobcenterId }, OR: or },
    select: { firstName: true, lastName: true, birthDate: true, phone: true, status: true, unit: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
  return rows
    .filter((r) => isPossibleTwin(facts, { firstName: r.firstName, lastName: r.lastName, birthDate: r.birthDate ? dayOfDateColumn(r.birthDate) : null, phone: r.phone }))
    .slice(0, 10)
    .map((r) => ({ firstName: r.firstName, unitName: r.unit.name, status: r.status }));
}

/** The client's gigs that are still open (planned, offered, accepted, started): handled before the time ends. */
export function openGigsOfClient(db: Reader, clientId: string) {
  return db.gig.findMany({
    where: { clientId, status: { in: [...OPEN_GIG_STATES] } },
    select: { id: true, status: true, startsAt: true, endsAt: true, order: { select: { id: true, number: true, title: true } } },
    orderBy: { startsAt: "asc" },
    take: 100,
  });
}

export function countOpenGigs(tx: Reader, clientId: string) {
  return tx.gig.count({ where: { clientId, status: { in: [...OPEN_GIG_STATES] } } });
}

/** The client's path and unit moves for the staff profile page. */
export async function clientPathway(db: Reader, clientId: string) {
  const events = await db.pathwayEvent.findMany({ where: { clientId }, orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }], take: 50 });
  const moves = await db.clientUnitMove.findMany({ where: { clientId }, orderBy: { createdAt: "desc" }, take: 20 });
  return { events, moves };
}

/** The other active units of the client's Jobcenter, to move to. */
export function unitsOfJobcenter(db: Reader, jobcenterId: string) {
  return db.unit.findMany({ where: { jobcenterId, active: true }, select: { id: true, name: true }, orderBy: { name: "asc" }, take: 200 });
}

/** The units that staff member may add clients to. */
export function unitsByIds(db: Reader, unitIds: string[]) {
  return db.unit.findMany({
    where: { id: { in: unitIds }, active: true },
    select: { id: true, name: true, jobcenter: { select: { contractModels: true, blockCommissionForUnemploymentBenefit: true } } },
    orderBy: { name: "asc" },
  });
}

export const UNIT_DIRECTORY_PAGE = 20;

/**
 * Units of a Jobcenter with their staff's work contacts and active client counts, by name,
 * a page at a time (keyset on name and id).
 */
export async function unitDirectory(db: Reader, jobcenterId: string, after: { name: string; id: string } | null) {
  const units = await db.unit.findMany({
    where: {
      jobcenterId,
      ...(after ? { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] } : {}),
    },
    select: { id: true, name: true, area: true, phone: true, email: true, active: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: UNIT_DIRECTORY_PAGE + 1,
  });
  const page = units.slice(0, UNIT_DIRECTORY_PAGE);
  const ids = page.map((u) => u.id);
  const staff = await db.membership.findMany({
    where: { unitId: { in: ids }, role: "UNIT_STAFF", active: true, user: { active: true } },
    select: { unitId: true, user: { select: { id: true, name: true, phone: true, email: true } } },
    orderBy: { user: { name: "asc" } },
    take: 500,
  });
  const counts = await db.client.groupBy({ by: ["unitId"], where: { unitId: { in: ids }, status: "ACTIVE" }, _count: { _all: true } });
  const last = page.at(-1);
  return {
    units: page.map((u) => ({
      ...u,
      staff: staff.filter((s) => s.unitId === u.id).map((s) => s.user),
      activeClients: counts.find((c) => c.unitId === u.id)?._count._all ?? 0,
    })),
    next: units.length > UNIT_DIRECTORY_PAGE && last ? { name: last.name, id: last.id } : null,
  };
}

/** The Jobcenter's coordinators and their work contacts. */
export function jobcenterCoordinators(db: Reader, jobcenterId: string) {
  return db.membership.findMany({
    where: { jobcenterId, role: "COORDINATOR", active: true, user: { active: true } },
    select: { user: { select: { id: true, name: true, phone: true, email: true } } },
    orderBy: { user: { name: "asc" } },
    take: 100,
  });
}

/** The client's username, if they have a sign-in (for the issue form's default). */
export async function clientUsernameOf(db: Reader, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const u = await db.user.findUnique({ where: { id: userId }, select: { clientUsername: true } });
  return u?.clientUsername ?? null;
}

export function unitNames(db: Reader, ids: string[]) {
  return db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true }, take: 100 });
}

/** Paused clients of these units: off every list of who can work, still theirs to resume. */
export function pausedClients(db: Reader, unitIds: string[]) {
  return db.client.findMany({
    where: { unitId: { in: unitIds }, status: "PAUSED" },
    select: { id: true, firstName: true, lastName: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: 200,
  });
}
