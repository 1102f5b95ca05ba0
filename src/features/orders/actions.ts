"use server";

import { eventKey } from "@/features/notifications/matrix";
import { notifyOrderEvent } from "@/features/notifications/mutations";
import { countTermsAcceptances } from "@/features/notifications/queries";
import { recordHiredOnce } from "@/features/people/mutations";
import { priceOrder } from "@/features/pricing/queries";
import { dateColumn, dateColumnOf, dayOfDateColumn } from "@/lib/dates";
import { defineAction, definePublicAction, type Tx } from "@/server/action";
import { ActionError, ruleViolation } from "@/server/errors";
import * as m from "./mutations";
import { findChangeForAction, findFeedbackForAction, findGigForAction, findJobcenter, findOrderForAction, ordererIdOf } from "./queries";
import { feedbackAllowed, hireAllowed } from "./rules";
import { tellClientFeedbackReceived } from "@/features/feedback/mutations";
import {
  acceptTermsSchema,
  cancelOrderSchema,
  decideChangeSchema,
  giveFeedbackSchema,
  postMessageSchema,
  proposeChangeSchema,
  quoteSchema,
  recordFeedbackSchema,
  recordHireSchema,
  registerAndOrderSchema,
  saveDraftSchema,
  submitOrderSchema,
} from "./schema";

const orderPaths = (id: string) => ["/orderer", `/orderer/orders/${id}`, `/coordinator/orders/${id}`, "/coordinator"];

async function loadOrder(tx: Tx, orderId: string) {
  const order = await findOrderForAction(tx, orderId);
  return order && { target: { ordererId: order.ordererId, jobcenterId: order.jobcenterId }, row: order };
}

// ── the live quote (anyone: it only reads the dated tables) ──

/** The quote on the order form; the browser never sends a price, submitting recomputes it. */
export const quoteOrder = definePublicAction({
  name: "orders.quote",
  input: quoteSchema,
  // The form asks for a quote as the fields change; this is far above that, far below a scraper.
  rateLimit: { points: 120, durationSeconds: 60 },
  run: async ({ tx, input, now }) => {
    const jc = await findJobcenter(tx, input.jobcenterId);
    if (!jc) throw new ActionError("NOT_FOUND");
    if (!jc.contractModels.includes(input.contractModel)) throw ruleViolation("CONTRACT_MODEL_NOT_OFFERED");
    const q = await priceOrder(tx, {
      jobcenterId: jc.id,
      contractModel: input.contractModel,
      workDay: input.firstDate ? dateColumn(input.firstDate) : dateColumnOf(now),
      minutesPerWorker: input.minutesPerWorker,
      workerCount: input.workerCount,
    });
    return {
      unitPriceCents: q.unitPriceCents,
      totalMinutes: q.totalMinutes,
      netCents: q.netCents,
      vatRateBp: q.vatRateBp,
      vatCents: q.vatCents,
      grossCents: q.grossCents,
    };
  },
});

// ── a first-time orderer: registration and the order in one go ──

export const registerAndOrder = definePublicAction({
  name: "orders.registerAndOrder",
  input: registerAndOrderSchema,
  // A shared office network may register a few orderers in an hour; a flood of fake ones it may not.
  rateLimit: { points: 10, durationSeconds: 3600 },
  run: async ({ tx, input, now, audit }) => {
    const result = await m.registerAndOrder(tx, input, now);
    if ("existingUserId" in result)
      await audit({ action: "orderer.registerTaken", entityType: "User", entityId: result.existingUserId });
    else await audit({ action: "orderer.register", entityType: "Orderer", entityId: result.ordererId, details: { orderId: result.orderId } });
    // The same answer for a new address and a known one (ADR 055): the email says which.
    return { sent: true as const, email: input.registration.email };
  },
  revalidate: () => ["/orderer", "/coordinator"],
});

// ── the signed-in orderer ──

