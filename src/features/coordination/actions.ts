"use server";

import { askOrdererFeedback } from "@/features/feedback/mutations";
import { isOnWorkActivityDay, nominationReadinessProblem } from "@/features/clients/rules";
import { moveGig } from "@/features/gigs/mutations";
import { notifyClient, notifyOrderEvent } from "@/features/notifications/mutations";
import { eventKey } from "@/features/notifications/matrix";
import { findUnitName } from "@/features/notifications/queries";
import { tellClientGigCancelled, tellClientGigRescheduled, tellUnitOfOffer } from "@/features/notifications/events";
import { CHANGEABLE_GIG_STATES, isGigIn } from "@/features/gigs/rules";
import { ordererProblem } from "@/features/orderers/rules";
import { startsInPast, termsAccepted } from "@/features/orders/rules";
import { CLOSED_ORDER_STATES, isOrderIn } from "@/features/orders/status";
import { moveOrderStatus } from "@/features/orders/mutations";
import { helsinkiInstant } from "@/lib/dates";
import { orderHoursApproved } from "@/features/hours/rules";
import { defineAction, type Tx } from "@/server/action";
import { ActionError, ruleViolation } from "@/server/errors";
import {
  answerUnitOffer,
  confirmGigWorkActivityDay,
  createGig,
  createOfferMessage,
  createNomination,
  createSession,
  deleteSession,
  lockClient,
  revokeNominationRow,
  syncOrderProgress,
  upsertUnitOffer,
  withdrawUnitOffer,
} from "./mutations";
import {
  activeNomination,
  assignmentCheck,
  countSessionGigs,
  findActiveUnits,
  findClientUnit,
  findClientWorkActivity,
  findGigForAction,
  findNominationForAction,
  findOfferForAction,
  findOrdererOfOrder,
  findOrderForCoordination,
  findOrderGigStates,
  findOrderStatus,
  findPlannedGigs,
  findSessionForAction,
  lockSessionAndCountBookings,
} from "./queries";
import {
  addSessionSchema,
  assignClientSchema,
  cancelGigSchema,
  confirmWorkActivityDaySchema,
  markOrderApprovedSchema,
  nominateClientSchema,
  offerGigsSchema,
  offerToUnitsSchema,
  postOfferMessageSchema,
  removeSessionSchema,
  rescheduleGigSchema,
  respondToOfferSchema,
  revokeNominationSchema,
  swapWorkerSchema,
  withdrawOfferSchema,
} from "./schema";
import { offerIsOpen } from "./rules";

/** ORDERER_UNVERIFIED: nothing of an unverified orderer's order goes to units, workers or billing (ADR 055). */
async function requireVerifiedOrderer(tx: Tx, orderId: string) {
  const problem = ordererProblem(await findOrdererOfOrder(tx, orderId));
  if (problem) throw ruleViolation(problem);
}

/** A readiness confirmation is valid for this long after staff give it (ADR 030). */
const NOMINATION_VALID_DAYS = 60;
const isClosed = (order: { status: string }) => isOrderIn(CLOSED_ORDER_STATES, order.status);

const orderPaths = (orderId: string) => [`/coordinator/orders/${orderId}`, "/coordinator", "/unit", "/unit/week"];

type OrderRow = NonNullable<Awaited<ReturnType<typeof findOrderForCoordination>>>;

/**
 * Checks every assignment rule for one client and one time, after locking the client's row
 * (ADR 032), and creates the gig. Throws the first broken rule. A gig on a disability
 * work-activity day that the nomination did not confirm is still entered, as PLANNED and
 * unconfirmed: the unit staff confirm it on the gig, and it is not sent before (ADR 031).
 */
