// The orderer's and the coordinator's rows of "who is told what" (ADR 045). Pure: the kinds, the
// event keys and the links, so that a call site, the job and the tests name an event the same way.

/** Orderer rows: to the orderer's contacts with an account, else one email to the order's contact. */
export const ORDERER_KINDS = [
  "orderer.orderReceived",
  "orderer.termsToAccept",
  "orderer.changeToAccept",
  "orderer.workersConfirmed",
  "orderer.dayBefore",
  "orderer.hoursToConfirm",
  "orderer.invoiceSent",
] as const;

/** Coordinator rows: to every active coordinator of the order's Jobcenter. */
export const COORDINATOR_KINDS = [
  "coordinator.newOrder",
  "coordinator.termsAccepted",
  "coordinator.changeAnswered",
  "coordinator.ordererMessage",
  "coordinator.unitNominated",
  "coordinator.unitDeclined",
  "coordinator.clientDeclined",
  "coordinator.hoursReported",
  "coordinator.hoursDisputed",
  "coordinator.gigUnconfirmed",
] as const;

export type OrdererKind = (typeof ORDERER_KINDS)[number];
export type CoordinatorKind = (typeof COORDINATOR_KINDS)[number];
export type MatrixKind = OrdererKind | CoordinatorKind;

export const ordererOrderLink = (orderId: string) => `/orderer/orders/${orderId}`;
export const ordererInvoiceLink = (invoiceId: string) => `/orderer/invoices/${invoiceId}`;
export const coordinatorOrderLink = (orderId: string) => `/coordinator/orders/${orderId}`;

/**
 * Event keys: one per event and person (the notify() key) and, for an orderer known only by an
 * address, the outbox row's key. Counted events (the n-th acceptance, the n-th time the order is
 * fully staffed) carry their count, so a real second event is told and a retried one is not.
 */
export const eventKey = {
  orderReceived: (orderId: string) => `order:${orderId}:received`,
  newOrder: (orderId: string) => `order:${orderId}:new`,
  termsToAccept: (orderId: string) => `order:${orderId}:termsToAccept`,
  termsAccepted: (orderId: string, nth: number) => `order:${orderId}:termsAccepted:${nth}`,
  changeProposed: (changeId: string) => `change:${changeId}:proposed`,
  changeDecided: (changeId: string) => `change:${changeId}:decided`,
  ordererMessage: (messageId: string) => `message:${messageId}`,
  workersConfirmed: (orderId: string, nth: number) => `order:${orderId}:workersConfirmed:${nth}`,
  dayBefore: (orderId: string, day: string) => `order:${orderId}:dayBefore:${day}`,
  hoursToConfirm: (orderId: string) => `order:${orderId}:hoursToConfirm`,
  invoiceSent: (invoiceId: string) => `invoice:${invoiceId}:sent`,
  unitNominated: (nominationId: string) => `nomination:${nominationId}`,
  unitDeclined: (offerId: string) => `offer:${offerId}:declined`,
  clientDeclined: (gigId: string) => `gig:${gigId}:declined`,
  hoursReported: (gigId: string) => `gig:${gigId}:hoursReported`,
  hoursDisputed: (gigId: string) => `gig:${gigId}:disputed`,
  gigUnconfirmed: (gigId: string) => `gig:${gigId}:unconfirmed`,
};

/** The outbox key of the one email to an orderer nobody at which has an account. */
export function ordererEmailKey(ordererId: string, key: string): string {
  return `orderer:${ordererId}:${key}:email`;
}

/** How far ahead a gig nobody has confirmed is brought to the coordinators (issue 12: two days). */
export const UNCONFIRMED_AHEAD_MS = 48 * 3_600_000;
