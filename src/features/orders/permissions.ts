import type { PermissionTable } from "@/features/auth/rules";

const orderer = { role: "ORDERER_CONTACT", scope: "orderer" } as const;
const coordinator = { role: "COORDINATOR", scope: "jobcenter" } as const;
const admin = { role: "ADMIN", scope: "any" } as const;

// Who may do what in orders, order terms, pricing quotes and the orderer's feedback. Keys are "<noun>.<verb>"; checked by the action pipeline and by the
// permission tests for every role.
export const ordersPermissions = {
  // reading an order (its page, timeline, price, messages)
  "order.read": [orderer, coordinator, admin],
  // creating, editing a draft, submitting: the orderer's own orders only
  "order.create": [orderer],
  "order.edit": [orderer],
  "order.acceptTerms": [orderer],
  "order.cancel": [orderer, coordinator, admin],
  "order.message": [orderer, coordinator],
  // a price agreed for a large order, or a change of scope: the coordinator proposes …
  "order.proposeChange": [coordinator],
  // … and the orderer accepts or declines
  "order.decideChange": [orderer],
  "feedback.give": [orderer],
  // the coordinator records the orderer's feedback on the client's profile
  "feedback.record": [coordinator],
  "hire.record": [orderer],
} as const satisfies PermissionTable;
