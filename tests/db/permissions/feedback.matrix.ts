import { randomBytes, randomUUID } from "node:crypto";
import * as feedback from "../../../src/features/feedback/actions";
import { hashToken } from "../../../src/lib/hash";
import { createClientGig } from "../../support/client-app";
import { entry } from "../../support/matrix";
import { personaNames, type World } from "../../support/world";

// Feedback both ways (ADR 047): the client on their own done gig, their unit's staff for the
// debrief, and anyone holding an orderer's emailed feedback link (the link is the proof).

/** A done gig of clientD1 and the order's feedback link, as the email carries it. */
async function feedbackLink(w: World) {
  const { gig, order } = await createClientGig(w, { status: "APPROVED", startsAt: new Date(Date.now() - 5 * 3_600_000), approvedMinutes: 180 });
  const user = await w.db.user.create({ data: { email: `palaute-${randomUUID()}@example.fi`, name: "Pauli Palaute" } });
  const token = randomBytes(32).toString("base64url");
  await w.db.feedbackLink.create({ data: { orderId: order.id, userId: user.id, email: user.email!, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) } });
  return { token, gigId: gig.id };
}

const doneGig = async (w: World) => (await createClientGig(w, { status: "REPORTED", startsAt: new Date(Date.now() - 5 * 3_600_000) })).gig.id;

export const entries = [
  entry({
    name: "feedback.giveGigFeedback",
    call: feedback.giveGigFeedback,
    input: async (w) => ({ gigId: await doneGig(w), mood: 3, words: "Oli kiva päivä", shareWithOrderer: false }),
    allowed: ["clientD1"],
  }),
  entry({
    name: "feedback.recordDebrief",
    call: feedback.recordDebrief,
    input: async (w) => ({ gigId: await doneGig(w), wentWell: "Tuli ajoissa", toPractise: "Kysyä apua", clientView: "Haluaa lisää siivouskeikkoja" }),
    allowed: ["staffD1"],
  }),
  entry({
    name: "feedback.giveFeedbackByLink",
    call: feedback.giveFeedbackByLink,
    input: async (w) => ({ ...(await feedbackLink(w)), rating: 5, comment: "Huolellista työtä" }),
    allowed: personaNames,
  }),
];
