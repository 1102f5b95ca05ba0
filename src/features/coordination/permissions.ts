import type { PermissionTable } from "@/features/auth/rules";

// Who may do what in coordination: offers to units, matching, gigs and assignment. Keys are "<noun>.<verb>"; checked by the action pipeline and by the
// permission tests for every role. Targets: an order's { jobcenterId }, an offer's { jobcenterId, unitId },
// a gig's { jobcenterId (of the order), unitId (of the client) }.
export const coordinationPermissions = {
  // the coordinator's inbox and order page (offers, matching, sessions, gigs, hours)
  "order.coordinate": [{ role: "COORDINATOR", scope: "jobcenter" }],
  "offer.create": [{ role: "COORDINATOR", scope: "jobcenter" }],
  "offer.withdraw": [{ role: "COORDINATOR", scope: "jobcenter" }],
  // unit staff see the offers to their unit and answer them
  "offer.read": [
    { role: "COORDINATOR", scope: "jobcenter" },
    { role: "UNIT_STAFF", scope: "unit" },
  ],
  "offer.respond": [{ role: "UNIT_STAFF", scope: "unit" }],
  // messages about an offer between the unit's staff and the coordinator (never the orderer's)
  "offer.message": [
    { role: "COORDINATOR", scope: "jobcenter" },
    { role: "UNIT_STAFF", scope: "unit" },
  ],
  // the readiness confirmation of one client for one order
  "nomination.create": [{ role: "UNIT_STAFF", scope: "unit" }],
  "nomination.revoke": [{ role: "UNIT_STAFF", scope: "unit" }],
  // disability work activity: the client's own unit confirms the client leaves work activity on the gig's day
  "gig.confirmWorkActivityDay": [{ role: "UNIT_STAFF", scope: "unit" }],
  "session.manage": [{ role: "COORDINATOR", scope: "jobcenter" }],
  // assign, send, swap, reschedule, cancel
  "gig.manage": [{ role: "COORDINATOR", scope: "jobcenter" }],
  // a unit's week view of its clients' gigs
  "gig.readForUnit": [{ role: "UNIT_STAFF", scope: "unit" }],
  "order.markApproved": [{ role: "COORDINATOR", scope: "jobcenter" }],
} as const satisfies PermissionTable;
