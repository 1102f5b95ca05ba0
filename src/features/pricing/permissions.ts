import type { PermissionTable } from "@/features/auth/rules";

// Who may enter the dated tables of pricing: price lists, VAT rates and order terms. A new row
// changes what every later order costs, so only admins enter them.
export const pricingPermissions = {
  "pricing.manage": [{ role: "ADMIN", scope: "any" }],
  "terms.manage": [{ role: "ADMIN", scope: "any" }],
} as const satisfies PermissionTable;
