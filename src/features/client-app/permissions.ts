import type { PermissionTable } from "@/features/auth/rules";

// Who may do what in the client's own phone app. Keys are "<noun>.<verb>"; checked by the action pipeline and by the
// permission tests for every role. The client acts on their own rows (self: target { clientId }); unit staff help
// their own unit's clients in support mode (unit: target { unitId } of the client), and every such read and
// action is audited.
export const clientAppPermissions = {
  // the client's pages: home, a gig, my money, my work history
  "clientApp.view": [
    { role: "CLIENT", scope: "self" },
    { role: "UNIT_STAFF", scope: "unit" },
  ],
  // accept or decline an offer
  "clientGig.answer": [
    { role: "CLIENT", scope: "self" },
    { role: "UNIT_STAFF", scope: "unit" },
  ],
  // "I started", "I finished", enter the hours
  "clientGig.report": [
    { role: "CLIENT", scope: "self" },
    { role: "UNIT_STAFF", scope: "unit" },
  ],
  // the unit's support list: clients, unanswered offers, forgotten check-outs
  "clientSupport.list": [{ role: "UNIT_STAFF", scope: "unit" }],
  // issue or reset a client's username and PIN
  "clientSignIn.issue": [{ role: "UNIT_STAFF", scope: "unit" }],
} as const satisfies PermissionTable;
