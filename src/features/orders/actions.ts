"use server";

import { priceOrder } from "@/features/pricing/queries";
import { dateColumn, dateColumnOf } from "@/lib/dates";
import { defineAction, definePublicAction } from "@/server/action";
import { ActionError, ruleViolation } from "@/server/errors";
import * as m from "./mutations";
import { findJobcenter, findOrderForAction, lockOrder, ordererIdOf } from "./queries";
import { feedbackAllowed } from "./rules";
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

async function loadOrder(tx: Parameters<Parameters<typeof defineAction>[0]["load"]>[0]["tx"], orderId: string) {
  const order = await findOrderForAction(tx, orderId);
  return order && { target: { ordererId: order.ordererId, jobcenterId: order.jobcenterId }, row: order };
}

// ── the live quote (anyone: it only reads the dated tables) ──

const quoteOrder_ = definePublicAction({
  name: "orders.quote",
  input: quoteSchema,
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
/** The quote on the order form; the browser never sends a price, submitting recomputes it. */
export async function quoteOrder(input: unknown) {
  return quoteOrder_(input);
}

// ── a first-time orderer: registration and the order in one go ──

const registerAndOrder_ = definePublicAction({
  name: "orders.registerAndOrder",
  input: registerAndOrderSchema,
  run: async ({ tx, input, now, audit }) => {
    const result = await m.registerAndOrder(tx, input, now);
    await audit({ action: "orderer.register", entityType: "Orderer", entityId: result.ordererId });
    return { orderId: result.orderId };
  },
  revalidate: () => ["/orderer", "/coordinator"],
});
export async function registerAndOrder(input: unknown) {
  return registerAndOrder_(input);
}

// ── the signed-in orderer ──

const saveOrderDraft_ = defineAction({
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
export async function saveOrderDraft(input: unknown) {
  return saveOrderDraft_(input);
}

const submitOrder_ = defineAction({
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
    if (!result.duplicate) await audit({ action: "order.submit", entityType: "Order", entityId: result.id });
    return { id: result.id };
  },
  revalidate: ({ data }) => orderPaths(data.id),
});
export async function submitOrder(input: unknown) {
  return submitOrder_(input);
}

const acceptOrderTerms_ = defineAction({
  name: "orders.acceptTerms",
  input: acceptTermsSchema,
  permission: "order.acceptTerms",
  load: ({ tx, input }) => loadOrder(tx, input.orderId),
  run: async ({ tx, input, user, now }) => {
    const order = await lockOrder(tx, input.orderId);
    if (order.status !== "RECEIVED" && !order.reacceptanceRequired) throw ruleViolation("INVALID_STATE");
    if (await tx.orderChange.count({ where: { orderId: order.id, status: "PENDING" } })) throw ruleViolation("INVALID_STATE");
    await m.acceptTerms(tx, order, input.termsVersionId, user.userId, now);
    return { id: order.id };
  },
  revalidate: ({ input }) => orderPaths(input.orderId),
});
export async function acceptOrderTerms(input: unknown) {
  return acceptOrderTerms_(input);
}

const cancelOrder_ = defineAction({
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
export async function cancelOrder(input: unknown) {
  return cancelOrder_(input);
}

const postOrderMessage_ = defineAction({
  name: "orders.message",
  input: postMessageSchema,
  permission: "order.message",
  load: ({ tx, input }) => loadOrder(tx, input.orderId),
  run: async ({ tx, input, user, row }) => {
    const asOrderer = user.grants.some((g) => g.role === "ORDERER_CONTACT" && g.ordererId === row.ordererId);
    let kind: "MESSAGE" | "QUESTION" | "ANSWER" = "MESSAGE";
    if (!asOrderer && input.question) kind = "QUESTION";
    if (asOrderer) {
      // A reply to an open question of the coordinator is its answer.
      const last = await tx.orderMessage.findFirst({ where: { orderId: row.id, kind: { in: ["QUESTION", "ANSWER"] } }, orderBy: { createdAt: "desc" } });
      if (last?.kind === "QUESTION") kind = "ANSWER";
    }
    const msg = await tx.orderMessage.create({ data: { orderId: row.id, authorUserId: user.userId, kind, body: input.body } });
    return { id: msg.id, kind };
  },
  revalidate: ({ input }) => orderPaths(input.orderId),
});
export async function postOrderMessage(input: unknown) {
  return postOrderMessage_(input);
}

// ── changes after acceptance ──

const proposeOrderChange_ = defineAction({
  name: "orders.proposeChange",
  input: proposeChangeSchema,
  permission: "order.proposeChange",
  load: ({ tx, input }) => loadOrder(tx, input.orderId),
  run: async ({ tx, input, user, audit }) => {
    const result = await m.proposeChange(tx, input.orderId, input, user.userId);
    await audit({ action: "order.proposeChange", entityType: "OrderChange", entityId: result.id });
    return result;
  },
  revalidate: ({ input }) => orderPaths(input.orderId),
});
/** Coordinator: an agreed lower price (with a reason) or a new scope; the orderer must accept it. */
export async function proposeOrderChange(input: unknown) {
  return proposeOrderChange_(input);
}

const decideOrderChange_ = defineAction({
  name: "orders.decideChange",
  input: decideChangeSchema,
  permission: "order.decideChange",
  load: async ({ tx, input }) => {
    const change = await tx.orderChange.findUnique({ where: { id: input.changeId }, include: { order: { select: { ordererId: true, jobcenterId: true } } } });
    return change && { target: { ordererId: change.order.ordererId, jobcenterId: change.order.jobcenterId }, row: change };
  },
  run: async ({ tx, input, user, now, audit }) => {
    const result = await m.decideChange(tx, input.changeId, input.decision, input.termsVersionId, user.userId, now);
    await audit({ action: `order.change.${result.status.toLowerCase()}`, entityType: "OrderChange", entityId: input.changeId });
    return result;
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});
export async function decideOrderChange(input: unknown) {
  return decideOrderChange_(input);
}

// ── after the work: feedback and hires ──

async function loadGig(tx: Parameters<typeof loadOrder>[0], gigId: string) {
  const gig = await tx.gig.findUnique({
    where: { id: gigId },
    select: { id: true, status: true, orderId: true, clientId: true, order: { select: { ordererId: true, jobcenterId: true } } },
  });
  return gig && { target: { ordererId: gig.order.ordererId, jobcenterId: gig.order.jobcenterId }, row: gig };
}

const giveFeedback_ = defineAction({
  name: "orders.giveFeedback",
  input: giveFeedbackSchema,
  permission: "feedback.give",
  load: ({ tx, input }) => loadGig(tx, input.gigId),
  run: async ({ tx, input, user, row }) => {
    if (!feedbackAllowed(row)) throw ruleViolation("GIG_NOT_IN_STATE");
    const data = { rating: input.rating, comment: input.comment ?? null };
    const fb = await tx.feedback.upsert({
      where: { gigId_authorUserId: { gigId: row.id, authorUserId: user.userId } },
      create: { ...data, orderId: row.orderId, gigId: row.id, clientId: row.clientId, authorUserId: user.userId },
      update: data,
    });
    return { id: fb.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});
export async function giveFeedback(input: unknown) {
  return giveFeedback_(input);
}

const recordFeedbackOnProfile_ = defineAction({
  name: "orders.recordFeedback",
  input: recordFeedbackSchema,
  permission: "feedback.record",
  load: async ({ tx, input }) => {
    const fb = await tx.feedback.findUnique({ where: { id: input.feedbackId }, include: { order: { select: { ordererId: true, jobcenterId: true } } } });
    return fb && { target: { jobcenterId: fb.order.jobcenterId }, row: fb };
  },
  run: async ({ tx, row, user, audit }) => {
    await tx.feedback.update({ where: { id: row.id }, data: { onProfile: true, recordedById: user.userId } });
    await audit({ action: "client.feedback.record", entityType: "Feedback", entityId: row.id, clientId: row.clientId });
    return { id: row.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});
/** Coordinator: records the orderer's feedback on the worker's profile. */
export async function recordFeedbackOnProfile(input: unknown) {
  return recordFeedbackOnProfile_(input);
}

const recordHire_ = defineAction({
  name: "orders.recordHire",
  input: recordHireSchema,
  permission: "hire.record",
  load: ({ tx, input }) => loadGig(tx, input.gigId),
  run: async ({ tx, input, user, row, audit }) => {
    if (!feedbackAllowed(row) && row.status !== "STARTED" && row.status !== "ACCEPTED") throw ruleViolation("GIG_NOT_IN_STATE");
    const hire = await tx.hire.upsert({
      where: { clientId_ordererId: { clientId: row.clientId, ordererId: row.order.ordererId } },
      create: { clientId: row.clientId, ordererId: row.order.ordererId, orderId: row.orderId, reportedById: user.userId, hiredOn: dateColumn(input.hiredOn) },
      update: {},
    });
    await audit({ action: "hire.record", entityType: "Hire", entityId: hire.id, clientId: row.clientId });
    return { id: hire.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});
/** The orderer hired the worker onto its own payroll: a success, counted in the results. */
export async function recordHire(input: unknown) {
  return recordHire_(input);
}