export const saveOrderDraft = defineAction({
  name: "orders.saveDraft",
  input: saveDraftSchema,
  permission: "order.edit",
  load: async ({ tx, input, user }) => {
    if (input.orderId) return loadOrder(tx, input.orderId);
    const jc = await findJobcenter(tx, input.jobcenterId);
    return jc && { target: { ordererId: ordererIdOf(user.grants) }, row: null };
  },
  run: async ({ tx, input, user, row }) => {
    const ordererId = row?.ordererId ?? ordererIdOf(user.grants)!;
    return m.saveDraft(tx, input, { ordererId, userId: user.userId });
  },
  revalidate: ({ data }) => orderPaths(data.id),
});

export const submitOrder = defineAction({
  name: "orders.submit",
  input: submitOrderSchema,
  permission: "order.create",
  load: async ({ tx, input, user }) => {
    if (input.orderId) return loadOrder(tx, input.orderId);
    const jc = await findJobcenter(tx, input.jobcenterId);
    return jc && { target: { ordererId: ordererIdOf(user.grants) }, row: null };
  },
  run: async ({ tx, input, user, row, now, audit }) => {
    const ordererId = row?.ordererId ?? ordererIdOf(user.grants)!;
    const result = await m.submitOrder(tx, input, { ordererId, userId: user.userId }, now);
    if (!result.duplicate) {
      await audit({ action: "order.submit", entityType: "Order", entityId: result.id });
      await notifyOrderEvent(tx, result.id, { kind: "orderer.orderReceived", key: eventKey.orderReceived(result.id), now });
      await notifyOrderEvent(tx, result.id, { kind: "coordinator.newOrder", key: eventKey.newOrder(result.id), now });
    }
    return { id: result.id };
  },
  revalidate: ({ data }) => orderPaths(data.id),
});

export const acceptOrderTerms = defineAction({
  name: "orders.acceptTerms",
  input: acceptTermsSchema,
  permission: "order.acceptTerms",
  load: ({ tx, input }) => loadOrder(tx, input.orderId),
  run: async ({ tx, input, user, now }) => {
    const r = await m.acceptOrderTerms(tx, input.orderId, input.termsVersionId, user.userId, now);
    const nth = await countTermsAcceptances(tx, r.id);
    await notifyOrderEvent(tx, r.id, { kind: "coordinator.termsAccepted", key: eventKey.termsAccepted(r.id, nth), now });
    return r;
  },
  revalidate: ({ input }) => orderPaths(input.orderId),
});

export const cancelOrder = defineAction({
  name: "orders.cancel",
  input: cancelOrderSchema,
  permission: "order.cancel",
  load: ({ tx, input }) => loadOrder(tx, input.orderId),
  run: async ({ tx, input, user, now, audit }) => {
    const result = await m.cancelOrder(tx, input.orderId, input.reason, user.userId, now);
    await audit({ action: "order.cancel", entityType: "Order", entityId: input.orderId, details: { feeCents: result.feeCents } });
    return result;
  },
  revalidate: ({ input }) => orderPaths(input.orderId),
});

export const postOrderMessage = defineAction({
  name: "orders.message",
  input: postMessageSchema,
  permission: "order.message",
  load: ({ tx, input }) => loadOrder(tx, input.orderId),
  run: async ({ tx, input, user, row, now }) => {
    const asOrderer = user.grants.some((g) => g.role === "ORDERER_CONTACT" && g.ordererId === row.ordererId);
    const msg = await m.postMessage(tx, { orderId: row.id, authorUserId: user.userId, asOrderer, question: input.question ?? false, body: input.body });
    if (asOrderer) await notifyOrderEvent(tx, row.id, { kind: "coordinator.ordererMessage", key: eventKey.ordererMessage(msg.id), now });
    return msg;
  },
  revalidate: ({ input }) => orderPaths(input.orderId),
});

// ── changes after acceptance ──

