import type { PermissionTable } from "@/features/auth/rules";

// Who may do what in orders, order terms, pricing quotes and the orderer's feedback. Keys are "<noun>.<verb>"; checked by the action pipeline and by the
// permission tests for every role.
export const ordersPermissions = {
} as const satisfies PermissionTable;
