import {
  cancelGigForEnd,
  checkClientDuplicates,
  createClient as createClientAction,
  endClientTime,
  moveClientUnit,
  recordPathwayEvent,
  resumeClient,
} from "../../../src/features/people/actions";
import { createClient, createGig, createOrder } from "../../support/coordination";
import { entry } from "../../support/matrix";

let seq = 0;
const unique = () => `Uusi${++seq}`;

// Clients of unit Pajala (D1): Pajala's staff add, end and resume; a move is also the coordinator's.
export const entries = [
  entry({
    name: "people.checkDuplicates",
    call: checkClientDuplicates,
    input: (w) => ({ unitId: w.unitD1.id, firstName: "Maija", lastName: "Meikäläinen" }),
    allowed: ["staffD1"],
  }),
  entry({
    name: "people.createClient",
    call: createClientAction,
    input: (w) => ({
      unitId: w.unitD1.id,
      firstName: unique(),
      lastName: "Matriisi",
      benefits: ["DISABILITY_PENSION" as const],
      allowedContractModels: ["EMPLOYMENT" as const],
      skills: [],
      interests: [],
      workActivityHours: [],
      startedOn: "2026-12-01",
    }),
    allowed: ["staffD1"],
  }),
  entry({
    name: "people.endClientTime",
    call: endClientTime,
    input: async (w) => ({ clientId: (await createClient(w)).id, kind: "ENDED" as const, on: "2026-12-01", reason: "Siirtyi opiskelemaan", outcome: "EDUCATION" as const }),
    allowed: ["staffD1"],
  }),
  entry({
    name: "people.resumeClient",
    call: resumeClient,
    input: async (w) => {
      const c = await createClient(w);
      await w.db.client.update({ where: { id: c.id }, data: { status: "PAUSED", active: false } });
      return { clientId: c.id, on: "2026-12-01" };
    },
    allowed: ["staffD1"],
  }),
  entry({
    name: "people.cancelGigForEnd",
    call: cancelGigForEnd,
    input: async (w) => {
      const c = await createClient(w);
      const order = await createOrder(w);
      const gig = await createGig(w, { orderId: order.id, clientId: c.id, status: "ACCEPTED", day: "2030-03-04", start: "10:00", end: "12:00" });
      return { gigId: gig.id, reason: "Asiakkaan aika päättyy" };
    },
    allowed: ["staffD1"],
  }),
  entry({
    name: "people.moveClientUnit",
    call: moveClientUnit,
    input: async (w) => ({ clientId: (await createClient(w)).id, toUnitId: w.unitD2.id, reason: "Muutti" }),
    allowed: ["staffD1", "coordinatorD"],
  }),
  entry({
    name: "people.recordPathwayEvent",
    call: recordPathwayEvent,
    // Maija is Pajala's (D1): only Pajala's staff record her path; managers and coordinators read the counts.
    input: (w) => ({ clientId: w.clientD1.id, kind: "EDUCATION" as const, on: "2026-11-02", note: null }),
    allowed: ["staffD1"],
  }),
];
