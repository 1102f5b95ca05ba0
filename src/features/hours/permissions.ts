import type { PermissionTable } from "@/features/auth/rules";

// Who may do what in recording and approving gig hours. Keys are "<noun>.<verb>"; checked by the action pipeline and by the
// permission tests for every role.
export const hoursPermissions = {
} as const satisfies PermissionTable;
