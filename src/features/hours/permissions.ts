import type { PermissionTable } from "@/features/auth/rules";

// Who may do what in recording and approving gig hours. Keys are "<noun>.<verb>"; checked by the action pipeline and by the
// permission tests for every role. Target: { jobcenterId (of the order), unitId (of the client) }.
export const hoursPermissions = {
  // approve what the client reported, correct approved hours with a reason, enter hours for a client without the app
  "hours.approve": [
    { role: "COORDINATOR", scope: "jobcenter" },
    { role: "UNIT_STAFF", scope: "unit" },
  ],
  // the orderer confirms the approved hours of a done order, or disputes a gig (target: { ordererId, jobcenterId })
  "hours.review": [{ role: "ORDERER_CONTACT", scope: "orderer" }],
  // the coordinator answers the orderer's dispute: keeps or corrects the minutes, with a reason
  "hours.resolveDispute": [{ role: "COORDINATOR", scope: "jobcenter" }],
} as const satisfies PermissionTable;
