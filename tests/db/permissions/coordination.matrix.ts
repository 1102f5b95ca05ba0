import {
  addSession,
  assignClient,
  cancelGig,
  confirmWorkActivityDay,
  markOrderApproved,
  nominateClient,
  offerGigs,
  offerToUnits,
  postOfferMessage,
  removeSession,
  rescheduleGig,
  respondToOffer,
  revokeNomination,
  swapWorker,
  withdrawOffer,
} from "../../../src/features/coordination/actions";
import { doneOrderWithApprovedHours } from "../../support/hours-review";
import { createClient, createGig, createOrder, createSession, nominate } from "../../support/coordination";
import { entry } from "../../support/matrix";
import type { World } from "../../support/world";

// Coordination on an order of the disability Jobcenter: its coordinator acts; the staff of unit
// Pajala (D1) answer offers to Pajala and nominate Pajala's clients.

async function offerToPajala(world: World) {
  const order = await createOrder(world, { status: "FINDING_WORKERS" });
  return world.db.unitOffer.create({ data: { orderId: order.id, unitId: world.unitD1.id, offeredById: world.users.coordinatorD.id } });
}

async function gigOf(world: World, status: "PLANNED" | "ACCEPTED" = "ACCEPTED") {
  const order = await createOrder(world, { status: "FINDING_WORKERS" });
  const client = await createClient(world);
  const session = await createSession(world, order.id, "2030-04-06", "10:00", "12:00");
  return createGig(world, { orderId: order.id, clientId: client.id, sessionId: session.id, status, day: "2030-04-06", start: "10:00", end: "12:00" });
}

export const entries = [
  entry({
    name: "coordination.offerToUnits",
    call: offerToUnits,
    input: async (w) => ({ orderId: (await createOrder(w)).id, unitIds: [w.unitD1.id] }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "coordination.withdrawOffer",
    call: withdrawOffer,
    input: async (w) => ({ offerId: (await offerToPajala(w)).id }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "coordination.respondToOffer",
    call: respondToOffer,
    input: async (w) => ({ offerId: (await offerToPajala(w)).id, answer: "INTERESTED" as const }),
    allowed: ["staffD1"],
  }),
  entry({
    name: "coordination.nominateClient",
    call: nominateClient,
    input: async (w) => ({
      offerId: (await offerToPajala(w)).id,
      clientId: w.clientD1.id,
      clientWantsGig: true,
      skillsCheck: "VERIFIED" as const,
      benefitCheck: "DONE" as const,
      supportMode: "PHONE" as const,
      supportPerson: "Olli",
    }),
    allowed: ["staffD1"],
  }),
  entry({
    name: "coordination.revokeNomination",
    call: revokeNomination,
    input: async (w) => {
      const order = await createOrder(w, { status: "FINDING_WORKERS" });
      return { nominationId: (await nominate(w, order.id, w.clientD1.id)).id };
    },
    allowed: ["staffD1"],
  }),
  entry({
    name: "coordination.postOfferMessage",
    call: postOfferMessage,
    input: async (w) => ({ offerId: (await offerToPajala(w)).id, body: "Sopiiko lauantai tilaajalle?" }),
    allowed: ["staffD1", "coordinatorD"],
  }),
  entry({
    name: "coordination.confirmWorkActivityDay",
    call: confirmWorkActivityDay,
    input: async (w) => {
      const gig = await gigOf(w, "PLANNED");
      await w.db.gig.update({ where: { id: gig.id }, data: { onWorkActivityDay: true } });
      return { gigId: gig.id };
    },
    allowed: ["staffD1"],
  }),
  entry({
    name: "coordination.addSession",
    call: addSession,
    input: async (w) => ({ orderId: (await createOrder(w)).id, day: "2030-04-06", start: "10:00", end: "12:00", workersNeeded: 2 }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "coordination.removeSession",
    call: removeSession,
    input: async (w) => ({ sessionId: (await createSession(w, (await createOrder(w)).id, "2030-04-06", "10:00", "12:00")).id }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "coordination.assignClient",
    call: assignClient,
    input: async (w) => {
      const order = await createOrder(w, { status: "FINDING_WORKERS" });
      const client = await createClient(w);
      await nominate(w, order.id, client.id);
      return { sessionId: (await createSession(w, order.id, "2030-04-06", "10:00", "12:00")).id, clientId: client.id };
    },
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "coordination.offerGigs",
    call: offerGigs,
    input: async (w) => ({ orderId: (await gigOf(w, "PLANNED")).orderId }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "coordination.swapWorker",
    call: swapWorker,
    input: async (w) => {
      const gig = await gigOf(w);
      const other = await createClient(w);
      await nominate(w, gig.orderId, other.id);
      return { gigId: gig.id, clientId: other.id, reason: "Sairastui" };
    },
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "coordination.rescheduleGig",
    call: rescheduleGig,
    input: async (w) => {
      // The new time goes through the assignment rules again: the client needs a readiness confirmation.
      const gig = await gigOf(w);
      await nominate(w, gig.orderId, gig.clientId);
      return { gigId: gig.id, day: "2030-04-13", start: "10:00", end: "12:00", agreement: "Sovittu puhelimessa" };
    },
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "coordination.cancelGig",
    call: cancelGig,
    input: async (w) => ({ gigId: (await gigOf(w)).id, reason: "Tilaaja perui" }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "coordination.markOrderApproved",
    call: markOrderApproved,
    // every gig's hours approved: only then may the order be approved
    input: async (w) => ({ orderId: (await doneOrderWithApprovedHours(w, { count: 1 })).order.id }),
    allowed: ["coordinatorD"],
  }),
];
