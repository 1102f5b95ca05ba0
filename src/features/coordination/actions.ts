"use server";

import { termsAccepted } from "@/features/orders/rules";
import { moveOrderStatus } from "@/features/orders/status-mutations";
import { helsinkiInstant } from "@/lib/dates";
import { defineAction, type Tx } from "@/server/action";
import { ActionError, ruleViolation } from "@/server/errors";
import { createGig, lockClient, moveGig, syncOrderProgress } from "./mutations";
import {
  activeNomination,
  assignmentCheck,
  findClientUnit,
  findGigForAction,
  findOfferForAction,
  findOrderForCoordination,
  findSessionForAction,
  lockSessionAndCountBookings,
} from "./queries";
import { workActivityClash } from "./rules";
import {
  addSessionSchema,
  assignClientSchema,
  cancelGigSchema,
  markOrderApprovedSchema,
  nominateClientSchema,
  offerGigsSchema,
  offerToUnitsSchema,
  removeSessionSchema,
  rescheduleGigSchema,
  respondToOfferSchema,
  revokeNominationSchema,
  swapWorkerSchema,
  withdrawOfferSchema,
} from "./schema";

/** A readiness confirmation is valid for this long after staff give it (ADR 030). */
const NOMINATION_VALID_DAYS = 60;
const CLOSED_ORDER = ["DONE", "APPROVED", "INVOICED", "CANCELLED"];

const orderPaths = (orderId: string) => [`/coordinator/orders/${orderId}`, "/coordinator", "/unit", "/unit/week"];

type OrderRow = NonNullable<Awaited<ReturnType<typeof findOrderForCoordination>>>;

/**
 * Checks every assignment rule for one client and one time, after locking the client's row
 * (ADR 032), and creates the gig. Throws the first broken rule.
 */
async function assignChecked(
  tx: Tx,
  args: {
    order: OrderRow;
    clientId: string;
    sessionId: string | null;
    range: { startsAt: Date; endsAt: Date };
    status: "PLANNED" | "OFFERED";
    workActivityDayConfirmed: boolean;
    excludeGigIds?: string[];
    replacesGigId?: string;
    meetingPerson?: string | null;
    bringItems?: string | null;
    userId: string;
    now: Date;
  },
) {
  await lockClient(tx, args.clientId);
  const checked = await assignmentCheck(tx, args.order, [args.clientId], args.range, {
    now: args.now,
    workActivityDayConfirmed: args.workActivityDayConfirmed,
    excludeGigIds: args.excludeGigIds,
  });
  const problems = checked.get(args.clientId);
  if (!problems) throw new ActionError("NOT_FOUND");
  if (problems.length > 0) throw ruleViolation(problems[0]!);
  const nomination = await activeNomination(tx, args.order.id, args.clientId);
  const client = await tx.client.findUniqueOrThrow({ where: { id: args.clientId }, include: { workActivityHours: true, workActivityMoves: true } });
  const onDay =
    args.order.jobcenter.kind === "DISABILITY_WORK_ACTIVITY" && workActivityClash(args.range, client.workActivityHours, client.workActivityMoves).onWorkActivityDay;
  return createGig(tx, {
    orderId: args.order.id,
    sessionId: args.sessionId,
    clientId: args.clientId,
    status: args.status,
    startsAt: args.range.startsAt,
    endsAt: args.range.endsAt,
    supportMode: nomination?.supportMode ?? "NONE",
    supportPerson: nomination?.supportPerson ?? null,
    meetingPerson: args.meetingPerson ?? null,
    bringItems: args.bringItems ?? null,
    onWorkActivityDay: onDay,
    workActivityDayConfirmedById: onDay ? args.userId : null,
    replacesGigId: args.replacesGigId ?? null,
    createdById: args.userId,
  });
}

// ───────────── offers to units ─────────────

