"use server";

import { syncOrderProgress } from "@/features/coordination/mutations";
import { moveGig } from "@/features/gigs/mutations";
import { defineAction } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { addHoursEvent, correctGigHours } from "./mutations";
import { findGigForHours } from "./queries";
import { isGigInvoiced } from "@/features/invoicing/queries";
import { hoursStepProblem, invoicedHoursProblem } from "./rules";
import { approveHoursSchema, correctHoursSchema, enterHoursSchema } from "./schema";

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
    const problem = hoursStepProblem("APPROVE", row, input);
    if (problem) throw ruleViolation(problem);
    const minutes = input.minutes ?? row.reportedMinutes!;
    await moveGig(tx, row, "APPROVED", { approvedMinutes: minutes, approvedAt: now, approvedById: user.userId });
    await addHoursEvent(tx, row.id, "APPROVED", user.userId, minutes, input.reason);
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
    const problem = hoursStepProblem("ENTER", row, input);
    if (problem) throw ruleViolation(problem);
    // For a client who does not use the app: staff report and approve in one step, through
    // the same states as a client's report (ACCEPTED/STARTED → REPORTED → APPROVED).
    await moveGig(tx, row, "REPORTED", { reportedMinutes: input.minutes, reportNote: input.reason ?? null });
    await moveGig(tx, { id: row.id, status: "REPORTED" }, "APPROVED", { approvedMinutes: input.minutes, approvedAt: now, approvedById: user.userId });
    await addHoursEvent(tx, row.id, "ENTERED_BY_STAFF", user.userId, input.minutes, input.reason);
    await addHoursEvent(tx, row.id, "APPROVED", user.userId, input.minutes);
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
    const problem = hoursStepProblem("CORRECT", row, input) ?? invoicedHoursProblem(await isGigInvoiced(tx, row.id));
    if (problem) throw ruleViolation(problem);
    await correctGigHours(tx, row, { approvedMinutes: input.minutes, approvedAt: now, approvedById: user.userId });
    await addHoursEvent(tx, row.id, "CORRECTED", user.userId, input.minutes, input.reason);
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
