import type { PermissionTable } from "@/features/auth/rules";

// Who may do what in the client's own phone app. Keys are "<noun>.<verb>"; checked by the action pipeline and by the
// permission tests for every role.
export const clientAppPermissions = {
} as const satisfies PermissionTable;