const offerToUnits_ = defineAction({
  name: "coordination.offerToUnits",
  input: offerToUnitsSchema,
  permission: "offer.create",
  load: async ({ tx, input }) => {
    const order = await findOrderForCoordination(tx, input.orderId);
    return order && { target: { jobcenterId: order.jobcenterId }, row: order };
  },
  run: async ({ tx, row, input, user, audit }) => {
    if (!termsAccepted(row)) throw ruleViolation("TERMS_NOT_ACCEPTED");
    if (CLOSED_ORDER.includes(row.status)) throw ruleViolation("INVALID_STATE");
    const units = await tx.unit.findMany({ where: { id: { in: input.unitIds }, jobcenterId: row.jobcenterId, active: true }, select: { id: true } });
    if (units.length !== new Set(input.unitIds).size) throw new ActionError("NOT_FOUND");
    for (const unit of units) {
      await tx.unitOffer.upsert({
        where: { orderId_unitId: { orderId: row.id, unitId: unit.id } },
        create: { orderId: row.id, unitId: unit.id, offeredById: user.userId, message: input.message ?? null },
        update: { status: "PENDING", message: input.message ?? null, offeredById: user.userId, respondedAt: null, respondedById: null, responseNote: null },
      });
    }
    if (row.status === "TERMS_ACCEPTED") await moveOrderStatus(tx, row, "FINDING_WORKERS", user.userId);
    await audit({ action: "offer.create", entityType: "Order", entityId: row.id, details: { unitIds: units.map((u) => u.id) } });
    return { orderId: row.id, offered: units.length };
  },
  revalidate: ({ input }) => orderPaths(input.orderId),
});
export async function offerToUnits(input: unknown) {
  return offerToUnits_(input);
}

