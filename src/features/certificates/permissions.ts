import type { PermissionTable } from "@/features/auth/rules";

// Work certificates: the client or their unit staff ask for one (self / unit: target
// { clientId, unitId }); the coordinator of the client's Jobcenter signs it (target
// { jobcenterId }); the signed PDF is for all three.
export const certificatesPermissions = {
  "certificate.request": [
    { role: "CLIENT", scope: "self" },
    { role: "UNIT_STAFF", scope: "unit" },
  ],
  "certificate.sign": [{ role: "COORDINATOR", scope: "jobcenter" }],
  "certificate.download": [
    { role: "CLIENT", scope: "self" },
    { role: "UNIT_STAFF", scope: "unit" },
    { role: "COORDINATOR", scope: "jobcenter" },
  ],
} as const satisfies PermissionTable;
