import type { PermissionTable } from "@/features/auth/rules";

// Who may do what in coordination: offers to units, matching, gigs and assignment. Keys are "<noun>.<verb>"; checked by the action pipeline and by the
// permission tests for every role.
export const coordinationPermissions = {
} as const satisfies PermissionTable;
