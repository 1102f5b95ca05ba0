"use server";

import { z } from "zod";
import { defineAction } from "@/server/action";
import { clearSignInThrottle, endAllAuthSessions } from "./mutations";
import { findAccountForThrottle, signInIdentity } from "./queries";
import { clearSignInThrottleSchema } from "./schema";

/** Staff end a lock on someone's sign-in: the waits and counts go, known devices stay (ADR 050). */
export const clearSignInThrottleAction = defineAction({
  name: "auth.clearSignInThrottle",
  input: clearSignInThrottleSchema,
  permission: "signInThrottle.clear",
  load: async ({ tx, input }) => {
    const account = await findAccountForThrottle(tx, input.userId);
    if (!account) return null;
    const target = account.client ? { unitId: account.client.unitId, clientId: account.client.id } : { userId: account.id };
    return { target, row: account };
  },
  run: async ({ tx, row, audit }) => {
    const identity = signInIdentity(row);
    const cleared = identity ? await clearSignInThrottle(tx, identity.kind, identity.identifier) : 0;
    await audit({
      action: "user.signInThrottle.clear",
      entityType: "User",
      entityId: row.id,
      clientId: row.client?.id ?? null,
      details: { cleared },
    });
    return { cleared, clientId: row.client?.id ?? null };
  },
  revalidate: ({ input, data }) => [`/admin/users/${input.userId}`, ...(data.clientId ? [`/unit/clients/${data.clientId}`] : [])],
});

const signOutEverywhereSchema = z.object({});

/**
 * Ends every session of the signed-in person: a lost phone or a shared computer stops working
 * at once. The browser then clears its own cookie through next-auth's sign-out.
 */
export const signOutEverywhere = defineAction({
  name: "auth.signOutEverywhere",
  input: signOutEverywhereSchema,
  permission: "account.self",
  load: async ({ user }) => ({ target: { userId: user.userId }, row: null }),
  run: async ({ tx, user, now, audit }) => {
    const ended = await endAllAuthSessions(tx, user.userId, now);
    await audit({ action: "auth.signOutEverywhere", entityType: "User", entityId: user.userId, details: { ended } });
    return { ended };
  },
});
