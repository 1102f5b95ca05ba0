"use server";

import { recordAudit } from "@/features/audit/mutations";
import { defineAction, definePublicAction, type Tx } from "@/server/action";
import { ActionError, ruleViolation } from "@/server/errors";
import * as m from "./mutations";
import { findFeedbackLink, findGigForFeedback } from "./queries";
import { feedbackLinkUsable, gigIsDone } from "./rules";
import { feedbackByLinkSchema, giveGigFeedbackSchema, recordDebriefSchema } from "./schema";

// Feedback both ways (ADR 047).

async function loadGig({ tx, input }: { tx: Tx; input: { gigId: string } }) {
  const gig = await findGigForFeedback(tx, input.gigId);
  return gig && { target: { clientId: gig.clientId, unitId: gig.client.unitId, jobcenterId: gig.client.unit.jobcenterId }, row: gig };
}

/** The client's faces and words about their done gig; never required, the words shared only by choice. */
export const giveGigFeedback = defineAction({
  name: "feedback.giveGigFeedback",
  input: giveGigFeedbackSchema,
  permission: "gigFeedback.give",
  load: loadGig,
  run: async ({ tx, row, input, user, audit }) => {
    if (!gigIsDone(row)) throw ruleViolation("GIG_NOT_IN_STATE");
    const r = await m.saveClientFeedback(tx, row, user.userId, { mood: input.mood, words: input.words, shareWithOrderer: input.shareWithOrderer });
    await audit({ action: "client.gigFeedback", entityType: "Gig", entityId: row.id, clientId: row.clientId, details: { mood: input.mood, shared: input.shareWithOrderer } });
    return { id: r.id, gigId: row.id };
  },
  revalidate: ({ data }) => [`/client/gigs/${data.gigId}`, "/client"],
});

/** Unit staff went through the gig with the client: what went well, what to practise, the client's own view. */
export const recordDebrief = defineAction({
  name: "feedback.recordDebrief",
  input: recordDebriefSchema,
  permission: "debrief.record",
  load: loadGig,
  run: async ({ tx, row, input, user, audit }) => {
    if (!gigIsDone(row)) throw ruleViolation("GIG_NOT_IN_STATE");
    const r = await m.saveDebrief(tx, row, user.userId, { wentWell: input.wentWell, toPractise: input.toPractise, clientView: input.clientView });
    await audit({ action: "client.debrief", entityType: "Gig", entityId: row.id, clientId: row.clientId });
    return { id: r.id, clientId: row.clientId };
  },
  revalidate: ({ data }) => [`/unit/clients/${data.clientId}`, `/coordinator/clients/${data.clientId}`],
});

/** An orderer's contact known only by email rates a worker from the emailed link (no account). */
export const giveFeedbackByLink = definePublicAction({
  name: "feedback.giveByLink",
  input: feedbackByLinkSchema,
  // like the other email links (ADR 050): guessing a token is bounded per address
  rateLimit: { points: 20, durationSeconds: 900 },
  run: async ({ tx, input, now }) => {
    const link = await findFeedbackLink(tx, input.token);
    if (!link || !feedbackLinkUsable(link, now)) throw new ActionError("NOT_FOUND");
    const gig = await findGigForFeedback(tx, input.gigId);
    // only the link's own order; a gig of another order is as unknown as a wrong token
    if (!gig || gig.orderId !== link.orderId) throw new ActionError("NOT_FOUND");
    if (!gigIsDone(gig)) throw ruleViolation("GIG_NOT_IN_STATE");
    const r = await m.saveFeedbackByLink(tx, gig, link.userId, { rating: input.rating, comment: input.comment });
    await m.tellClientFeedbackReceived(tx, gig, gig.order.title, now);
    await recordAudit(tx, { actorUserId: link.userId, action: "feedback.giveByLink", entityType: "Feedback", entityId: r.id, clientId: gig.clientId });
    return { id: r.id };
  },
  revalidate: () => [],
});
