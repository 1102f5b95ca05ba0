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

// The named sets of order states. Every other file imports these; none spells a set out again.

/** Finished or cancelled: nothing more is offered, assigned or changed. */
export const CLOSED_ORDER_STATES: readonly OrderStatus[] = ["DONE", "APPROVED", "INVOICED", "CANCELLED"];
/** Work still to arrange or under way: the coordinator's inbox. */
export const OPEN_ORDER_STATES: readonly OrderStatus[] = ["RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED", "IN_PROGRESS", "DONE"];
/** Submitted and not yet done: the coordinator may still propose a price or a change of scope. */
export const CHANGEABLE_ORDER_STATES: readonly OrderStatus[] = ["RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED", "IN_PROGRESS"];

/** Done (and perhaps billed): an orderer or coordinator may order the same again. */
export const FINISHED_ORDER_STATES: readonly OrderStatus[] = ["DONE", "APPROVED", "INVOICED"];

export function isOrderIn(states: readonly OrderStatus[], status: OrderStatus | string): boolean {
  return (states as readonly string[]).includes(status);
}