async function assignChecked(
  tx: Tx,
  args: {
    order: OrderRow;
    clientId: string;
    sessionId: string | null;
    range: { startsAt: Date; endsAt: Date };
    status: "PLANNED" | "OFFERED";
    excludeGigIds?: string[];
    replacesGigId?: string;
    meetingPerson?: string | null;
    bringItems?: string | null;
    userId: string;
    now: Date;
  },
) {
  await requireVerifiedOrderer(tx, args.order.id);
  await lockClient(tx, args.clientId);
  const checked = await assignmentCheck(tx, args.order, [args.clientId], args.range, { now: args.now, excludeGigIds: args.excludeGigIds });
  const problems = checked.get(args.clientId);
  if (!problems) throw new ActionError("NOT_FOUND");
  const waitsForStaff = problems.includes("WORK_ACTIVITY_DAY_NOT_CONFIRMED");
  const blocking = problems.filter((p) => p !== "WORK_ACTIVITY_DAY_NOT_CONFIRMED");
  if (blocking.length > 0) throw ruleViolation(blocking[0]!);
  const nomination = await activeNomination(tx, args.order.id, args.clientId);
  const client = await findClientWorkActivity(tx, args.clientId);
  const onDay = isOnWorkActivityDay(args.order.jobcenter.kind, args.range, client.workActivityHours, client.workActivityMoves);
  return createGig(tx, {
    orderId: args.order.id,
    sessionId: args.sessionId,
    clientId: args.clientId,
    status: waitsForStaff ? "PLANNED" : args.status,
    startsAt: args.range.startsAt,
    endsAt: args.range.endsAt,
    supportMode: nomination?.supportMode ?? "NONE",
    supportPerson: nomination?.supportPerson ?? null,
    meetingPerson: args.meetingPerson ?? null,
    bringItems: args.bringItems ?? null,
    onWorkActivityDay: onDay,
    // The staff member who confirmed it in the nomination; nobody yet when the gig waits for them.
    workActivityDayConfirmedById: onDay && !waitsForStaff ? (nomination?.nominatedById ?? null) : null,
    replacesGigId: args.replacesGigId ?? null,
    createdById: args.userId,
  });
}

// ───────────── offers to units ─────────────

export const offerToUnits = defineAction({
  name: "coordination.offerToUnits",
  input: offerToUnitsSchema,
  permission: "offer.create",
  load: async ({ tx, input }) => {
    const order = await findOrderForCoordination(tx, input.orderId);
    return order && { target: { jobcenterId: order.jobcenterId }, row: order };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    if (!termsAccepted(row)) throw ruleViolation("TERMS_NOT_ACCEPTED");
    if (isClosed(row)) throw ruleViolation("INVALID_STATE");
    await requireVerifiedOrderer(tx, row.id);
    const units = await findActiveUnits(tx, row.jobcenterId, input.unitIds);
    if (units.length !== new Set(input.unitIds).size) throw new ActionError("NOT_FOUND");
    for (const unit of units) await tellUnitOfOffer(tx, await upsertUnitOffer(tx, row.id, unit.id, user.userId, input.message), row.title, now);
    if (row.status === "TERMS_ACCEPTED") await moveOrderStatus(tx, row, "FINDING_WORKERS", user.userId);
    await audit({ action: "offer.create", entityType: "Order", entityId: row.id, details: { unitIds: units.map((u) => u.id) } });
    return { orderId: row.id, offered: units.length };
  },
  revalidate: ({ input }) => orderPaths(input.orderId),
});

