import type { PermissionTable } from "@/features/auth/rules";

// Orders from any channel (ADR 024). Target: the Jobcenter the order is entered for. The
// coordinator's lists (ADR 025) filter by the person's own grants, like the inbox.
export const intakePermissions = {
  // a phoned-in or emailed order, entered for an existing or new orderer
  "order.enter": [{ role: "COORDINATOR", scope: "jobcenter" }],
} as const satisfies PermissionTable;
