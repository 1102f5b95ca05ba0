import type { OrderStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { canMoveOrder } from "./status";

/**
 * Moves an order to a new state and records the step (with who and when) for the orderer's
 * timeline. Throws INVALID_STATE for a move the state machine does not allow.
 */
export async function moveOrderStatus(
  tx: Tx,
  order: { id: string; status: OrderStatus },
  to: OrderStatus,
  byUserId: string | null,
  note?: string,
): Promise<void> {
  if (order.status === to) return;
  if (!canMoveOrder(order.status, to)) throw ruleViolation("INVALID_STATE");
  // Guarded by the old state, so that two concurrent moves cannot both win.
  const updated = await tx.order.updateMany({ where: { id: order.id, status: order.status }, data: { status: to } });
  if (updated.count !== 1) throw ruleViolation("INVALID_STATE");
  await tx.orderStatusEvent.create({ data: { orderId: order.id, status: to, byUserId, note } });
}
