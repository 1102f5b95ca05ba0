import type { PermissionTable } from "@/features/auth/rules";

// Orders from any channel (ADR 024). Target: the Jobcenter the order is entered for.
export const intakePermissions = {
  // a phoned-in or emailed order, entered for an existing or new orderer
  "order.enter": [{ role: "COORDINATOR", scope: "jobcenter" }],
  // the coordinator's lists of every order, orderer and client search in their Jobcenter
  "order.list": [{ role: "COORDINATOR", scope: "jobcenter" }],
} as const satisfies PermissionTable;
