"use server";

import { z } from "zod";
import { defineAction } from "@/server/action";
import { endAllAuthSessions } from "./mutations";

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
