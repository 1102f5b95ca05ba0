import type { OrderStatus } from "../../src/generated/prisma/enums";

/** Every order state, for checks that the demo covers them all. */
export const orderStatuses: readonly OrderStatus[] = [
  "DRAFT",
  "RECEIVED",
  "TERMS_ACCEPTED",
  "FINDING_WORKERS",
  "SCHEDULED",
  "IN_PROGRESS",
  "DONE",
  "APPROVED",
  "INVOICED",
  "CANCELLED",
];
