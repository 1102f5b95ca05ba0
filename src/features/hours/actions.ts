"use server";

import { syncOrderProgress } from "@/features/coordination/mutations";
import { moveGig } from "@/features/gigs/mutations";
import { eventKey } from "@/features/notifications/matrix";
import { notifyOrderEvent } from "@/features/notifications/mutations";
import { tellClientHoursApproved, tellClientHoursCorrected, tellStaffNearBenefitLimit } from "@/features/notifications/events";
import { defineAction } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { addHoursEvent, confirmGigHours, correctGigHours, disputeGigHours, resolveGigDispute } from "./mutations";
import { findGigForHours, findGigForReview, findOrderForReview } from "./queries";
import { awaitsReview, countedGigs, hoursStepProblem, invoicedHoursProblem, reviewProblem } from "./rules";
import {
  approveHoursSchema,
  confirmOrderHoursSchema,
  correctHoursSchema,
  disputeGigHoursSchema,
  enterHoursSchema,
  resolveHoursDisputeSchema,
} from "./schema";
import { isGigInvoiced } from "@/features/invoicing/queries";
import { recordFirstGigOnce } from "@/features/people/mutations";
import { dayKey } from "@/lib/dates";

type GigRow = NonNullable<Awaited<ReturnType<typeof findGigForHours>>>;
const target = (g: GigRow) => ({ jobcenterId: g.order.jobcenterId, unitId: g.client.unitId });
const paths = (g: { orderId: string }) => [`/coordinator/orders/${g.orderId}`, "/coordinator", "/unit/week", "/client"];

export const approveHours = defineAction({
  name: "hours.approve",
  input: approveHoursSchema,
  permission: "hours.approve",
  load: async ({ tx, input }) => {
    const g = await findGigForHours(tx, input.gigId);
    return g && { target: target(g), row: g };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    const problem = hoursStepProblem("APPROVE", row, input, now);
    if (problem) throw ruleViolation(problem);
    const minutes = input.minutes ?? row.reportedMinutes!;
    await moveGig(tx, row, "APPROVED", { approvedMinutes: minutes, approvedAt: now, approvedById: user.userId });
    await addHoursEvent(tx, row.id, "APPROVED", user.userId, minutes, input.reason);
    await tellClientHoursApproved(tx, row.id, { minutes, reportedMinutes: row.reportedMinutes, reason: input.reason }, now);
    await tellStaffNearBenefitLimit(tx, row.clientId, now);
    // The client's path (ADR 071): the first approved gig is their FIRST_GIG, once.
    await recordFirstGigOnce(tx, { clientId: row.clientId, on: dayKey(row.startsAt), note: null, byUserId: user.userId });
    await audit({ action: "hours.approve", entityType: "Gig", entityId: row.id, clientId: row.clientId, details: { minutes } });
    await syncOrderProgress(tx, row.orderId, user.userId);
    return { gigId: row.id, orderId: row.orderId, minutes };
  },
  revalidate: ({ data }) => paths(data),
});

export const enterHours = defineAction({
  name: "hours.enter",
  input: enterHoursSchema,
  permission: "hours.approve",
  load: async ({ tx, input }) => {
    const g = await findGigForHours(tx, input.gigId);
    return g && { target: target(g), row: g };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    const problem = hoursStepProblem("ENTER", row, input, now);
    if (problem) throw ruleViolation(problem);
    // For a client who does not use the app: staff report and approve in one step, through
    // the same states as a client's report (ACCEPTED/STARTED → REPORTED → APPROVED).
    await moveGig(tx, row, "REPORTED", { reportedMinutes: input.minutes, reportNote: input.reason ?? null });
    await moveGig(tx, { id: row.id, status: "REPORTED" }, "APPROVED", { approvedMinutes: input.minutes, approvedAt: now, approvedById: user.userId });
    await addHoursEvent(tx, row.id, "ENTERED_BY_STAFF", user.userId, input.minutes, input.reason);
    await addHoursEvent(tx, row.id, "APPROVED", user.userId, input.minutes);
    await tellClientHoursApproved(tx, row.id, { minutes: input.minutes, reportedMinutes: null }, now);
    await tellStaffNearBenefitLimit(tx, row.clientId, now);
    await recordFirstGigOnce(tx, { clientId: row.clientId, on: dayKey(row.startsAt), note: null, byUserId: user.userId });
    await audit({ action: "hours.enter", entityType: "Gig", entityId: row.id, clientId: row.clientId, details: { minutes: input.minutes } });
    await syncOrderProgress(tx, row.orderId, user.userId);
    return { gigId: row.id, orderId: row.orderId, minutes: input.minutes };
  },
  revalidate: ({ data }) => paths(data),
});

