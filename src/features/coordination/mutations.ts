import type { GigStatus, OrderStatus, SupportMode } from "@/generated/prisma/enums";
import { canMoveGig } from "@/features/gigs/rules";
import { moveOrderStatus } from "@/features/orders/status-mutations";
import type { Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { orderProgress } from "./rules";

/**
 * Locks the client's row until the transaction ends: two coordinators assigning the same
 * client at once queue here, and the second then sees the first one's gig (ADR 032).
 */
export async function lockClient(tx: Tx, clientId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Client" WHERE id = ${clientId} FOR UPDATE`;
}

/** Moves a gig, guarded by its old state (a concurrent change makes this fail cleanly). */
export async function moveGig(tx: Tx, gig: { id: string; status: GigStatus }, to: GigStatus, data: Record<string, unknown> = {}): Promise<void> {
  if (!canMoveGig(gig.status, to)) throw ruleViolation("GIG_NOT_IN_STATE");
  const updated = await tx.gig.updateMany({ where: { id: gig.id, status: gig.status }, data: { ...data, status: to } });
  if (updated.count !== 1) throw ruleViolation("GIG_NOT_IN_STATE");
}

export interface NewGig {
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
  }
  return order.status;
}
