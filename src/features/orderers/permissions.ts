import type { PermissionTable } from "@/features/auth/rules";

// Who may decide who an orderer is (ADR 055). Target: an order's { jobcenterId }: the
// coordinator of the Jobcenter the orderer's order came to decides.
export const orderersPermissions = {
  "orderer.review": [{ role: "COORDINATOR", scope: "jobcenter" }],
} as const satisfies PermissionTable;
