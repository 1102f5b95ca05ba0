"use server";

import { defineAction } from "@/server/action";
import { clearSignInThrottle } from "./mutations";
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
