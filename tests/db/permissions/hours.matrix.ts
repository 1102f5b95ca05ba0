import { approveHours, correctHours, enterHours } from "../../../src/features/hours/actions";
import { createClient, createGig, createOrder } from "../../support/coordination";
import { entry } from "../../support/matrix";
import type { World } from "../../support/world";

// A gig of a Pajala (D1) client on a disability Jobcenter order: its coordinator and the
// client's unit staff record hours.
async function gig(w: World, status: "REPORTED" | "ACCEPTED" | "APPROVED") {
  const order = await createOrder(w, { status: "SCHEDULED" });
  const client = await createClient(w);
  const g = await createGig(w, { orderId: order.id, clientId: client.id, status, day: "2030-04-06", start: "10:00", end: "12:00", reportedMinutes: 120 });
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
];
