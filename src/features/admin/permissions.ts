import type { PermissionTable } from "@/features/auth/rules";

// Who may do what in the admin area: Jobcenters, units, users and roles, and the audit log.
// The dated tables the admin enters belong to their features: pricing/permissions.ts (prices,
// VAT, terms) and benefits/permissions.ts (benefit limits).
export const adminPermissions = {
  "admin.access": [{ role: "ADMIN", scope: "any" }],
  "jobcenter.manage": [{ role: "ADMIN", scope: "any" }],
  "unit.manage": [{ role: "ADMIN", scope: "any" }],
  "user.manage": [{ role: "ADMIN", scope: "any" }],
  "audit.read": [{ role: "ADMIN", scope: "any" }],
} as const satisfies PermissionTable;
