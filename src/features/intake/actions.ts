"use server";

import { recordAudit } from "@/features/audit/mutations";
import { findJobcenter } from "@/features/orders/queries";
import { defineAction, definePublicAction } from "@/server/action";
import * as m from "./mutations";
import { enterOrderSchema, reviewByLinkSchema } from "./schema";

// Orders from any channel (ADR 024): the coordinator enters an order, the orderer's contact
// reviews it from the emailed link (no account needed).

export const enterOrder = defineAction({
  name: "intake.enterOrder",
  input: enterOrderSchema,
  permission: "order.enter",
  load: async ({ tx, input }) => {
    const jc = await findJobcenter(tx, input.order.jobcenterId);
    return jc && { target: { jobcenterId: jc.id }, row: jc };
  },
  run: async ({ tx, input, user, now, audit }) => {
    const r = await m.enterOrder(tx, input, user.userId, now);
    if (!r.duplicate) {
      if (r.ordererCreated)
        await audit({ action: "orderer.enterByCoordinator", entityType: "Orderer", entityId: r.ordererId, details: { checks: input.checks, note: input.checkNote, orderId: r.id } });
      await audit({ action: "order.enter", entityType: "Order", entityId: r.id, details: { ordererId: r.ordererId } });
    }
    return { id: r.id };
  },
  revalidate: ({ data }) => ["/coordinator", "/coordinator/orders", `/coordinator/orders/${data.id}`],
});

export const acceptOrderByLink = definePublicAction({
  name: "intake.acceptByLink",
  input: reviewByLinkSchema,
  // Like the other email links (ADR 050): guessing a token is bounded per address.
  rateLimit: { points: 10, durationSeconds: 900 },
  run: async ({ tx, input, now }) => {
    const r = await m.acceptByLink(tx, input, now);
    await recordAudit(tx, { actorUserId: r.userId, action: "order.acceptByLink", entityType: "Order", entityId: r.orderId, details: { account: r.account } });
    return { account: r.account };
  },
  revalidate: () => ["/coordinator", "/coordinator/orders"],
});
