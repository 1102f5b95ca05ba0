import type { ConsentParty, ConsentScope, ReadinessStatus } from "@/generated/prisma/enums";
import { dateColumn } from "@/lib/dates";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import type { UpdateClientProfileInput } from "./schema";

type Writer = Tx | Db;

export function updateClientProfileFields(tx: Tx, clientId: string, data: Omit<UpdateClientProfileInput, "clientId">) {
  return tx.client.update({ where: { id: clientId }, data });
}

/** Sets the client's readiness and keeps the step in the readiness history. */
export async function setClientReadiness(tx: Tx, clientId: string, status: ReadinessStatus, note: string | null, byUserId: string) {
  await tx.client.update({ where: { id: clientId }, data: { readiness: status, readinessNote: note } });
  await tx.readinessEvent.create({ data: { clientId, status, note, byUserId } });
}

export function createConsent(
  tx: Tx,
  consent: { clientId: string; parties: string[]; partyKinds: ConsentParty[]; scopes: ConsentScope[]; scope: string; agreedOn: string; validUntil?: string; recordedById: string },
) {
  return tx.consentRecord.create({
    data: {
      clientId: consent.clientId,
      parties: consent.parties,
      partyKinds: consent.partyKinds,
      scopes: consent.scopes,
      scope: consent.scope,
      agreedOn: dateColumn(consent.agreedOn),
      validUntil: consent.validUntil ? dateColumn(consent.validUntil) : null,
      recordedById: consent.recordedById,
    },
  });
}

export function markConsentWithdrawn(tx: Tx, consentId: string, at: Date) {
  return tx.consentRecord.update({ where: { id: consentId }, data: { withdrawnAt: at } });
}

/** Replaces the client's weekly work-activity hours with these (none: no regular hours). */
export async function replaceWorkActivityHours(tx: Tx, clientId: string, hours: readonly { weekday: number; startMinute: number; endMinute: number }[]) {
  await tx.workActivityHours.deleteMany({ where: { clientId } });
  if (hours.length > 0) await tx.workActivityHours.createMany({ data: hours.map((h) => ({ clientId, ...h })) });
}

/**
 * Locks the client's row until the transaction ends, so that a day move and an assignment of
 * the same client (which takes the same lock, ADR 032) see each other's result.
 */
export async function lockClientRow(tx: Tx, clientId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Client" WHERE id = ${clientId} FOR UPDATE`;
}

export function createWorkActivityDayMove(tx: Tx, move: { clientId: string; fromDate: string; toDate: string; reason: string | null; byUserId: string }) {
  return tx.workActivityDayMove.create({
    data: { clientId: move.clientId, fromDate: dateColumn(move.fromDate), toDate: dateColumn(move.toDate), reason: move.reason, byUserId: move.byUserId },
  });
}

/**
 * The `client.read` audit row of a staff or coordinator profile read (see `readClientAudited`).
 * Stamped with the request's `now` rather than the database clock, so that the dedupe window
 * is measured on one clock.
 */
export async function recordClientRead(db: Writer, entry: { actorUserId: string; clientId: string; view: string; at: Date }): Promise<void> {
  await db.auditEvent.create({
    data: { actorUserId: entry.actorUserId, action: "client.read", entityType: "Client", entityId: entry.clientId, clientId: entry.clientId, details: { view: entry.view }, createdAt: entry.at },
  });
}
