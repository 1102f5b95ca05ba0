import type { BenefitCheck, OrderStatus, SkillsCheck, SupportMode } from "@/generated/prisma/enums";
import { eventKey } from "@/features/notifications/matrix";
import { notifyOrderEvent } from "@/features/notifications/mutations";
import { countStatusEvents } from "@/features/notifications/queries";
import { moveOrderStatus } from "@/features/orders/mutations";
import type { Tx } from "@/server/action";
import { orderProgress } from "./rules";

/**
 * Locks the client's row until the transaction ends: two coordinators assigning the same
 * client at once queue here, and the second then sees the first one's gig (ADR 032).
 */
export async function lockClient(tx: Tx, clientId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Client" WHERE id = ${clientId} FOR UPDATE`;
}

interface NewGig {
  orderId: string;
  sessionId: string | null;
  clientId: string;
  status: "PLANNED" | "OFFERED";
  startsAt: Date;
  endsAt: Date;
  supportMode: SupportMode;
  supportPerson: string | null;
  meetingPerson?: string | null;
  bringItems?: string | null;
  onWorkActivityDay: boolean;
  workActivityDayConfirmedById: string | null;
  replacesGigId?: string | null;
  createdById: string;
}

export function createGig(tx: Tx, g: NewGig) {
  const plannedMinutes = Math.round((g.endsAt.getTime() - g.startsAt.getTime()) / 60_000);
  return tx.gig.create({ data: { ...g, plannedMinutes } });
}

/** Unit staff confirmed that the client leaves work activity on the gig's day (ADR 031). */
export function confirmGigWorkActivityDay(tx: Tx, gigId: string, byUserId: string) {
  return tx.gig.update({ where: { id: gigId }, data: { workActivityDayConfirmedById: byUserId } });
}

/**
 * Moves the order along when its gigs say so: SCHEDULED when every session has its workers
 * with accepted gigs, back to FINDING_WORKERS when one no longer has, DONE when every gig is
 * approved. Call after any change to an order's gigs (also from the client's accept action).
 */
export async function syncOrderProgress(tx: Tx, orderId: string, byUserId: string | null): Promise<OrderStatus> {
  let order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { id: true, status: true } });
  const sessions = await tx.orderSession.findMany({ where: { orderId }, select: { id: true, workersNeeded: true } });
  const gigs = await tx.gig.findMany({ where: { orderId }, select: { sessionId: true, status: true } });
  for (let i = 0; i < 3; i++) {
    const next = orderProgress(order.status, sessions, gigs);
    if (!next) break;
    await moveOrderStatus(tx, order, next, byUserId);
    order = { ...order, status: next };
    // The orderer hears when every place is filled and when the hours wait for their answer (ADR 045).
    if (next === "SCHEDULED")
      await notifyOrderEvent(tx, orderId, { kind: "orderer.workersConfirmed", key: eventKey.workersConfirmed(orderId, await countStatusEvents(tx, orderId, "SCHEDULED")) });
    if (next === "DONE") await notifyOrderEvent(tx, orderId, { kind: "orderer.hoursToConfirm", key: eventKey.hoursToConfirm(orderId) });
  }
  return order.status;
}

// ───────────── offers to units ─────────────

/** Offers the order to a unit, or offers it again (the earlier answer is cleared). */
export function upsertUnitOffer(tx: Tx, orderId: string, unitId: string, offeredById: string, message: string | null) {
  return tx.unitOffer.upsert({
    where: { orderId_unitId: { orderId, unitId } },
    create: { orderId, unitId, offeredById, message },
    update: { status: "PENDING", message, offeredById, respondedAt: null, respondedById: null, responseNote: null },
  });
}

export function withdrawUnitOffer(tx: Tx, offerId: string) {
  return tx.unitOffer.update({ where: { id: offerId }, data: { status: "WITHDRAWN" } });
}

export function answerUnitOffer(
  tx: Tx,
  offerId: string,
  answer: { status: "INTERESTED" | "DECLINED" | "NOMINATED"; note?: string | null; byUserId: string; at: Date },
) {
  return tx.unitOffer.update({
    where: { id: offerId },
    data: { status: answer.status, ...(answer.note !== undefined ? { responseNote: answer.note } : {}), respondedById: answer.byUserId, respondedAt: answer.at },
  });
}

/** A message about the offer to one unit: kind UNIT, so the orderer never sees it. */
export function createOfferMessage(tx: Tx, m: { orderId: string; unitOfferId: string; authorUserId: string; body: string }) {
  return tx.orderMessage.create({ data: { ...m, kind: "UNIT" } });
}

// ───────────── readiness confirmations ─────────────

interface NewNomination {
  orderId: string;
  unitOfferId: string;
  clientId: string;
  nominatedById: string;
  clientWantsGig: boolean;
  skillsCheck: SkillsCheck;
  benefitCheck: BenefitCheck;
  supportMode: SupportMode;
  supportPerson: string | null;
  note: string | null;
  leavesWorkActivityConfirmed: boolean;
  validUntil: Date;
}

/** A new confirmation replaces the earlier one of the same client for the same order. */
export async function createNomination(tx: Tx, n: NewNomination, now: Date) {
  await tx.nomination.updateMany({ where: { orderId: n.orderId, clientId: n.clientId, revokedAt: null }, data: { revokedAt: now } });
  return tx.nomination.create({ data: n });
}

export function revokeNominationRow(tx: Tx, nominationId: string, now: Date) {
  return tx.nomination.update({ where: { id: nominationId }, data: { revokedAt: now } });
}

// ───────────── sessions ─────────────

export function createSession(tx: Tx, s: { orderId: string; startsAt: Date; endsAt: Date; workersNeeded: number; note: string | null }) {
  return tx.orderSession.create({ data: s });
}

export function deleteSession(tx: Tx, sessionId: string) {
  return tx.orderSession.delete({ where: { id: sessionId } });
}
