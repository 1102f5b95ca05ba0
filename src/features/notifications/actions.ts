"use server";

import { defineAction } from "@/server/action";
import {
  deletePushSubscription,
  markAllNotificationsRead,
  markNotificationRead,
  saveClientNotificationPrefs,
  saveNotificationPrefs,
  savePushSubscription,
} from "./mutations";
import { findClientUser, findNotificationOwner } from "./queries";
import { noInputSchema, notificationIdSchema, notificationPrefsSchema, pushEndpointSchema, pushSubscriptionSchema } from "./schema";

const minutesOf = (hhmm: string | undefined) => {
  if (!hhmm) return null;
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return h * 60 + m;
};

export const markRead = defineAction({
  name: "notifications.markRead",
  input: notificationIdSchema,
  permission: "notification.own",
  load: async ({ tx, input }) => {
    const n = await findNotificationOwner(tx, input.id);
    return n && { target: { userId: n.userId }, row: n };
  },
  run: async ({ tx, row, now }) => {
    await markNotificationRead(tx, row.id, now);
    return { id: row.id };
  },
  revalidate: () => ["/notifications"],
});

export const markAllRead = defineAction({
  name: "notifications.markAllRead",
  input: noInputSchema,
  permission: "notification.own",
  load: async ({ user }) => ({ target: { userId: user.userId }, row: null }),
  run: async ({ tx, user, now }) => ({ marked: await markAllNotificationsRead(tx, user.userId, now) }),
  revalidate: () => ["/notifications"],
});

export const subscribePush = defineAction({
  name: "notifications.subscribePush",
  input: pushSubscriptionSchema,
  permission: "notification.own",
  load: async ({ user }) => ({ target: { userId: user.userId }, row: null }),
  run: async ({ tx, user, input }) => {
    await savePushSubscription(tx, user.userId, { endpoint: input.endpoint, p256dh: input.keys.p256dh, auth: input.keys.auth });
    return { subscribed: true };
  },
});

export const unsubscribePush = defineAction({
  name: "notifications.unsubscribePush",
  input: pushEndpointSchema,
  permission: "notification.own",
  load: async ({ user }) => ({ target: { userId: user.userId }, row: null }),
  run: async ({ tx, user, input }) => {
    await deletePushSubscription(tx, user.userId, input.endpoint);
    return { subscribed: false };
  },
});

/** One's own channels, or (unit staff) a client's: `clientId` names the client. */
export const setNotificationPrefs = defineAction({
  name: "notifications.setPrefs",
  input: notificationPrefsSchema,
  permission: "notificationPrefs.set",
  load: async ({ tx, input, user }) => {
    if (!input.clientId) return { target: { userId: user.userId }, row: { userId: user.userId as string | null, clientId: null as string | null } };
    const c = await findClientUser(tx, input.clientId);
    // A client without a sign-in keeps the choices on the client (ADR 046): SMS or email still reach them.
    return c ? { target: { unitId: c.unitId }, row: { userId: c.userId, clientId: c.id as string | null } } : null;
  },
  run: async ({ tx, row, input, user, audit }) => {
    const prefs = { email: input.email, sms: input.sms, push: input.push, quietStartMin: minutesOf(input.quietStart), quietEndMin: minutesOf(input.quietEnd) };
    if (row.userId) await saveNotificationPrefs(tx, row.userId, prefs, user.userId);
    else await saveClientNotificationPrefs(tx, row.clientId!, prefs, user.userId);
    if (row.clientId) await audit({ action: "client.notificationPrefs", entityType: "Client", entityId: row.clientId, clientId: row.clientId, details: prefs });
    return { userId: row.userId, clientId: row.clientId };
  },
});
