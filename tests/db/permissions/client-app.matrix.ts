import { acceptGig, declineGig, finishGig, issueClientSignIn, reportHours, startGig } from "../../../src/features/client-app/actions";
import { createClientGig } from "../../support/client-app";
import { entry } from "../../support/matrix";

// The client acts on their own gigs; their unit's staff may do the same in support mode.
const clientAndStaff = ["clientD1", "staffD1"] as const;
let n = 0;

export const entries = [
  entry({
    name: "clientApp.acceptGig",
    call: acceptGig,
    input: async (w) => ({ gigId: (await createClientGig(w, { status: "OFFERED" })).gig.id }),
    allowed: clientAndStaff,
  }),
  entry({
    name: "clientApp.declineGig",
    call: declineGig,
    input: async (w) => ({ gigId: (await createClientGig(w, { status: "OFFERED" })).gig.id, reason: "Olen silloin lääkärissä" }),
    allowed: clientAndStaff,
  }),
  entry({
    name: "clientApp.startGig",
    call: startGig,
    input: async (w) => ({ gigId: (await createClientGig(w, { status: "ACCEPTED", startsAt: new Date(Date.now() - 60_000) })).gig.id }),
    allowed: clientAndStaff,
  }),
  entry({
    name: "clientApp.finishGig",
    call: finishGig,
    input: async (w) => {
      const startsAt = new Date(Date.now() - 3 * 3_600_000);
      return { gigId: (await createClientGig(w, { status: "STARTED", startsAt, startedAt: startsAt })).gig.id, note: "Valmis" };
    },
    allowed: clientAndStaff,
  }),
  entry({
    name: "clientApp.reportHours",
    call: reportHours,
    input: async (w) => ({
      gigId: (await createClientGig(w, { status: "ACCEPTED", startsAt: new Date(Date.now() - 4 * 3_600_000) })).gig.id,
      hours: 3,
      minutes: 15,
    }),
    allowed: clientAndStaff,
  }),
  entry({
    name: "clientApp.issueClientSignIn",
    call: issueClientSignIn,
    input: (w) => ({ clientId: w.clientD2.id, username: `ville${++n}` }),
    allowed: ["staffD1"],
  }),
];
