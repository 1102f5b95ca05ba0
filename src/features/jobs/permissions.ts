import type { PermissionTable } from "@/features/auth/rules";

// The job queue's dead letters (ADR 008): only admins see them and run them again.
export const jobsPermissions = {
  "jobs.manage": [{ role: "ADMIN", scope: "any" }],
} as const satisfies PermissionTable;
