import type { PermissionTable } from "@/features/auth/rules";

// Who may do what in client profiles, readiness, consents and work-activity hours (unit staff). Keys are "<noun>.<verb>"; checked by the action pipeline and by the
// permission tests for every role.
export const clientsPermissions = {
} as const satisfies PermissionTable;
