import { can } from "@/features/auth/permissions";
import type { Subject } from "@/features/auth/rules";
import { BOOKING_STATES, FILLED_STATES, overlapping } from "@/features/gigs/rules";
import { addHelsinkiDays, dayKey, helsinkiInstant } from "@/lib/dates";
import { decodeNameCursor, encodeNameCursor, keysetPage } from "@/lib/keyset";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { recordClientRead } from "./mutations";
import type { BenefitType, ContractModel } from "@/generated/prisma/enums";
import { benefitBlocksCommission, clientReadWindowStart, consentAllows, shouldRecordClientRead, staffableContractModels } from "./rules";

type Reader = Tx | Db;

export function findClientForAction(tx: Reader, clientId: string) {
  return tx.client.findUnique({ where: { id: clientId }, include: { unit: { select: { id: true, jobcenterId: true } } } });
}

export function findConsentForAction(tx: Reader, consentId: string) {
  return tx.consentRecord.findUnique({ where: { id: consentId }, include: { client: { include: { unit: { select: { id: true, jobcenterId: true } } } } } });
}

/**
 * What moving a work-activity day needs to know (ADR 031): the Jobcenter's kind, the client's
 * regular hours and moved days, and the client's live gigs on the day the work moves to.
 * Read one after another inside the transaction.
 */
export async function findDayMoveFacts(tx: Reader, clientId: string, toDay: string) {
  const client = await tx.client.findUniqueOrThrow({ where: { id: clientId }, select: { unit: { select: { jobcenter: { select: { kind: true } } } } } });
  const weekly = await tx.workActivityHours.findMany({ where: { clientId } });
  const moves = await tx.workActivityDayMove.findMany({ where: { clientId } });
  const dayStart = helsinkiInstant(toDay);
  const gigs = await tx.gig.findMany({
    where: { clientId, status: { in: [...BOOKING_STATES] }, ...overlapping({ startsAt: dayStart, endsAt: addHelsinkiDays(dayStart, 1) }) },
    select: { startsAt: true, endsAt: true, workActivityDayConfirmedById: true },
    take: 50,
  });
  return {
    kind: client.unit.jobcenter.kind,
    weekly,
    moves,
    gigs: gigs.map((g) => ({ startsAt: g.startsAt, endsAt: g.endsAt, dayConfirmed: g.workActivityDayConfirmedById !== null })),
  };
}

/**
 * The contract models this Jobcenter can staff now (ADR 034). Only the distinct combinations
 * of benefits and agreed models matter, so the read stays small however many clients there
 * are: a `SELECT DISTINCT` in the database (Prisma's `distinct` would read every client and
 * deduplicate in Node, ADR 090); the rule itself stays `staffableContractModels`.
 */
export async function staffableContractModelsOf(
  db: Reader,
  jobcenter: { id: string; contractModels: readonly ContractModel[]; blockCommissionForUnemploymentBenefit: boolean },
): Promise<ContractModel[]> {
  const kinds = await db.$queryRaw<{ benefits: BenefitType[]; allowedContractModels: ContractModel[] }[]>`
    SELECT DISTINCT c."benefits"::text[] AS "benefits", c."allowedContractModels"::text[] AS "allowedContractModels"
    FROM "Client" c JOIN "Unit" u ON u."id" = c."unitId"
    WHERE u."jobcenterId" = ${jobcenter.id}::text AND u."active" AND c."active" AND c."readiness" IN ('READY', 'PRACTISING')
    LIMIT 500`;
  return staffableContractModels(jobcenter, kinds.map((k) => ({ ...k, active: true, readiness: "READY" as const })));
}

export const clientTarget = (c: { id: string; unitId: string; unit: { jobcenterId: string } }) => ({
  clientId: c.id,
  unitId: c.unitId,
  jobcenterId: c.unit.jobcenterId,
});

/** Clients shown on a page of the unit's list (ADR 090). */
export const UNIT_CLIENT_PAGE_SIZE = 50;

/**
 * A unit's clients for staff lists (names, readiness, skills: no sensitive details), by name,
 * one keyset page at a time on `(lastName, firstName, id)`: the cursor is the last row's parts.
 */
