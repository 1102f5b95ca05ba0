import type { PermissionTable } from "@/features/auth/rules";

// The Jobcenter's figures (ADR 070, 071). Read-only aggregates: a manager sees their own
// Jobcenter's, a coordinator too (they run its work and answer to the same funder), admins every
// Jobcenter's. Unit staff and orderers do not: a unit's figures next to another's are the
// Jobcenter's business, and orderers see only their own orders. Target: { jobcenterId }.
export const reportsPermissions = {
  "reports.view": [
    { role: "ADMIN", scope: "any" },
    { role: "MANAGER", scope: "jobcenter" },
    { role: "COORDINATOR", scope: "jobcenter" },
  ],
} as const satisfies PermissionTable;
