import type { ClientStatus, PathwayKind } from "@/generated/prisma/enums";
import { endAllAuthSessions } from "@/features/auth/mutations";
import { dateColumn } from "@/lib/dates";
import type { Tx } from "@/server/action";
import type { CreateClientInput } from "./schema";

const toMinute = (t: string) => {
  const [h, m] = t.split(":").map(Number) as [number, number];
  return h * 60 + m;
};

/** A new client with their first work-activity hours, readiness, consent and STARTED pathway row. */
export async function createClientRecord(tx: Tx, input: CreateClientInput, byUserId: string) {
  const client = await tx.client.create({
    data: {
      unitId: input.unitId,
      firstName: input.firstName,
      lastName: input.lastName,
      birthDate: input.birthDate ? dateColumn(input.birthDate) : null,
      gender: input.gender,
      phone: input.phone,
      email: input.email ?? null,
      language: input.language,
      area: input.area,
      benefits: input.benefits,
      allowedContractModels: input.allowedContractModels,
      skills: input.skills,
      interests: input.interests,
      preferredTimes: input.preferredTimes,
      supportNeeds: input.supportNeeds,
      readiness: input.readiness,
      readinessNote: input.readinessNote,
    },
    select: { id: true },
  });
  if (input.workActivityHours.length > 0) {
    await tx.workActivityHours.createMany({
      data: input.workActivityHours.map((h) => ({ clientId: client.id, weekday: h.weekday, startMinute: toMinute(h.start), endMinute: toMinute(h.end) })),
    });
  }
  await tx.readinessEvent.create({ data: { clientId: client.id, status: input.readiness, note: input.readinessNote, byUserId } });
  if (input.consent) {
    await tx.consentRecord.create({
      data: {
        clientId: client.id,
        parties: input.consent.parties,
        scope: input.consent.scope,
        agreedOn: dateColumn(input.consent.agreedOn),
        validUntil: input.consent.validUntil ? dateColumn(input.consent.validUntil) : null,
        recordedById: byUserId,
      },
    });
  }
  await addPathwayEvents(tx, { clientId: client.id, unitId: input.unitId, kinds: ["STARTED"], on: input.startedOn, note: null, byUserId });
  return client;
}

export async function addPathwayEvents(tx: Tx, e: { clientId: string; unitId: string; kinds: readonly PathwayKind[]; on: string; note: string | null; byUserId: string }) {
  await tx.pathwayEvent.createMany({
    data: e.kinds.map((kind) => ({ clientId: e.clientId, unitId: e.unitId, kind, occurredOn: dateColumn(e.on), note: e.note, recordedById: e.byUserId })),
  });
}

/**
 * The client's FIRST_GIG, written once (ADR 071): the client's row is locked first, so two gigs
 * approved at the same moment write one row, and a later approval finds it and adds nothing.
 * The unit is the client's unit now. Returns whether a row was written.
 */
export async function recordFirstGigOnce(tx: Tx, e: { clientId: string; on: string; note: string | null; byUserId: string }): Promise<boolean> {
  const locked = await tx.$queryRaw<{ unitId: string }[]>`SELECT "unitId" FROM "Client" WHERE id = ${e.clientId} FOR UPDATE`;
  if (locked.length === 0) return false;
  const existing = await tx.pathwayEvent.findFirst({ where: { clientId: e.clientId, kind: "FIRST_GIG" }, select: { id: true } });
  if (existing) return false;
  await addPathwayEvents(tx, { clientId: e.clientId, unitId: locked[0]!.unitId, kinds: ["FIRST_GIG"], on: e.on, note: e.note, byUserId: e.byUserId });
  return true;
}

/** HIRED_BY_ORDERER from a recorded hire: once per client and day (recording the hire again adds nothing). */
export async function recordHiredOnce(tx: Tx, e: { clientId: string; on: string; note: string | null; byUserId: string }): Promise<boolean> {
  const locked = await tx.$queryRaw<{ unitId: string }[]>`SELECT "unitId" FROM "Client" WHERE id = ${e.clientId} FOR UPDATE`;
  if (locked.length === 0) return false;
  const existing = await tx.pathwayEvent.findFirst({ where: { clientId: e.clientId, kind: "HIRED_BY_ORDERER", occurredOn: dateColumn(e.on) }, select: { id: true } });
  if (existing) return false;
  await addPathwayEvents(tx, { clientId: e.clientId, unitId: locked[0]!.unitId, kinds: ["HIRED_BY_ORDERER"], on: e.on, note: e.note, byUserId: e.byUserId });
  return true;
}

/** Moves the client's status only if it is still the one read (two staff members at once). */
export async function setClientStatus(tx: Tx, clientId: string, from: ClientStatus, to: ClientStatus): Promise<boolean> {
  const { count } = await tx.client.updateMany({ where: { id: clientId, status: from }, data: { status: to, active: to === "ACTIVE" } });
  return count === 1;
}

/** The sign-in ends: the account is switched off and every session of it ends now (ADR 052). */
export async function endClientSignIn(tx: Tx, userId: string, now: Date) {
  await tx.user.update({ where: { id: userId }, data: { active: false, sessionVersion: { increment: 1 } } });
  await endAllAuthSessions(tx, userId, now);
}

/** A resumed client's account works again with the PIN they had. */
export function restoreClientSignIn(tx: Tx, userId: string) {
  return tx.user.update({ where: { id: userId }, data: { active: true } });
}

export async function moveClientToUnit(tx: Tx, m: { clientId: string; fromUnitId: string; toUnitId: string; reason: string | null; byUserId: string }) {
  const { count } = await tx.client.updateMany({ where: { id: m.clientId, unitId: m.fromUnitId }, data: { unitId: m.toUnitId } });
  if (count !== 1) return null;
  return tx.clientUnitMove.create({ data: { clientId: m.clientId, fromUnitId: m.fromUnitId, toUnitId: m.toUnitId, reason: m.reason, movedById: m.byUserId }, select: { id: true } });
}

/** Tells the coordinator on the order itself, where they work (the order's message thread). */
export function noteToCoordinator(tx: Tx, m: { orderId: string; authorUserId: string; body: string }) {
  return tx.orderMessage.create({ data: { orderId: m.orderId, authorUserId: m.authorUserId, kind: "MESSAGE", body: m.body }, select: { id: true } });
}

/** A paused or ended client is no one's candidate any more: their readiness confirmations end now. */
export async function revokeClientNominations(tx: Tx, clientId: string, now: Date): Promise<number> {
  const { count } = await tx.nomination.updateMany({ where: { clientId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}
