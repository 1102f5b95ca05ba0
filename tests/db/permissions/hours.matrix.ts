import { approveHours, confirmOrderHours, correctHours, disputeHours, enterHours, resolveHoursDispute } from "../../../src/features/hours/actions";
import { createClient, createGig, createOrder } from "../../support/coordination";
import { doneOrderWithApprovedHours } from "../../support/hours-review";
import { entry } from "../../support/matrix";
import type { World } from "../../support/world";

// A gig of a Pajala (D1) client on a disability Jobcenter order: its coordinator and the
// client's unit staff record hours.
async function gig(w: World, status: "REPORTED" | "ACCEPTED" | "APPROVED") {
  const order = await createOrder(w, { status: "SCHEDULED" });
  const client = await createClient(w);
  const g = await createGig(w, { orderId: order.id, clientId: client.id, status, day: "2026-04-06", start: "10:00", end: "12:00", reportedMinutes: 120 });
  if (status === "APPROVED") await w.db.gig.update({ where: { id: g.id }, data: { approvedMinutes: 120 } });
  return g;
}

export const entries = [
  entry({
    name: "hours.approve",
    call: approveHours,
    input: async (w) => ({ gigId: (await gig(w, "REPORTED")).id }),
    allowed: ["coordinatorD", "staffD1"],
  }),
  entry({
    name: "hours.enter",
    call: enterHours,
    input: async (w) => ({ gigId: (await gig(w, "ACCEPTED")).id, minutes: 110 }),
    allowed: ["coordinatorD", "staffD1"],
  }),
  entry({
    name: "hours.correct",
    call: correctHours,
    input: async (w) => ({ gigId: (await gig(w, "APPROVED")).id, minutes: 100, reason: "Korjaus" }),
    allowed: ["coordinatorD", "staffD1"],
  }),
  // The orderer's review (ADR 035): ordererX's done order with approved hours.
  entry({
    name: "hours.confirmOrder",
    call: confirmOrderHours,
    input: async (w) => ({ orderId: (await doneOrderWithApprovedHours(w, { count: 1 })).order.id }),
    allowed: ["ordererX"],
  }),
  entry({
    name: "hours.dispute",
    call: disputeHours,
    input: async (w) => ({ gigId: (await doneOrderWithApprovedHours(w, { count: 1 })).gigs[0]!.id, reason: "Tunnit eivät täsmää" }),
    allowed: ["ordererX"],
  }),
  entry({
    name: "hours.resolveDispute",
    call: resolveHoursDispute,
    input: async (w) => {
      const { gigs } = await doneOrderWithApprovedHours(w, { count: 1 });
      await w.db.gig.update({ where: { id: gigs[0]!.id }, data: { hoursDisputedAt: new Date() } });
      return { gigId: gigs[0]!.id, reason: "Tunnit täsmäävät" };
    },
    allowed: ["coordinatorD"],
  }),
];