const withdrawOffer_ = defineAction({
  name: "coordination.withdrawOffer",
  input: withdrawOfferSchema,
  permission: "offer.withdraw",
  load: async ({ tx, input }) => {
    const offer = await findOfferForAction(tx, input.offerId);
    return offer && { target: { jobcenterId: offer.order.jobcenterId }, row: offer };
  },
  run: async ({ tx, row, audit }) => {
    if (row.status === "WITHDRAWN") throw ruleViolation("INVALID_STATE");
    await tx.unitOffer.update({ where: { id: row.id }, data: { status: "WITHDRAWN" } });
    await audit({ action: "offer.withdraw", entityType: "UnitOffer", entityId: row.id });
    return { orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});
export async function withdrawOffer(input: unknown) {
  return withdrawOffer_(input);
}

const respondToOffer_ = defineAction({
  name: "coordination.respondToOffer",
  input: respondToOfferSchema,
  permission: "offer.respond",
  load: async ({ tx, input }) => {
    const offer = await findOfferForAction(tx, input.offerId);
    return offer && { target: { unitId: offer.unitId, jobcenterId: offer.order.jobcenterId }, row: offer };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    if (row.status === "WITHDRAWN") throw ruleViolation("INVALID_STATE");
    await tx.unitOffer.update({
      where: { id: row.id },
      data: { status: input.answer, responseNote: input.note ?? null, respondedById: user.userId, respondedAt: now },
    });
    await audit({ action: "offer.respond", entityType: "UnitOffer", entityId: row.id, details: { answer: input.answer } });
    return { orderId: row.orderId };
  },
  revalidate: ({ input, data }) => [...orderPaths(data.orderId), `/unit/offers/${input.offerId}`],
});
export async function respondToOffer(input: unknown) {
  return respondToOffer_(input);
}

// ───────────── readiness confirmations ─────────────

const nominateClient_ = defineAction({
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
    if (offer.status === "WITHDRAWN" || CLOSED_ORDER.includes(offer.order.status)) throw ruleViolation("INVALID_STATE");
    if (!termsAccepted(offer.order)) throw ruleViolation("TERMS_NOT_ACCEPTED");
    // A new confirmation replaces the earlier one for the same order.
    await tx.nomination.updateMany({ where: { orderId: offer.orderId, clientId: client.id, revokedAt: null }, data: { revokedAt: now } });
    const nomination = await tx.nomination.create({
      data: {
        orderId: offer.orderId,
        unitOfferId: offer.id,
        clientId: client.id,
        nominatedById: user.userId,
        clientWantsGig: input.clientWantsGig,
        skillsCheck: input.skillsCheck,
        benefitCheck: input.benefitCheck,
        supportMode: input.supportMode,
        supportPerson: input.supportMode === "NONE" ? null : (input.supportPerson ?? null),
        note: input.note ?? null,
        validUntil: new Date(now.getTime() + NOMINATION_VALID_DAYS * 86_400_000),
      },
    });
    await tx.unitOffer.update({ where: { id: offer.id }, data: { status: "NOMINATED", respondedById: user.userId, respondedAt: now } });
    await audit({ action: "nomination.create", entityType: "Nomination", entityId: nomination.id, clientId: client.id });
    return { id: nomination.id, orderId: offer.orderId };
  },
  revalidate: ({ input, data }) => [...orderPaths(data.orderId), `/unit/offers/${input.offerId}`],
});
export async function nominateClient(input: unknown) {
  return nominateClient_(input);
}

const revokeNomination_ = defineAction({
  name: "coordination.revokeNomination",
  input: revokeNominationSchema,
  permission: "nomination.revoke",
  load: async ({ tx, input }) => {
    const n = await tx.nomination.findUnique({ where: { id: input.nominationId }, include: { client: { select: { unitId: true } } } });
    return n && { target: { unitId: n.client.unitId }, row: n };
  },
  run: async ({ tx, row, now, audit }) => {
    if (row.revokedAt) throw ruleViolation("INVALID_STATE");
    await tx.nomination.update({ where: { id: row.id }, data: { revokedAt: now } });
    await audit({ action: "nomination.revoke", entityType: "Nomination", entityId: row.id, clientId: row.clientId });
    return { orderId: row.orderId, offerId: row.unitOfferId };
  },
  revalidate: ({ data }) => [...orderPaths(data.orderId), ...(data.offerId ? [`/unit/offers/${data.offerId}`] : [])],
});
export async function revokeNomination(input: unknown) {
  return revokeNomination_(input);
}

// ───────────── sessions and gigs ─────────────

const addSession_ = defineAction({
  name: "coordination.addSession",
  input: addSessionSchema,
  permission: "session.manage",
  load: async ({ tx, input }) => {
    const order = await findOrderForCoordination(tx, input.orderId);
    return order && { target: { jobcenterId: order.jobcenterId }, row: order };
  },
  run: async ({ tx, row, input, audit }) => {
    if (CLOSED_ORDER.includes(row.status)) throw ruleViolation("INVALID_STATE");
    const session = await tx.orderSession.create({
      data: {
        orderId: row.id,
        startsAt: helsinkiInstant(input.day, input.start),
        endsAt: helsinkiInstant(input.day, input.end),
        workersNeeded: input.workersNeeded,
        note: input.note ?? null,
      },
    });
    await audit({ action: "session.create", entityType: "OrderSession", entityId: session.id });
    return { id: session.id, orderId: row.id };
  },
  revalidate: ({ input }) => orderPaths(input.orderId),
});
export async function addSession(input: unknown) {
  return addSession_(input);
}

const removeSession_ = defineAction({
  name: "coordination.removeSession",
  input: removeSessionSchema,
  permission: "session.manage",
  load: async ({ tx, input }) => {
    const s = await findSessionForAction(tx, input.sessionId);
    return s && { target: { jobcenterId: s.order.jobcenterId }, row: s };
  },
  run: async ({ tx, row, audit }) => {
    // Only an empty session goes; gigs keep their history.
    const gigs = await tx.gig.count({ where: { sessionId: row.id } });
    if (gigs > 0) throw ruleViolation("INVALID_STATE");
    await tx.orderSession.delete({ where: { id: row.id } });
    await audit({ action: "session.delete", entityType: "OrderSession", entityId: row.id });
    return { orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});
export async function removeSession(input: unknown) {
  return removeSession_(input);
}

const assignClient_ = defineAction({
  name: "coordination.assignClient",
  input: assignClientSchema,
  permission: "gig.manage",
  load: async ({ tx, input }) => {
    const s = await findSessionForAction(tx, input.sessionId);
    return s && { target: { jobcenterId: s.order.jobcenterId }, row: s };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    if (CLOSED_ORDER.includes(row.order.status)) throw ruleViolation("INVALID_STATE");
    if ((await lockSessionAndCountBookings(tx, row.id)) >= row.workersNeeded) throw ruleViolation("SESSION_FULL");
    const gig = await assignChecked(tx, {
      order: row.order,
      clientId: input.clientId,
      sessionId: row.id,
      range: { startsAt: row.startsAt, endsAt: row.endsAt },
      status: "PLANNED",
      workActivityDayConfirmed: input.workActivityDayConfirmed,
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
      details: gig.onWorkActivityDay ? { workActivityDayConfirmedByStaff: true } : undefined,
    });
    await syncOrderProgress(tx, row.orderId, user.userId);
    return { id: gig.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => orderPaths(data.orderId),
});
export async function assignClient(input: unknown) {
  return assignClient_(input);
}

const offerGigs_ = defineAction({
  name: "coordination.offerGigs",
  input: offerGigsSchema,
  permission: "gig.manage",
  load: async ({ tx, input }) => {
    const order = await findOrderForCoordination(tx, input.orderId);
    return order && { target: { jobcenterId: order.jobcenterId }, row: order };
  },
  run: async ({ tx, row, user, audit }) => {
    if (!termsAccepted(row)) throw ruleViolation("TERMS_NOT_ACCEPTED");
    const planned = await tx.gig.findMany({ where: { orderId: row.id, status: "PLANNED" }, select: { id: true, status: true, clientId: true } });
    if (planned.length === 0) throw ruleViolation("GIG_NOT_IN_STATE");
    for (const gig of planned) {
      await moveGig(tx, gig, "OFFERED");
      await audit({ action: "gig.offer", entityType: "Gig", entityId: gig.id, clientId: gig.clientId });
    }
    await syncOrderProgress(tx, row.id, user.userId);
    return { orderId: row.id, offered: planned.length };
  },
  revalidate: ({ input }) => [...orderPaths(input.orderId), "/client"],
});
export async function offerGigs(input: unknown) {
  return offerGigs_(input);
}

const gigTarget = (g: NonNullable<Awaited<ReturnType<typeof findGigForAction>>>) => ({ jobcenterId: g.order.jobcenterId });

const swapWorker_ = defineAction({
  name: "coordination.swapWorker",
  input: swapWorkerSchema,
  permission: "gig.manage",
  load: async ({ tx, input }) => {
    const g = await findGigForAction(tx, input.gigId);
    return g && { target: gigTarget(g), row: g };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    if (!["PLANNED", "OFFERED", "ACCEPTED"].includes(row.status)) throw ruleViolation("GIG_NOT_IN_STATE");
    if (input.clientId === row.clientId) throw ruleViolation("DOUBLE_BOOKED");
    await moveGig(tx, row, "REPLACED", { cancelReason: input.reason });
    const gig = await assignChecked(tx, {
      order: row.order,
      clientId: input.clientId,
      sessionId: row.sessionId,
      range: { startsAt: row.startsAt, endsAt: row.endsAt },
      status: "PLANNED",
      workActivityDayConfirmed: input.workActivityDayConfirmed,
      replacesGigId: row.id,
      meetingPerson: row.meetingPerson,
      bringItems: row.bringItems,
      userId: user.userId,
      now,
    });
    await audit({ action: "gig.swap", entityType: "Gig", entityId: gig.id, clientId: input.clientId, details: { replaces: row.id, reason: input.reason } });
    await syncOrderProgress(tx, row.orderId, user.userId);
    return { id: gig.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => [...orderPaths(data.orderId), "/client"],
});
export async function swapWorker(input: unknown) {
  return swapWorker_(input);
}

const rescheduleGig_ = defineAction({
  name: "coordination.rescheduleGig",
  input: rescheduleGigSchema,
  permission: "gig.manage",
  load: async ({ tx, input }) => {
    const g = await findGigForAction(tx, input.gigId);
    return g && { target: gigTarget(g), row: g };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    if (!["PLANNED", "OFFERED", "ACCEPTED"].includes(row.status)) throw ruleViolation("GIG_NOT_IN_STATE");
    // The old gig stays as history; the client accepts the new time again (ADR 030).
    await moveGig(tx, row, "REPLACED", { cancelReason: input.agreement });
    const gig = await assignChecked(tx, {
      order: row.order,
      clientId: row.clientId,
      sessionId: row.sessionId,
      range: { startsAt: helsinkiInstant(input.day, input.start), endsAt: helsinkiInstant(input.day, input.end) },
      status: row.status === "PLANNED" ? "PLANNED" : "OFFERED",
      workActivityDayConfirmed: input.workActivityDayConfirmed,
      excludeGigIds: [row.id],
      replacesGigId: row.id,
      meetingPerson: row.meetingPerson,
      bringItems: row.bringItems,
      userId: user.userId,
      now,
    });
    await audit({ action: "gig.reschedule", entityType: "Gig", entityId: gig.id, clientId: row.clientId, details: { replaces: row.id, agreement: input.agreement } });
    await syncOrderProgress(tx, row.orderId, user.userId);
    return { id: gig.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => [...orderPaths(data.orderId), "/client"],
});
export async function rescheduleGig(input: unknown) {
  return rescheduleGig_(input);
}

const cancelGig_ = defineAction({
  name: "coordination.cancelGig",
  input: cancelGigSchema,
  permission: "gig.manage",
  load: async ({ tx, input }) => {
    const g = await findGigForAction(tx, input.gigId);
    return g && { target: gigTarget(g), row: g };
  },
  run: async ({ tx, row, input, user, audit }) => {
    await moveGig(tx, row, "CANCELLED", { cancelReason: input.reason });
    await audit({ action: "gig.cancel", entityType: "Gig", entityId: row.id, clientId: row.clientId, details: { reason: input.reason } });
    await syncOrderProgress(tx, row.orderId, user.userId);
    return { id: row.id, orderId: row.orderId };
  },
  revalidate: ({ data }) => [...orderPaths(data.orderId), "/client"],
});
export async function cancelGig(input: unknown) {
  return cancelGig_(input);
}

const markOrderApproved_ = defineAction({
  name: "coordination.markOrderApproved",
  input: markOrderApprovedSchema,
  permission: "order.markApproved",
  load: async ({ tx, input }) => {
    const order = await findOrderForCoordination(tx, input.orderId);
    return order && { target: { jobcenterId: order.jobcenterId }, row: order };
  },
  run: async ({ tx, row, input, user, audit }) => {
    await syncOrderProgress(tx, row.id, user.userId);
    const current = await tx.order.findUniqueOrThrow({ where: { id: row.id }, select: { id: true, status: true } });
    if (current.status !== "DONE") throw ruleViolation("INVALID_STATE");
    await moveOrderStatus(tx, current, "APPROVED", user.userId, input.note);
    await audit({ action: "order.approve", entityType: "Order", entityId: row.id });
    return { orderId: row.id };
  },
  revalidate: ({ input }) => [...orderPaths(input.orderId), "/orderer"],
});
export async function markOrderApproved(input: unknown) {
  return markOrderApproved_(input);
}
