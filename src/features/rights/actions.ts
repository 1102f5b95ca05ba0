"use server";

import { defineAction } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { dayKey, dayOfDateColumn } from "@/lib/dates";
import { clientTarget } from "@/features/clients/queries";
import { eraseClient as eraseClientRows, eraseUser as eraseUserRows } from "./mutations";
import { clientEndedOn, findClientForRights, findUserForErase } from "./queries";
import { retentionDue } from "./rules";
import { eraseClientSchema, eraseUserSchema } from "./schema";
import { retentionYears } from "./settings";

/** Erases a former client whose retention period is over (ADR 074). */
export const eraseClient = defineAction({
  name: "rights.eraseClient",
  input: eraseClientSchema,
  permission: "person.erase",
  load: async ({ tx, input }) => {
    const row = await findClientForRights(tx, input.clientId);
    return row && { target: clientTarget(row), row };
  },
  run: async ({ tx, row, user, now }) => {
    if (row.erasedAt) throw ruleViolation("ALREADY_ERASED");
    // The server decides what is due, whatever the list on the page said when it was drawn.
    const ended = row.status === "ENDED" ? await clientEndedOn(tx, row.id) : null;
    if (!ended || !retentionDue(dayOfDateColumn(ended), dayKey(now), retentionYears())) throw ruleViolation("NOT_DUE_FOR_ERASURE");
    return eraseClientRows(tx, row.id, user.userId, now);
  },
  revalidate: () => ["/admin/retention"],
});

/** Erases a deactivated staff or orderer-contact account whose retention period is over. */
export const eraseUser = defineAction({
  name: "rights.eraseUser",
  input: eraseUserSchema,
  permission: "person.erase",
  load: async ({ tx, input }) => {
    const row = await findUserForErase(tx, input.userId);
    return row && { target: {}, row };
  },
  run: async ({ tx, row, user, now }) => {
    if (row.erasedAt) throw ruleViolation("ALREADY_ERASED");
    const lastUsed = new Date(Math.max(row.updatedAt.getTime(), row.lastSignInAt?.getTime() ?? 0));
    if (row.active || row.client || !retentionDue(dayKey(lastUsed), dayKey(now), retentionYears())) throw ruleViolation("NOT_DUE_FOR_ERASURE");
    await eraseUserRows(tx, row.id, user.userId, now);
    return { erased: true };
  },
  revalidate: () => ["/admin/retention"],
});