export const withdrawOffer = defineAction({
  name: "coordination.withdrawOffer",
  input: withdrawOfferSchema,
  permission: "offer.withdraw",
  load: async ({ tx, input }) => {
    const offer = await findOfferForAction(tx, input.offerId);
    return offer && { target: { jobcenterId: offer.order.jobcenterId }, row: offer };
  },
  run: async ({ tx, row, audit }) => {
    if (row.status === "WITHDRAWN") throw ruleViolation("INVALID_STATE");
    await withdrawUnitOffer(tx, row.id);
    await audit({ action: "offer.withdraw", entityType: "UnitOffer", entityId: row.id });
    return { orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});

export const respondToOffer = defineAction({
  name: "coordination.respondToOffer",
  input: respondToOfferSchema,
  permission: "offer.respond",
  load: async ({ tx, input }) => {
    const offer = await findOfferForAction(tx, input.offerId);
    return offer && { target: { unitId: offer.unitId, jobcenterId: offer.order.jobcenterId }, row: offer };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    if (row.status === "WITHDRAWN") throw ruleViolation("INVALID_STATE");
    await answerUnitOffer(tx, row.id, { status: input.answer, note: input.note, byUserId: user.userId, at: now });
    if (input.answer === "DECLINED" && row.status !== "DECLINED")
      await notifyOrderEvent(tx, row.orderId, { kind: "coordinator.unitDeclined", params: { unit: (await findUnitName(tx, row.unitId))?.name ?? "" }, key: eventKey.unitDeclined(row.id), now });
    await audit({ action: "offer.respond", entityType: "UnitOffer", entityId: row.id, details: { answer: input.answer } });
    return { orderId: row.orderId };
  },
  revalidate: ({ input, data }) => [...orderPaths(data.orderId), `/unit/offers/${input.offerId}`],
});

export const postOfferMessage = defineAction({
  name: "coordination.postOfferMessage",
  input: postOfferMessageSchema,
  permission: "offer.message",
  load: async ({ tx, input }) => {
    const offer = await findOfferForAction(tx, input.offerId);
    return offer && { target: { unitId: offer.unitId, jobcenterId: offer.order.jobcenterId }, row: offer };
  },
  run: async ({ tx, row, input, user, audit }) => {
    if (!offerIsOpen(row)) throw ruleViolation("INVALID_STATE");
    const message = await createOfferMessage(tx, { orderId: row.orderId, unitOfferId: row.id, authorUserId: user.userId, body: input.body });
    await audit({ action: "offer.message", entityType: "OrderMessage", entityId: message.id });
    return { id: message.id, orderId: row.orderId };
  },
  revalidate: ({ input, data }) => [...orderPaths(data.orderId), `/unit/offers/${input.offerId}`],
});

// ───────────── readiness confirmations ─────────────

export const nominateClient = defineAction({
  name: "coordination.nominateClient",
  input: nominateClientSchema,
  permission: "nomination.create",
  load: async ({ tx, input }) => {
    const offer = await findOfferForAction(tx, input.offerId);
    if (!offer) return null;
    const client = await findClientUnit(tx, input.clientId);
    if (!client) return null;
    // Staff nominate their own unit's clients to an offer made to their unit.
    const unitId = client.unitId === offer.unitId ? offer.unitId : [];
    return { target: { unitId, jobcenterId: offer.order.jobcenterId }, row: { offer, client } };
  },
  run: async ({ tx, row: { offer, client }, input, user, now, audit }) => {
    if (!offerIsOpen(offer)) throw ruleViolation("INVALID_STATE");
    if (!termsAccepted(offer.order)) throw ruleViolation("TERMS_NOT_ACCEPTED");
    const readiness = nominationReadinessProblem(client.readiness, input.skillsCheck);
    if (readiness) throw ruleViolation(readiness);
    const nomination = await createNomination(
      tx,
      {
        orderId: offer.orderId,
        unitOfferId: offer.id,
        clientId: client.id,
        nominatedById: user.userId,
        clientWantsGig: input.clientWantsGig,
        skillsCheck: input.skillsCheck,
        benefitCheck: input.benefitCheck,
        supportMode: input.supportMode,
        supportPerson: input.supportMode === "NONE" ? null : input.supportPerson,
        note: input.note,
        leavesWorkActivityConfirmed: input.leavesWorkActivityConfirmed,
        validUntil: new Date(now.getTime() + NOMINATION_VALID_DAYS * 86_400_000),
      },
      now,
    );
    await answerUnitOffer(tx, offer.id, { status: "NOMINATED", byUserId: user.userId, at: now });
    await notifyOrderEvent(tx, offer.orderId, { kind: "coordinator.unitNominated", params: { unit: (await findUnitName(tx, offer.unitId))?.name ?? "" }, key: eventKey.unitNominated(nomination.id), now });
    await audit({ action: "nomination.create", entityType: "Nomination", entityId: nomination.id, clientId: client.id });
    return { id: nomination.id, orderId: offer.orderId };
  },
  revalidate: ({ input, data }) => [...orderPaths(data.orderId), `/unit/offers/${input.offerId}`],
});

export const revokeNomination = defineAction({
  name: "coordination.revokeNomination",
  input: revokeNominationSchema,
  permission: "nomination.revoke",
  load: async ({ tx, input }) => {
    const n = await findNominationForAction(tx, input.nominationId);
    return n && { target: { unitId: n.client.unitId }, row: n };
  },
  run: async ({ tx, row, now, audit }) => {
    if (row.revokedAt) throw ruleViolation("INVALID_STATE");
    await revokeNominationRow(tx, row.id, now);
    await audit({ action: "nomination.revoke", entityType: "Nomination", entityId: row.id, clientId: row.clientId });
    return { orderId: row.orderId, offerId: row.unitOfferId };
  },
  revalidate: ({ data }) => [...orderPaths(data.orderId), ...(data.offerId ? [`/unit/offers/${data.offerId}`] : [])],
});

export const confirmWorkActivityDay = defineAction({
  name: "coordination.confirmWorkActivityDay",
  input: confirmWorkActivityDaySchema,
  permission: "gig.confirmWorkActivityDay",
  load: async ({ tx, input }) => {
    const g = await findGigForAction(tx, input.gigId);
    return g && { target: { unitId: g.client.unitId, jobcenterId: g.order.jobcenterId }, row: g };
  },
  run: async ({ tx, row, user, audit }) => {
    // Before it is sent: the client sees a gig only once the day is settled.
    if (row.status !== "PLANNED" || !row.onWorkActivityDay || row.workActivityDayConfirmedById) throw ruleViolation("GIG_NOT_IN_STATE");
    await confirmGigWorkActivityDay(tx, row.id, user.userId);
    await audit({ action: "gig.confirmWorkActivityDay", entityType: "Gig", entityId: row.id, clientId: row.clientId });
    return { id: row.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});

// ───────────── sessions and gigs ─────────────

export const addSession = defineAction({
  name: "coordination.addSession",
  input: addSessionSchema,
  permission: "session.manage",
  load: async ({ tx, input }) => {
    const order = await findOrderForCoordination(tx, input.orderId);
    return order && { target: { jobcenterId: order.jobcenterId }, row: order };
  },
  run: async ({ tx, row, input, now, audit }) => {
    if (isClosed(row)) throw ruleViolation("INVALID_STATE");
    const startsAt = helsinkiInstant(input.day, input.start);
    if (startsInPast(startsAt, now)) throw ruleViolation("SESSION_IN_PAST");
    const session = await createSession(tx, {
      orderId: row.id,
      startsAt,
      endsAt: helsinkiInstant(input.day, input.end),
      workersNeeded: input.workersNeeded,
      note: input.note,
    });
    await audit({ action: "session.create", entityType: "OrderSession", entityId: session.id });
    return { id: session.id, orderId: row.id };
  },
  revalidate: ({ input }) => orderPaths(input.orderId),
});

export const removeSession = defineAction({
  name: "coordination.removeSession",
  input: removeSessionSchema,
  permission: "session.manage",
  load: async ({ tx, input }) => {
    const s = await findSessionForAction(tx, input.sessionId);
    return s && { target: { jobcenterId: s.order.jobcenterId }, row: s };
  },
  run: async ({ tx, row, audit }) => {
    // Only an empty session goes; gigs keep their history.
    if ((await countSessionGigs(tx, row.id)) > 0) throw ruleViolation("INVALID_STATE");
    await deleteSession(tx, row.id);
    await audit({ action: "session.delete", entityType: "OrderSession", entityId: row.id });
    return { orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});

export const assignClient = defineAction({
  name: "coordination.assignClient",
  input: assignClientSchema,
  permission: "gig.manage",
  load: async ({ tx, input }) => {
    const s = await findSessionForAction(tx, input.sessionId);
    return s && { target: { jobcenterId: s.order.jobcenterId }, row: s };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    if (isClosed(row.order)) throw ruleViolation("INVALID_STATE");
    if ((await lockSessionAndCountBookings(tx, row.id)) >= row.workersNeeded) throw ruleViolation("SESSION_FULL");
    const gig = await assignChecked(tx, {
      order: row.order,
      clientId: input.clientId,
      sessionId: row.id,
      range: { startsAt: row.startsAt, endsAt: row.endsAt },
      status: "PLANNED",
      meetingPerson: input.meetingPerson,
      bringItems: input.bringItems,
      userId: user.userId,
      now,
    });
    await audit({
      action: "gig.assign",
      entityType: "Gig",
      entityId: gig.id,
      clientId: input.clientId,
      details: gig.onWorkActivityDay ? { workActivityDay: gig.workActivityDayConfirmedById ? "confirmedInNomination" : "waitingForStaff" } : undefined,
    });
    await syncOrderProgress(tx, row.orderId, user.userId);
    return { id: gig.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});

export const offerGigs = defineAction({
  name: "coordination.offerGigs",
  input: offerGigsSchema,
  permission: "gig.manage",
  load: async ({ tx, input }) => {
    const order = await findOrderForCoordination(tx, input.orderId);
    return order && { target: { jobcenterId: order.jobcenterId }, row: order };
  },
  run: async ({ tx, row, user, now, audit }) => {
    if (!termsAccepted(row)) throw ruleViolation("TERMS_NOT_ACCEPTED");
    await requireVerifiedOrderer(tx, row.id);
    const planned = await findPlannedGigs(tx, row.id);
    if (planned.length === 0) throw ruleViolation("GIG_NOT_IN_STATE");
    // A gig on a disability work-activity day waits until the client's unit staff confirm it (ADR 031).
    const ready = planned.filter((g) => !g.onWorkActivityDay || g.workActivityDayConfirmedById !== null);
    if (ready.length === 0) throw ruleViolation("WORK_ACTIVITY_DAY_NOT_CONFIRMED");
    for (const gig of ready) {
      await moveGig(tx, gig, "OFFERED");
      await audit({ action: "gig.offer", entityType: "Gig", entityId: gig.id, clientId: gig.clientId });
      await notifyClient(tx, gig.clientId, { kind: "gig.offered", params: { title: row.title, startsAt: gig.startsAt.toISOString() }, link: `/client/gigs/${gig.id}`, key: `gig:${gig.id}:offered`, now });
    }
    await syncOrderProgress(tx, row.id, user.userId);
    return { orderId: row.id, offered: ready.length, waiting: planned.length - ready.length };
  },
  revalidate: ({ input }) => [...orderPaths(input.orderId), "/client"],
});

type GigRow = NonNullable<Awaited<ReturnType<typeof findGigForAction>>>;
const gigTarget = (g: GigRow) => ({ jobcenterId: g.order.jobcenterId });

/**
 * Replaces a gig the coordinator may still change with a new one that passes every
 * assignment rule: the old gig stays as history (REPLACED, with why), the new one points to
 * it. A swap gives the same time to another client; a reschedule gives the same client a new
 * time, which the client accepts again (ADR 030).
 */
async function replaceGig(
  tx: Tx,
  row: GigRow,
  args: {
    clientId: string;
    range: { startsAt: Date; endsAt: Date };
    status: "PLANNED" | "OFFERED";
    reason: string;
    userId: string;
    now: Date;
  },
) {
  if (!isGigIn(CHANGEABLE_GIG_STATES, row.status)) throw ruleViolation("GIG_NOT_IN_STATE");
  await moveGig(tx, row, "REPLACED", { cancelReason: args.reason });
  return assignChecked(tx, {
    order: row.order,
    clientId: args.clientId,
    sessionId: row.sessionId,
    range: args.range,
    status: args.status,
    // The old gig no longer holds the client's time.
    excludeGigIds: [row.id],
    replacesGigId: row.id,
    meetingPerson: row.meetingPerson,
    bringItems: row.bringItems,
    userId: args.userId,
    now: args.now,
  });
}

export const swapWorker = defineAction({
  name: "coordination.swapWorker",
  input: swapWorkerSchema,
  permission: "gig.manage",
  load: async ({ tx, input }) => {
    const g = await findGigForAction(tx, input.gigId);
    return g && { target: gigTarget(g), row: g };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    if (!isGigIn(CHANGEABLE_GIG_STATES, row.status)) throw ruleViolation("GIG_NOT_IN_STATE");
    if (input.clientId === row.clientId) throw ruleViolation("DOUBLE_BOOKED");
    const gig = await replaceGig(tx, row, {
      clientId: input.clientId,
      range: { startsAt: row.startsAt, endsAt: row.endsAt },
      status: "PLANNED",
      reason: input.reason,
      userId: user.userId,
      now,
    });
    await audit({ action: "gig.swap", entityType: "Gig", entityId: gig.id, clientId: input.clientId, details: { replaces: row.id, reason: input.reason } });
    await tellClientGigCancelled(tx, row, now);
    await syncOrderProgress(tx, row.orderId, user.userId);
    return { id: gig.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => [...orderPaths(data.orderId), "/client"],
});

export const rescheduleGig = defineAction({
  name: "coordination.rescheduleGig",
  input: rescheduleGigSchema,
  permission: "gig.manage",
  load: async ({ tx, input }) => {
    const g = await findGigForAction(tx, input.gigId);
    return g && { target: gigTarget(g), row: g };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    const range = { startsAt: helsinkiInstant(input.day, input.start), endsAt: helsinkiInstant(input.day, input.end) };
    if (startsInPast(range.startsAt, now)) throw ruleViolation("SESSION_IN_PAST");
    const gig = await replaceGig(tx, row, {
      clientId: row.clientId,
      range,
      // A client who had already seen the gig accepts the new time again.
      status: row.status === "PLANNED" ? "PLANNED" : "OFFERED",
      reason: input.agreement,
      userId: user.userId,
      now,
    });
    await audit({ action: "gig.reschedule", entityType: "Gig", entityId: gig.id, clientId: row.clientId, details: { replaces: row.id, agreement: input.agreement } });
    await tellClientGigRescheduled(tx, row, gig.id, now);
    await syncOrderProgress(tx, row.orderId, user.userId);
    return { id: gig.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => [...orderPaths(data.orderId), "/client"],
});

export const cancelGig = defineAction({
  name: "coordination.cancelGig",
  input: cancelGigSchema,
  permission: "gig.manage",
  load: async ({ tx, input }) => {
    const g = await findGigForAction(tx, input.gigId);
    return g && { target: gigTarget(g), row: g };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    await moveGig(tx, row, "CANCELLED", { cancelReason: input.reason });
    await audit({ action: "gig.cancel", entityType: "Gig", entityId: row.id, clientId: row.clientId, details: { reason: input.reason } });
    await tellClientGigCancelled(tx, row, now);
    await syncOrderProgress(tx, row.orderId, user.userId);
    return { id: row.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => [...orderPaths(data.orderId), "/client"],
});

export const markOrderApproved = defineAction({
  name: "coordination.markOrderApproved",
  input: markOrderApprovedSchema,
  permission: "order.markApproved",
  load: async ({ tx, input }) => {
    const order = await findOrderForCoordination(tx, input.orderId);
    return order && { target: { jobcenterId: order.jobcenterId }, row: order };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    await syncOrderProgress(tx, row.id, user.userId);
    const current = await findOrderStatus(tx, row.id);
    if (current.status !== "DONE") throw ruleViolation("INVALID_STATE");
    // Approval is what goes to billing.
    await requireVerifiedOrderer(tx, row.id);
    // Whatever moved the order to DONE, a gig still reported or planned keeps it there.
    if (!orderHoursApproved(await findOrderGigStates(tx, row.id))) throw ruleViolation("ORDER_HOURS_NOT_APPROVED");
    await moveOrderStatus(tx, current, "APPROVED", user.userId, input.note ?? undefined);
    await audit({ action: "order.approve", entityType: "Order", entityId: row.id });
    // The orderer is asked for feedback on the workers (ADR 047).
    await askOrdererFeedback(tx, row.id, now);
    return { orderId: row.id };
  },
  revalidate: ({ input }) => [...orderPaths(input.orderId), "/orderer"],
});