/** Coordinator: an agreed lower price (with a reason) or a new scope; the orderer must accept it. */
export const proposeOrderChange = defineAction({
  name: "orders.proposeChange",
  input: proposeChangeSchema,
  permission: "order.proposeChange",
  load: ({ tx, input }) => loadOrder(tx, input.orderId),
  run: async ({ tx, input, user, now, audit }) => {
    const result = await m.proposeChange(tx, input.orderId, input, user.userId);
    await audit({ action: "order.proposeChange", entityType: "OrderChange", entityId: result.id });
    await notifyOrderEvent(tx, input.orderId, { kind: "orderer.changeToAccept", params: { description: input.description }, key: eventKey.changeProposed(result.id), now });
    return result;
  },
  revalidate: ({ input }) => orderPaths(input.orderId),
});

export const decideOrderChange = defineAction({
  name: "orders.decideChange",
  input: decideChangeSchema,
  permission: "order.decideChange",
  load: async ({ tx, input }) => {
    const change = await findChangeForAction(tx, input.changeId);
    return change && { target: { ordererId: change.order.ordererId, jobcenterId: change.order.jobcenterId }, row: change };
  },
  run: async ({ tx, input, user, now, audit }) => {
    const result = await m.decideChange(tx, input.changeId, input.decision, input.termsVersionId, user.userId, now);
    await audit({ action: `order.change.${result.status.toLowerCase()}`, entityType: "OrderChange", entityId: input.changeId });
    await notifyOrderEvent(tx, result.orderId, { kind: "coordinator.changeAnswered", params: { decision: result.status }, key: eventKey.changeDecided(input.changeId), now });
    return result;
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});

// ── after the work: feedback and hires ──

async function loadGig(tx: Tx, gigId: string) {
  const gig = await findGigForAction(tx, gigId);
  return gig && { target: { ordererId: gig.order.ordererId, jobcenterId: gig.order.jobcenterId }, row: gig };
}

export const giveFeedback = defineAction({
  name: "orders.giveFeedback",
  input: giveFeedbackSchema,
  permission: "feedback.give",
  load: ({ tx, input }) => loadGig(tx, input.gigId),
  run: async ({ tx, input, user, row, now }) => {
    if (!feedbackAllowed(row)) throw ruleViolation("GIG_NOT_IN_STATE");
    const saved = await m.saveFeedback(tx, row, user.userId, { rating: input.rating, comment: input.comment });
    // The client hears that feedback came (not what it says: ADR 047).
    await tellClientFeedbackReceived(tx, row, row.order.title, now);
    return saved;
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});

/** Coordinator: records the orderer's feedback on the worker's profile. */
export const recordFeedbackOnProfile = defineAction({
  name: "orders.recordFeedback",
  input: recordFeedbackSchema,
  permission: "feedback.record",
  load: async ({ tx, input }) => {
    const fb = await findFeedbackForAction(tx, input.feedbackId);
    return fb && { target: { jobcenterId: fb.order.jobcenterId }, row: fb };
  },
  run: async ({ tx, row, user, audit }) => {
    await m.markFeedbackOnProfile(tx, row.id, user.userId);
    await audit({ action: "client.feedback.record", entityType: "Feedback", entityId: row.id, clientId: row.clientId });
    return { id: row.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});

/** The orderer hired the worker onto its own payroll: a success, counted in the results. */
export const recordHire = defineAction({
  name: "orders.recordHire",
  input: recordHireSchema,
  permission: "hire.record",
  load: ({ tx, input }) => loadGig(tx, input.gigId),
  run: async ({ tx, input, user, row, audit }) => {
    if (!hireAllowed(row)) throw ruleViolation("GIG_NOT_IN_STATE");
    const hire = await m.recordHire(tx, row, user.userId, input.hiredOn);
    // The hire feeds the client's path (ADR 071): HIRED_BY_ORDERER on the stored hire's day, once
    // (recording the same hire again, on any day, finds that row).
    await recordHiredOnce(tx, { clientId: row.clientId, on: dayOfDateColumn(hire.hiredOn), note: null, byUserId: user.userId });
    await audit({ action: "hire.record", entityType: "Hire", entityId: hire.id, clientId: row.clientId });
    return { id: hire.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});
