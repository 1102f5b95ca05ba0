import type { PermissionTable } from "@/features/auth/rules";

// Pay (ADR 063). Pay runs, their lines and the payroll export are the coordinator's of the
// Jobcenter (target { jobcenterId }). The worker's pay details (identity code, IBAN, tax card)
// are recorded by the client's unit staff or the coordinator (target { jobcenterId, unitId,
// clientId }); the whole identity code and IBAN leave the app only in the audited export. A pay
// statement is the worker's own (self) and their unit staff's and coordinator's.
export const payrollPermissions = {
  "payDetails.read": [
    { role: "UNIT_STAFF", scope: "unit" },
    { role: "COORDINATOR", scope: "jobcenter" },
  ],
  "payDetails.record": [
    { role: "UNIT_STAFF", scope: "unit" },
    { role: "COORDINATOR", scope: "jobcenter" },
  ],
  "payroll.read": [{ role: "COORDINATOR", scope: "jobcenter" }],
  "payroll.run": [{ role: "COORDINATOR", scope: "jobcenter" }],
  "payroll.export": [{ role: "COORDINATOR", scope: "jobcenter" }],
  "payStatement.read": [
    { role: "CLIENT", scope: "self" },
    { role: "UNIT_STAFF", scope: "unit" },
    { role: "COORDINATOR", scope: "jobcenter" },
  ],
} as const satisfies PermissionTable;
