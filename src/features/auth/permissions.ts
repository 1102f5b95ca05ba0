import { adminPermissions } from "@/features/admin/permissions";
import { certificatesPermissions } from "@/features/certificates/permissions";
import { benefitsPermissions } from "@/features/benefits/permissions";
import { clientAppPermissions } from "@/features/client-app/permissions";
import { clientsPermissions } from "@/features/clients/permissions";
import { coordinationPermissions } from "@/features/coordination/permissions";
import { hoursPermissions } from "@/features/hours/permissions";
import { intakePermissions } from "@/features/intake/permissions";
import { invoicingPermissions } from "@/features/invoicing/permissions";
import { notificationsPermissions } from "@/features/notifications/permissions";
import { jobsPermissions } from "@/features/jobs/permissions";
import { feedbackPermissions } from "@/features/feedback/permissions";
import { orderersPermissions } from "@/features/orderers/permissions";
import { ordersPermissions } from "@/features/orders/permissions";
import { payrollPermissions } from "@/features/payroll/permissions";
import { peoplePermissions } from "@/features/people/permissions";
import { pricingPermissions } from "@/features/pricing/permissions";
import { rightsPermissions } from "@/features/rights/permissions";
import { reportsPermissions } from "@/features/reports/permissions";
import { can as canInTable, type PermissionTable, type Subject, type Target } from "./rules";

const accountPermissions = {
  // Everyone signed in may read and change their own account settings (language, password).
  "account.self": [
    { role: "ADMIN", scope: "self" },
    { role: "COORDINATOR", scope: "self" },
    { role: "UNIT_STAFF", scope: "self" },
    { role: "ORDERER_CONTACT", scope: "self" },
    { role: "CLIENT", scope: "self" },
    { role: "MANAGER", scope: "self" },
  ],
  // Clearing a locked or attacked sign-in: unit staff for their unit's clients, admins for anyone.
  "signInThrottle.clear": [
    { role: "ADMIN", scope: "any" },
    { role: "UNIT_STAFF", scope: "unit" },
  ],
} as const satisfies PermissionTable;

export const permissions = {
  ...accountPermissions,
  ...adminPermissions,
  ...ordersPermissions,
  ...pricingPermissions,
  ...benefitsPermissions,
  ...coordinationPermissions,
  ...clientsPermissions,
  ...hoursPermissions,
  ...clientAppPermissions,
  ...certificatesPermissions,
  ...orderersPermissions,
  ...payrollPermissions,
  ...intakePermissions,
  ...peoplePermissions,
  ...invoicingPermissions,
  ...notificationsPermissions,
  ...jobsPermissions,
  ...rightsPermissions,
  ...feedbackPermissions,
  ...reportsPermissions,
} as const satisfies PermissionTable;

export type Permission = keyof typeof permissions;

export function can(subject: Subject | null, action: Permission, target: Target = {}): boolean {
  return canInTable(permissions, subject, action, target);
}
