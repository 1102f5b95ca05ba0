import { recordAudit } from "@/features/audit/mutations";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";

type Reader = Tx | Db;

export function findClientForAction(tx: Reader, clientId: string) {
  return tx.client.findUnique({ where: { id: clientId }, include: { unit: { select: { id: true, jobcenterId: true } } } });
}

export const clientTarget = (c: { id: string; unitId: string; unit: { jobcenterId: string } }) => ({
  clientId: c.id,
  unitId: c.unitId,
  jobcenterId: c.unit.jobcenterId,
});

/** A unit's clients for staff lists (names, readiness, skills: no sensitive details). */
export function unitClients(db: Reader, unitIds: string[]) {
  return db.client.findMany({
    where: { unitId: { in: unitIds }, active: true },
    select: { id: true, firstName: true, lastName: true, readiness: true, skills: true, unit: { select: { name: true } }, userId: true },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
}

/** The full profile for the client's own unit staff. Reading it is audited. */
export async function staffClientProfile(db: Db, clientId: string, actorUserId: string) {
  const client = await db.client.findUnique({
    where: { id: clientId },
    include: {
      unit: { select: { id: true, name: true, jobcenterId: true, jobcenter: { select: { kind: true } } } },
      readinessEvents: { orderBy: { createdAt: "desc" }, take: 50 },
      consents: { orderBy: { agreedOn: "desc" } },
      workActivityHours: { orderBy: { weekday: "asc" } },
      workActivityMoves: { orderBy: { fromDate: "desc" }, take: 20 },
    },
  });
  if (client) await recordAudit(db, { actorUserId, action: "client.read", entityType: "Client", entityId: client.id, clientId: client.id, details: { view: "staff" } });
  return client;
}

/**
 * The work profile a coordinator sees for matching: skills, interests, readiness, contract
 * models and the commission-rule outcome, not support needs or benefit details (ADR 033).
 * Reading it is audited.
 */
export async function coordinatorClientProfile(db: Db, clientId: string, actorUserId: string) {
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
        where: { status: { in: ["PLANNED", "OFFERED", "ACCEPTED", "STARTED", "REPORTED", "APPROVED"] } },
        orderBy: { startsAt: "desc" },
        take: 20,
        select: { id: true, startsAt: true, endsAt: true, status: true, order: { select: { id: true, number: true, title: true } } },
      },
      feedback: { where: { onProfile: true }, orderBy: { createdAt: "desc" }, take: 10, select: { id: true, rating: true, comment: true, createdAt: true } },
    },
  });
  if (!client) return null;
  await recordAudit(db, { actorUserId, action: "client.read", entityType: "Client", entityId: client.id, clientId: client.id, details: { view: "coordinator" } });
  const { benefits, ...rest } = client;
  // Only the rule outcome leaves this function, never the benefit list.
  const commissionBlocked = client.unit.jobcenter.blockCommissionForUnemploymentBenefit && benefits.includes("LABOUR_MARKET_SUBSIDY");
  return { ...rest, commissionBlocked };
}