export async function unitClients(db: Reader, unitIds: string[], opts: { after?: string; size?: number } = {}) {
  const size = opts.size ?? UNIT_CLIENT_PAGE_SIZE;
  const c = decodeNameCursor(opts.after, 3);
  const rows = await db.client.findMany({
    where: {
      unitId: { in: unitIds },
      active: true,
      ...(c
        ? {
            OR: [
              { lastName: { gt: c[0]! } },
              { lastName: c[0]!, firstName: { gt: c[1]! } },
              { lastName: c[0]!, firstName: c[1]!, id: { gt: c[2]! } },
            ],
          }
        : {}),
    },
    select: { id: true, firstName: true, lastName: true, readiness: true, skills: true, unit: { select: { name: true } }, userId: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    take: size + 1,
  });
  return keysetPage(rows, size, (r) => encodeNameCursor([r.lastName, r.firstName, r.id]));
}

/** The client's booked gigs with their hours history, for the staff profile page. */
export function clientGigsWithHours(db: Reader, clientId: string) {
  return db.gig.findMany({
    where: { clientId, status: { in: [...FILLED_STATES] } },
    include: { hoursEvents: { orderBy: { createdAt: "asc" } } },
    orderBy: { startsAt: "desc" },
    take: 30,
  });
}

// The two profile reads are not exported: every profile read goes through readClientAudited,
// which checks the permission and writes the audit row.

/** The full profile for the client's own unit staff. */
function staffProfile(db: Reader, clientId: string) {
  return db.client.findUnique({
    where: { id: clientId },
    include: {
      unit: { select: { id: true, name: true, jobcenterId: true, jobcenter: { select: { kind: true } } } },
      readinessEvents: { orderBy: { createdAt: "desc" }, take: 50 },
      consents: { orderBy: { agreedOn: "desc" } },
      workActivityHours: { orderBy: { weekday: "asc" } },
      workActivityMoves: { orderBy: { fromDate: "desc" }, take: 20 },
    },
  });
}

/**
 * The work profile a coordinator sees for matching: skills, interests, readiness, contract
 * models and the commission-rule outcome, not support needs or benefit details (ADR 033).
 */
async function coordinatorProfile(db: Reader, clientId: string) {
  const client = await db.client.findUnique({
    where: { id: clientId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      area: true,
      skills: true,
      interests: true,
      preferredTimes: true,
      readiness: true,
      allowedContractModels: true,
      benefits: true,
      unit: { select: { id: true, name: true, jobcenterId: true, jobcenter: { select: { kind: true, blockCommissionForUnemploymentBenefit: true } } } },
      workActivityHours: { orderBy: { weekday: "asc" } },
      gigs: {
        where: { status: { in: [...BOOKING_STATES] } },
        orderBy: { startsAt: "desc" },
        take: 20,
        select: { id: true, startsAt: true, endsAt: true, status: true, order: { select: { id: true, number: true, title: true } } },
      },
      feedback: { where: { onProfile: true }, orderBy: { createdAt: "desc" }, take: 10, select: { id: true, rating: true, comment: true, createdAt: true } },
    },
  });
  if (!client) return null;
  const { benefits, ...rest } = client;
  // Only the rule outcome leaves this function, never the benefit list.
  return { ...rest, commissionBlocked: benefitBlocksCommission(client.unit.jobcenter, { benefits }) };
}

/** The client's consents as the gate reads them (ADR 072); a client has a handful. */
export function consentsOf(db: Reader, clientId: string) {
  return db.consentRecord.findMany({
    where: { clientId },
    select: { id: true, partyKinds: true, scopes: true, agreedOn: true, validUntil: true, withdrawnAt: true },
    orderBy: { agreedOn: "desc" },
    take: 100,
  });
}
export type ConsentBasis = Awaited<ReturnType<typeof consentsOf>>[number];

/**
 * What a coordinator sees beyond the work profile, each only while a valid consent names the
 * Jobcenter's coordination for it (ADR 072): support needs and the benefit types. Each comes with
 * the consent it rests on so that the page can say so.
 */
async function coordinatorSharedDetails(db: Reader, clientId: string, now: Date) {
  const consents = await consentsOf(db, clientId);
  const today = dayKey(now);
  const supportConsent = consentAllows(consents, "JOBCENTER_COORDINATION", "SUPPORT_NEEDS", today);
  const benefitConsent = consentAllows(consents, "JOBCENTER_COORDINATION", "BENEFITS", today);
  if (!supportConsent && !benefitConsent) return { supportNeeds: null, benefits: null };
  const row = await db.client.findUniqueOrThrow({ where: { id: clientId }, select: { supportNeeds: true, benefits: true } });
  return {
    supportNeeds: supportConsent ? { value: row.supportNeeds, consent: supportConsent } : null,
    benefits: benefitConsent ? { value: row.benefits, consent: benefitConsent } : null,
  };
}

async function coordinatorView(db: Reader, clientId: string, now: Date, reader: Subject) {
  const profile = await coordinatorProfile(db, clientId);
  if (!profile) return null;
  // The consent names the Jobcenter's coordination: an admin reading the same page is not it.
  const coordinates = reader.grants.some((g) => g.role === "COORDINATOR" && g.jobcenterId === profile.unit.jobcenterId);
  return { ...profile, shared: coordinates ? await coordinatorSharedDetails(db, clientId, now) : { supportNeeds: null, benefits: null } };
}

/**
 * The work profile that staff of another unit of the same Jobcenter see, only while a valid
 * consent names other units for the work profile (ADR 072). Not support needs or benefits, not
 * the coordinator's rule outcome; the consent it rests on comes along.
 */
async function otherUnitView(db: Reader, clientId: string, now: Date) {
  const consent = consentAllows(await consentsOf(db, clientId), "OTHER_UNIT", "WORK_PROFILE", dayKey(now));
  if (!consent) return null;
  const client = await db.client.findUnique({
    where: { id: clientId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      area: true,
      skills: true,
      interests: true,
      preferredTimes: true,
      readiness: true,
      unit: { select: { id: true, name: true, jobcenterId: true } },
      feedback: { where: { onProfile: true }, orderBy: { createdAt: "desc" }, take: 10, select: { id: true, rating: true, comment: true, createdAt: true } },
    },
  });
  return client && { ...client, consent };
}

/** Whether the reader is unit staff of another unit of the client's Jobcenter. */
async function staffOfAnotherUnit(db: Reader, reader: Subject, client: { unitId: string; unit: { jobcenterId: string } }): Promise<boolean> {
  const unitIds = reader.grants.filter((g) => g.role === "UNIT_STAFF" && g.unitId && g.unitId !== client.unitId).map((g) => g.unitId as string);
  if (unitIds.length === 0) return false;
  const same = await db.unit.findFirst({ where: { id: { in: unitIds }, jobcenterId: client.unit.jobcenterId }, select: { id: true } });
  return same !== null;
}

/** When this person last read this client's profile (uses the AuditEvent (clientId, createdAt) index). */
export async function lastClientRead(db: Reader, actorUserId: string, clientId: string, since: Date): Promise<Date | null> {
  const last = await db.auditEvent.findFirst({
    where: { clientId, createdAt: { gte: since }, actorUserId, action: "client.read" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return last?.createdAt ?? null;
}

const views = {
  staff: { permission: "client.readSensitive", load: staffProfile },
  coordinator: { permission: "client.read", load: coordinatorView },
  // Checked by staffOfAnotherUnit and the consent, not by the permission table: the table's
  // scopes cannot say "another unit of the same Jobcenter with the client's consent".
  otherUnit: { permission: null, load: otherUnitView },
} as const;
export type ClientProfileView = keyof typeof views;
type ProfileOf<V extends ClientProfileView> = NonNullable<Awaited<ReturnType<(typeof views)[V]["load"]>>>;

/**
 * The one way to read a client's profile as staff: checks the view's permission against the
 * client's unit and Jobcenter (null when unknown or denied, which pages answer with "not
 * found"), loads the view and writes the `client.read` audit row. A page load is one read:
 * RSC requests and refreshes by the same person within CLIENT_READ_DEDUPE_MINUTES add no row.
 */
export async function readClientAudited<V extends ClientProfileView>(
  db: Db,
  reader: Subject & { userId: string },
  clientId: string,
  view: V,
  now: Date,
): Promise<ProfileOf<V> | null> {
  const row = await findClientForAction(db, clientId);
  if (!row || row.erasedAt) return null;
  const permission = views[view].permission;
  if (permission === null ? !(await staffOfAnotherUnit(db, reader, row)) : !can(reader, permission, clientTarget(row))) return null;
  const profile = (await views[view].load(db, clientId, now, reader)) as ProfileOf<V> | null;
  if (!profile) return null;
  const last = await lastClientRead(db, reader.userId, clientId, clientReadWindowStart(now));
  if (shouldRecordClientRead(last, now)) await recordClientRead(db, { actorUserId: reader.userId, clientId, view, at: now });
  return profile;
}