export const correctHours = defineAction({
  name: "hours.correct",
  input: correctHoursSchema,
  permission: "hours.approve",
  load: async ({ tx, input }) => {
    const g = await findGigForHours(tx, input.gigId);
    return g && { target: target(g), row: g };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    const problem = hoursStepProblem("CORRECT", row, input, now) ?? invoicedHoursProblem(await isGigInvoiced(tx, row.id));
    if (problem) throw ruleViolation(problem);
    await correctGigHours(tx, row, { approvedMinutes: input.minutes, approvedAt: now, approvedById: user.userId });
    const correction = await addHoursEvent(tx, row.id, "CORRECTED", user.userId, input.minutes, input.reason);
    await tellClientHoursCorrected(tx, row.id, { eventId: correction.id, minutes: input.minutes, reason: input.reason }, now);
    await tellStaffNearBenefitLimit(tx, row.clientId, now);
    await audit({
      action: "hours.correct",
      entityType: "Gig",
      entityId: row.id,
      clientId: row.clientId,
      details: { from: row.approvedMinutes, to: input.minutes, reason: input.reason ?? null },
    });
    return { gigId: row.id, orderId: row.orderId, minutes: input.minutes };
  },
  revalidate: ({ data }) => paths(data),
});

// ───────────── the orderer's review of done work (ADR 035) ─────────────

const reviewPaths = (orderId: string) => [`/orderer/orders/${orderId}`, `/coordinator/orders/${orderId}`, "/orderer"];

export const confirmOrderHours = defineAction({
  name: "hours.confirmOrder",
  input: confirmOrderHoursSchema,
  permission: "hours.review",
  load: async ({ tx, input }) => {
    const o = await findOrderForReview(tx, input.orderId);
    return o && { target: { ordererId: o.ordererId, jobcenterId: o.jobcenterId }, row: o };
  },
  run: async ({ tx, row, user, now, audit }) => {
    const problem = reviewProblem(row.gigs);
    if (problem) throw ruleViolation(problem);
    // A disputed gig waits for the coordinator; the rest are confirmed now.
    const confirmed = await confirmGigHours(tx, countedGigs(row.gigs).filter(awaitsReview), "CONFIRMED", user.userId, now);
    await audit({ action: "hours.confirm", entityType: "Order", entityId: row.id, details: { gigs: confirmed.length } });
    return { orderId: row.id, confirmed: confirmed.length };
  },
  revalidate: ({ input }) => reviewPaths(input.orderId),
});
/** The orderer confirms the approved hours of a done order. */

export const disputeHours = defineAction({
  name: "hours.dispute",
  input: disputeGigHoursSchema,
  permission: "hours.review",
  load: async ({ tx, input }) => {
    const g = await findGigForReview(tx, input.gigId);
    const o = g && (await findOrderForReview(tx, g.orderId));
    return g && o && { target: { ordererId: g.order.ordererId, jobcenterId: g.order.jobcenterId }, row: { gig: g, order: o } };
  },
  run: async ({ tx, row: { gig, order }, input, user, now, audit }) => {
    const problem = reviewProblem(order.gigs, gig);
    if (problem) throw ruleViolation(problem);
    await disputeGigHours(tx, gig, input.reason, user.userId, now);
    await audit({ action: "hours.dispute", entityType: "Gig", entityId: gig.id, clientId: gig.clientId, details: { reason: input.reason } });
    await notifyOrderEvent(tx, gig.orderId, { kind: "coordinator.hoursDisputed", params: { reason: input.reason }, key: eventKey.hoursDisputed(gig.id), now });
    return { gigId: gig.id, orderId: gig.orderId };
  },
  revalidate: ({ data }) => reviewPaths(data.orderId),
});
/** The orderer disputes one gig's hours with a reason; the coordinator answers. */

export const resolveHoursDispute = defineAction({
  name: "hours.resolveDispute",
  input: resolveHoursDisputeSchema,
  permission: "hours.resolveDispute",
  load: async ({ tx, input }) => {
    const g = await findGigForReview(tx, input.gigId);
    return g && { target: { jobcenterId: g.order.jobcenterId }, row: g };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    if (row.status !== "APPROVED" || !row.hoursDisputedAt || row.hoursConfirmedAt) throw ruleViolation("DISPUTE_NOT_OPEN");
    const minutes = input.minutes ?? row.approvedMinutes!;
    const kind = await resolveGigDispute(tx, row, { minutes, reason: input.reason }, user.userId, now);
    // A dispute is resolved once per gig (the hours are confirmed after it), hence the fixed key.
    if (kind === "RESOLVED_CORRECTED") {
      await tellClientHoursCorrected(tx, row.id, { eventId: "dispute", minutes, reason: input.reason }, now);
      await tellStaffNearBenefitLimit(tx, row.clientId, now);
    }
    await audit({
      action: "hours.resolveDispute",
      entityType: "Gig",
      entityId: row.id,
      clientId: row.clientId,
      details: { outcome: kind, from: row.approvedMinutes, to: minutes, reason: input.reason },
    });
    return { gigId: row.id, orderId: row.orderId, outcome: kind, minutes };
  },
  revalidate: ({ data }) => [...reviewPaths(data.orderId), "/unit/week", "/client"],
});
/** The coordinator keeps or corrects the disputed minutes, with a reason; the hours are then confirmed. */
