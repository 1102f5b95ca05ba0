import type { PermissionTable } from "@/features/auth/rules";

// Notifications (ADR 044). Everyone has their own list and their own channel choices (self:
// target { userId }); unit staff also set a client's channels from the unit's client page, since
// many clients never open settings themselves.
export const notificationsPermissions = {
  // read one's own notifications, mark them read, (un)subscribe this device to push
  "notification.own": [
    { role: "ADMIN", scope: "self" },
    { role: "COORDINATOR", scope: "self" },
    { role: "UNIT_STAFF", scope: "self" },
    { role: "ORDERER_CONTACT", scope: "self" },
    { role: "CLIENT", scope: "self" },
  ],
  // channels on or off and quiet hours: one's own, or a client's of one's unit
  "notificationPrefs.set": [
    { role: "ADMIN", scope: "self" },
    { role: "COORDINATOR", scope: "self" },
    { role: "UNIT_STAFF", scope: "self" },
    { role: "UNIT_STAFF", scope: "unit" },
    { role: "ORDERER_CONTACT", scope: "self" },
    { role: "CLIENT", scope: "self" },
  ],
} as const satisfies PermissionTable;
