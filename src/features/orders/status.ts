import type { OrderStatus } from "@/generated/prisma/enums";

// An order's life (domain brief, "Process"). The orderer follows these states with dates.
// Coordination moves an order forward; the orderer or coordinator may cancel before it is done.
const transitions: Record<OrderStatus, readonly OrderStatus[]> = {
  DRAFT: ["RECEIVED", "CANCELLED"],
  RECEIVED: ["TERMS_ACCEPTED", "CANCELLED"],
  TERMS_ACCEPTED: ["FINDING_WORKERS", "SCHEDULED", "CANCELLED"],
  FINDING_WORKERS: ["SCHEDULED", "CANCELLED"],
  SCHEDULED: ["IN_PROGRESS", "DONE", "FINDING_WORKERS", "CANCELLED"],
  IN_PROGRESS: ["DONE", "CANCELLED"],
  DONE: ["APPROVED"],
  APPROVED: ["INVOICED"],
  INVOICED: [],
  CANCELLED: [],
};

export function canMoveOrder(from: OrderStatus, to: OrderStatus): boolean {
  return transitions[from].includes(to);
}

/** The order of states as the orderer sees them on a timeline. */
export const ORDER_TIMELINE: readonly OrderStatus[] = [
  "RECEIVED",
  "TERMS_ACCEPTED",
  "FINDING_WORKERS",
  "SCHEDULED",
  "IN_PROGRESS",
  "DONE",
  "APPROVED",
  "INVOICED",
];

/** States in which the order may be directed to units and clients (terms accepted). */
export const TERMS_ACCEPTED_STATES: readonly OrderStatus[] = ["TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED", "IN_PROGRESS", "DONE", "APPROVED", "INVOICED"];
