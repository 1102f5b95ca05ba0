"use server";

import { recordAudit } from "@/features/audit/mutations";
import { consumeEmailToken, issueToken } from "@/features/admin/mutations";
import { eventKey } from "@/features/notifications/matrix";
import { notifyOrderEvent } from "@/features/notifications/mutations";
import { findSubmittedOrdersOf } from "@/features/notifications/queries";
import { defineAction, definePublicAction, type Tx } from "@/server/action";
import { ActionError, ruleViolation } from "@/server/errors";
import { accountEmail } from "./emails";
import { joinOrderer as join, queueEmail, refuseOrderer as refuse, verifyOrderer as verify } from "./mutations";
import { accountByEmail, findOrderForReview } from "./queries";
import { reviewProblem } from "./rules";
import { emailTokenSchema, forgotPasswordSchema, refuseOrdererSchema, reviewOrdererSchema } from "./schema";

// Who may order in whose name (ADR 055): the email link of a registration, "forgot password",
// and the coordinator's decision on a new orderer.

// ───────────── public: the email link and "forgot password" ─────────────

export const confirmEmail = definePublicAction({
  name: "orderers.confirmEmail",
  input: emailTokenSchema,
  // Per address, like invite and reset links: guessing a link's token is bounded.
  rateLimit: { points: 10, durationSeconds: 900 },
  run: async ({ tx, input, now }) => {
    const userId = await consumeEmailToken(tx, { token: input.token, now });
    // An unknown, used or expired link changes nothing.
    if (!userId) throw new ActionError("NOT_FOUND");
    await recordAudit(tx, { actorUserId: userId, action: "user.confirmEmail", entityType: "User", entityId: userId });
    // A registration's order reaches the coordinators when the address is confirmed (ADR 055, 045).
    for (const o of await findSubmittedOrdersOf(tx, userId)) await notifyOrderEvent(tx, o.id, { kind: "coordinator.newOrder", key: eventKey.newOrder(o.id), now });
    return { ok: true as const };
  },
  revalidate: () => ["/coordinator"],
});

/**
 * The same answer whether or not the address has an account: only its owner learns it from
 * the email. An orderer contact gets a reset link; the old password keeps working until the
 * link is used, so nobody can lock a person out by asking. Staff get a note to ask their
 * admin (ADR 010: staff links come from the admin).
 */
export const requestPasswordReset = definePublicAction({
  name: "orderers.requestPasswordReset",
  input: forgotPasswordSchema,
  // Per email address, whatever the source: nobody can fill a person's mailbox with reset mails.
  rateLimit: { points: 3, durationSeconds: 3600, key: ({ input }) => `reset-mail:${input.email.toLowerCase()}` },
  run: async ({ tx, input, now }) => {
    const account = await accountByEmail(tx, input.email);
    if (account?.active && account.email) {
      const isOrdererContact = account.memberships.some((m) => m.role === "ORDERER_CONTACT");
      if (isOrdererContact) {
        const message = await accountEmail("reset", account.locale, account.name);
        await issueToken(tx, { userId: account.id, email: account.email, name: account.name, kind: "PASSWORD_RESET", now, message });
      } else {
        const message = await accountEmail("resetStaff", account.locale, account.name);
        await queueEmail(tx, { to: account.email, subject: message.subject, body: message.body(""), now });
      }
      await recordAudit(tx, { actorUserId: null, action: "user.requestReset", entityType: "User", entityId: account.id });
    }
    return { sent: true as const };
  },
});

// ───────────── the coordinator decides ─────────────

async function loadReview(tx: Tx, orderId: string) {
  const order = await findOrderForReview(tx, orderId);
  return order && { target: { jobcenterId: order.jobcenterId }, row: order };
}

const reviewPaths = (orderId: string) => [`/coordinator/orders/${orderId}`, "/coordinator"];

export const verifyOrderer = defineAction({
  name: "orderers.verify",
  input: reviewOrdererSchema,
  permission: "orderer.review",
  load: ({ tx, input }) => loadReview(tx, input.orderId),
  run: async ({ tx, input, row, user, now, audit }) => {
    const problem = reviewProblem(row.orderer, "VERIFIED");
    if (problem) throw ruleViolation(problem);
    const r = await verify(tx, { ordererId: row.orderer.id, orderId: row.id, checks: input.checks, note: input.note, byUserId: user.userId, now });
    await audit({ action: "orderer.verify", entityType: "Orderer", entityId: row.orderer.id, details: { checks: input.checks, note: input.note, orderId: row.id } });
    return { reviewId: r.id };
  },
  revalidate: ({ input }) => reviewPaths(input.orderId),
});

export const refuseOrderer = defineAction({
  name: "orderers.refuse",
  input: refuseOrdererSchema,
  permission: "orderer.review",
  load: ({ tx, input }) => loadReview(tx, input.orderId),
  run: async ({ tx, input, row, user, now, audit }) => {
    const problem = reviewProblem(row.orderer, "REFUSED");
    if (problem) throw ruleViolation(problem);
    const r = await refuse(tx, { ordererId: row.orderer.id, orderId: row.id, checks: [], note: input.note, byUserId: user.userId, now });
    await audit({ action: "orderer.refuse", entityType: "Orderer", entityId: row.orderer.id, details: { note: input.note, orderId: row.id, cancelledOrders: r.cancelledOrders } });
    return { reviewId: r.id, cancelledOrders: r.cancelledOrders };
  },
  revalidate: ({ input }) => reviewPaths(input.orderId),
});

/** A registration with an existing orderer's business ID: its contact and orders join that orderer. */
export const joinOrderer = defineAction({
  name: "orderers.join",
  input: reviewOrdererSchema,
  permission: "orderer.review",
  load: ({ tx, input }) => loadReview(tx, input.orderId),
  run: async ({ tx, input, row, user, now, audit }) => {
    const problem = reviewProblem(row.orderer, "JOINED");
    if (problem) throw ruleViolation(problem);
    const intoId = row.orderer.duplicateOfId!;
    const r = await join(tx, { ordererId: row.orderer.id, intoId, orderId: row.id, checks: input.checks, note: input.note, byUserId: user.userId, now });
    await audit({ action: "orderer.join", entityType: "Orderer", entityId: row.orderer.id, details: { intoId, checks: input.checks, note: input.note, movedOrders: r.movedOrders } });
    return { reviewId: r.id, ordererId: intoId };
  },
  revalidate: ({ input }) => reviewPaths(input.orderId),
});
