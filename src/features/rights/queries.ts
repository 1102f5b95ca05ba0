import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { dateColumn, helsinkiInstant } from "@/lib/dates";

type Reader = Tx | Db;

export function findClientForRights(db: Reader, clientId: string) {
  return db.client.findUnique({ where: { id: clientId }, include: { unit: { select: { id: true, jobcenterId: true } } } });
}

export function findUserForErase(db: Reader, userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, active: true, erasedAt: true, updatedAt: true, lastSignInAt: true, client: { select: { id: true } } } });
}

/**
 * Everything stored about one client, for a subject-access request (GDPR art. 15, ADR 074).
 * Read one list after another (one connection). Pay details are summarised, not printed whole:
 * the person knows their identity code and account, and a printed copy travels.
 */
export async function clientExportData(db: Reader, clientId: string) {
  const client = await db.client.findUniqueOrThrow({
    where: { id: clientId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      birthDate: true,
      gender: true,
      phone: true,
      email: true,
      language: true,
      status: true,
      area: true,
      skills: true,
      interests: true,
      supportNeeds: true,
      preferredTimes: true,
      benefits: true,
      allowedContractModels: true,
      readiness: true,
      readinessNote: true,
      createdAt: true,
      unit: { select: { name: true, jobcenter: { select: { name: true } } } },
      user: { select: { clientUsername: true, locale: true, lastSignInAt: true } },
    },
  });
  const consents = await db.consentRecord.findMany({ where: { clientId }, orderBy: { agreedOn: "asc" }, take: 500 });
  const readiness = await db.readinessEvent.findMany({ where: { clientId }, orderBy: { createdAt: "asc" }, select: { status: true, note: true, createdAt: true }, take: 1000 });
  const workActivityHours = await db.workActivityHours.findMany({ where: { clientId }, orderBy: { weekday: "asc" }, select: { weekday: true, startMinute: true, endMinute: true } });
  const dayMoves = await db.workActivityDayMove.findMany({ where: { clientId }, orderBy: { fromDate: "asc" }, select: { fromDate: true, toDate: true, reason: true }, take: 1000 });
  const gigs = await db.gig.findMany({
    where: { clientId },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true, endsAt: true, status: true, plannedMinutes: true, approvedMinutes: true, reportNote: true, order: { select: { number: true, title: true, orderer: { select: { name: true } } } } },
    take: 5000,
  });
  const feedback = await db.feedback.findMany({ where: { clientId }, orderBy: { createdAt: "asc" }, select: { rating: true, comment: true, createdAt: true }, take: 5000 });
  const pathway = await db.pathwayEvent.findMany({ where: { clientId }, orderBy: { occurredOn: "asc" }, select: { kind: true, occurredOn: true, note: true }, take: 1000 });
  const payDetails = await db.clientPayDetails.findUnique({ where: { clientId }, select: { personalIdentityCode: true, iban: true, withholdingBp: true, taxCardValidFrom: true, taxCardValidTo: true } });
  return {
    client,
    consents: consents.map((c) => ({ parties: c.parties, partyKinds: c.partyKinds, scopes: c.scopes, scope: c.scope, agreedOn: c.agreedOn, validUntil: c.validUntil, withdrawnAt: c.withdrawnAt })),
    readiness,
    workActivityHours,
    dayMoves,
    gigs,
    feedback,
    pathway,
    payDetails: payDetails && {
      personalIdentityCodeEnding: payDetails.personalIdentityCode?.slice(-4) ?? null,
      ibanEnding: payDetails.iban?.slice(-4) ?? null,
      withholdingBp: payDetails.withholdingBp,
      taxCardValidFrom: payDetails.taxCardValidFrom,
      taxCardValidTo: payDetails.taxCardValidTo,
    },
  };
}
export type ClientExport = Awaited<ReturnType<typeof clientExportData>>;

/**
 * Former clients due for erasure: the period ended (status ENDED and a PERIOD_ENDED on or
 * before the cut-off, none after it: a client who came back and ended again counts from the
 * last end) and not erased yet. Bounded; the admin erases a page at a time.
 */
export function clientsDueForErasure(db: Reader, cutoffDay: string, take = 100) {
  const cutoff = dateColumn(cutoffDay);
  return db.client.findMany({
    where: {
      status: "ENDED",
      erasedAt: null,
      pathwayEvents: { some: { kind: "PERIOD_ENDED", occurredOn: { lte: cutoff } } },
      NOT: { pathwayEvents: { some: { kind: "PERIOD_ENDED", occurredOn: { gt: cutoff } } } },
    },
    select: { id: true, firstName: true, lastName: true, unit: { select: { name: true } }, pathwayEvents: { where: { kind: "PERIOD_ENDED" }, orderBy: { occurredOn: "desc" }, take: 1, select: { occurredOn: true } } },
    orderBy: { id: "asc" },
    take,
  });
}

/**
 * Accounts due for erasure: deactivated, last changed and last used before the cut-off, not a
 * client's (a client's account goes with the client). Staff and orderer contacts.
 */
export function usersDueForErasure(db: Reader, cutoffDay: string, take = 100) {
  const before = helsinkiInstant(cutoffDay);
  return db.user.findMany({
    where: { active: false, erasedAt: null, client: null, updatedAt: { lt: before }, OR: [{ lastSignInAt: null }, { lastSignInAt: { lt: before } }] },
    select: { id: true, name: true, email: true, updatedAt: true, memberships: { select: { role: true }, take: 3 } },
    orderBy: { id: "asc" },
    take,
  });
}

/** The day the client's period last ended (a Helsinki day), or null while it has not. */
export async function clientEndedOn(db: Reader, clientId: string): Promise<Date | null> {
  const last = await db.pathwayEvent.findFirst({ where: { clientId, kind: "PERIOD_ENDED" }, orderBy: { occurredOn: "desc" }, select: { occurredOn: true } });
  return last?.occurredOn ?? null;
}
