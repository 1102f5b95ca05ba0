import type { PermissionTable } from "@/features/auth/rules";

// Benefit earnings limits are dated rows that only admins enter: every client's "my money" page
// measures against them.
export const benefitsPermissions = {
  "benefitLimit.manage": [{ role: "ADMIN", scope: "any" }],
} as const satisfies PermissionTable;
