import type { PermissionTable } from "@/features/auth/rules";

// Who may do what in client profiles, readiness, consents and work-activity hours (unit staff). Keys are "<noun>.<verb>"; checked by the action pipeline and by the
// permission tests for every role. Target: { jobcenterId, unitId (the client's unit), clientId }.
// Coordinators read a client's work profile for matching (skills, readiness, rule outcomes);
// support needs, benefits and consents are for the client's own unit staff only (ADR 033).
export const clientsPermissions = {
  "client.read": [
    { role: "ADMIN", scope: "any" },
    { role: "COORDINATOR", scope: "jobcenter" },
    { role: "UNIT_STAFF", scope: "unit" },
  ],
  "client.readSensitive": [{ role: "UNIT_STAFF", scope: "unit" }],
  "client.update": [{ role: "UNIT_STAFF", scope: "unit" }],
  "client.readiness": [{ role: "UNIT_STAFF", scope: "unit" }],
  "client.consent": [{ role: "UNIT_STAFF", scope: "unit" }],
  "client.workActivity": [{ role: "UNIT_STAFF", scope: "unit" }],
} as const satisfies PermissionTable;
