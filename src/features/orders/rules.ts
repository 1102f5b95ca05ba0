import type { OrderStatus } from "@/generated/prisma/enums";
import { TERMS_ACCEPTED_STATES } from "./status";

/**
 * True when the order's current terms are accepted: it may be offered to units and clients.
 * An order waiting for (re-)acceptance after a coordinator's price or scope change is not.
 * See docs/decisions/021-order-terms-acceptance.md.
 */
export function termsAccepted(order: { status: OrderStatus; reacceptanceRequired: boolean }): boolean {
  return TERMS_ACCEPTED_STATES.includes(order.status) && !order.reacceptanceRequired;
}
