import type { PermissionTable } from "@/features/auth/rules";

// People in and out of a Jobcenter (ADR 012). Adding a client takes the support needs, benefits
// and consents that ADR 033 keeps for the client's own unit staff, so only unit staff add and
// end a client's time. A move between units is the old unit's staff's or the coordinator's.
// Targets: { jobcenterId, unitId } of the unit (adding) or the client's current unit.
export const peoplePermissions = {
  "client.create": [{ role: "UNIT_STAFF", scope: "unit" }],
  "client.end": [{ role: "UNIT_STAFF", scope: "unit" }],
  // A dated pathway event (education, supported employment, ...): the client's own unit staff (ADR 071).
  "pathway.record": [{ role: "UNIT_STAFF", scope: "unit" }],
  "client.move": [
    { role: "UNIT_STAFF", scope: "unit" },
    { role: "COORDINATOR", scope: "jobcenter" },
  ],
  // Who works in which unit and whom to call: names and work contacts only.
  "unitDirectory.read": [
    { role: "ADMIN", scope: "any" },
    { role: "COORDINATOR", scope: "jobcenter" },
  ],
} as const satisfies PermissionTable;
