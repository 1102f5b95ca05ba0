import type { OrdererCheck } from "@/generated/prisma/enums";
import { moveOrderStatus } from "@/features/orders/mutations";
import { CLOSED_ORDER_STATES } from "@/features/orders/status";
import type { Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";

// The coordinator's decisions on an orderer (ADR 055). Each is guarded by the state it was
// read in, so two coordinators deciding at once cannot both win.

/** The contact opened the email link: the orderer's orders now reach the coordinator. */
export async function emailConfirmed(tx: Tx, userId: string): Promise<void> {
  await tx.orderer.updateMany({
    where: { status: "EMAIL_PENDING", memberships: { some: { userId, role: "ORDERER_CONTACT" } } },
    data: { status: "UNVERIFIED" },
  });
}

async function moveOrderer(tx: Tx, ordererId: string, to: "VERIFIED" | "REFUSED" | "MERGED") {
  const moved = await tx.orderer.updateMany({ where: { id: ordererId, status: "UNVERIFIED" }, data: { status: to } });
  if (moved.count !== 1) throw ruleViolation("ORDERER_NOT_WAITING");
}

interface Decision {
  ordererId: string;
  orderId: string;
  checks: OrdererCheck[];
  note: string | null;
  byUserId: string;
  now: Date;
}

function review(tx: Tx, d: Decision, decision: "VERIFIED" | "REFUSED" | "JOINED", joinedToId: string | null = null) {
  return tx.ordererReview.create({
    data: { ordererId: d.ordererId, decision, checks: d.checks, note: d.note, joinedToId, orderId: d.orderId, byUserId: d.byUserId, createdAt: d.now },
  });
}

export async function verifyOrderer(tx: Tx, d: Decision) {
  await moveOrderer(tx, d.ordererId, "VERIFIED");
  return review(tx, d, "VERIFIED");
}

/**
 * Refused: the orderer's open orders are cancelled, its contacts lose the membership, and an
 * account with nothing else can no longer sign in (its sessions end at once).
 */
export async function refuseOrderer(tx: Tx, d: Decision) {
  await moveOrderer(tx, d.ordererId, "REFUSED");
  const orders = await tx.order.findMany({ where: { ordererId: d.ordererId, status: { notIn: [...CLOSED_ORDER_STATES] } }, select: { id: true, status: true } });
  for (const o of orders) await moveOrderStatus(tx, o, "CANCELLED", d.byUserId, d.note);
  await tx.order.updateMany({ where: { id: { in: orders.map((o) => o.id) } }, data: { cancelledAt: d.now, cancelReason: d.note, cancellationFeeCents: 0 } });
  const contacts = await tx.membership.findMany({ where: { ordererId: d.ordererId, role: "ORDERER_CONTACT", active: true }, select: { id: true, userId: true } });
  await tx.membership.updateMany({ where: { id: { in: contacts.map((c) => c.id) } }, data: { active: false } });
  for (const c of contacts) {
    const others = await tx.membership.count({ where: { userId: c.userId, active: true } });
    if (others === 0) await tx.user.update({ where: { id: c.userId }, data: { active: false, sessionVersion: { increment: 1 } } });
  }
  const row = await review(tx, d, "REFUSED");
  return { ...row, cancelledOrders: orders.length };
}

/**
 * Joined: the new contact becomes a contact of the existing orderer and the twin's orders move
 * there; the twin stays as MERGED so that the history of what happened keeps its rows.
 */
export async function joinOrderer(tx: Tx, d: Decision & { intoId: string }) {
  const into = await tx.orderer.findUniqueOrThrow({ where: { id: d.intoId }, select: { status: true } });
  if (into.status !== "VERIFIED" && into.status !== "UNVERIFIED") throw ruleViolation("ORDERER_NOT_WAITING");
  await moveOrderer(tx, d.ordererId, "MERGED");
  // Roles are read per request (session.ts), so the contact acts for the existing orderer at once.
  await tx.membership.updateMany({ where: { ordererId: d.ordererId }, data: { ordererId: d.intoId } });
  const moved = await tx.order.updateMany({ where: { ordererId: d.ordererId }, data: { ordererId: d.intoId } });
  const row = await review(tx, d, "JOINED", d.intoId);
  return { ...row, movedOrders: moved.count };
}

/** An email that is not a link of its own (the "someone tried your address" notice). */
export async function queueEmail(tx: Tx, m: { to: string; subject: string; body: string; now: Date }) {
  await tx.outboxMessage.create({ data: { to: m.to, subject: m.subject, body: m.body, createdAt: m.now } });
}
