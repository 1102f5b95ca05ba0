import type { PermissionTable } from "@/features/auth/rules";

// Data rights (ADR 073, 074). Target for the client ones: { jobcenterId, unitId, clientId }.
// The access log and the export are for the client's own unit staff (who answer the client) and
// admins; erasing is an admin's, after the retention period, with a confirmation.
export const rightsPermissions = {
  "client.accessLog": [
    { role: "ADMIN", scope: "any" },
    { role: "UNIT_STAFF", scope: "unit" },
  ],
  "client.export": [
    { role: "ADMIN", scope: "any" },
    { role: "UNIT_STAFF", scope: "unit" },
  ],
  "person.erase": [{ role: "ADMIN", scope: "any" }],
} as const satisfies PermissionTable;
