"use server";

import { recordAudit } from "@/features/audit/mutations";
import { eventKey } from "@/features/notifications/matrix";
import { notifyOrderEvent } from "@/features/notifications/mutations";
import { countTermsAcceptances } from "@/features/notifications/queries";
import { findJobcenter, findOrderForAction } from "@/features/orders/queries";
import { defineAction, definePublicAction } from "@/server/action";
import * as m from "./mutations";
import { enterOrderSchema, resendReviewLinkSchema, reviewByLinkSchema } from "./schema";

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
      // The review link's email is this event's email (ADR 045); contacts with an account also see it in the app.
      await notifyOrderEvent(tx, r.id, { kind: "orderer.termsToAccept", key: eventKey.termsToAccept(r.id), skipEmail: true, now });
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
    await notifyOrderEvent(tx, r.orderId, { kind: "coordinator.termsAccepted", key: eventKey.termsAccepted(r.orderId, await countTermsAcceptances(tx, r.orderId)), now });
    return { account: r.account };
  },
  revalidate: () => ["/coordinator", "/coordinator/orders"],
});

/** The coordinator sends the review link again (the first expired or was lost). */
export const resendReviewLink = defineAction({
  name: "intake.resendReviewLink",
  input: resendReviewLinkSchema,
  permission: "order.enter",
  // a few resends an hour is plenty; more would fill the orderer's mailbox
  rateLimit: { points: 5, durationSeconds: 3600 },
  load: async ({ tx, input }) => {
    const order = await findOrderForAction(tx, input.orderId);
    return order && { target: { jobcenterId: order.jobcenterId }, row: order };
  },
  run: async ({ tx, input, now, audit }) => {
    const r = await m.resendReviewLink(tx, input.orderId, now);
    await audit({ action: "order.resendReviewLink", entityType: "Order", entityId: input.orderId });
    return r;
  },
  revalidate: ({ input }) => [`/coordinator/orders/${input.orderId}`],
});
