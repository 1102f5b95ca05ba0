"use server";

import { clearSignInThrottle } from "@/features/auth/mutations";
import { generatePin, hashSecret } from "@/features/auth/password";
import type { SessionUser } from "@/features/auth/session";
import { syncOrderProgress } from "@/features/coordination/mutations";
import { isGigIn, REPORTABLE_GIG_STATES } from "@/features/gigs/rules";
import { eventKey } from "@/features/notifications/matrix";
import { notifyOrderEvent } from "@/features/notifications/mutations";
import { tellStaffClientDeclined } from "@/features/notifications/events";
import { defineAction, type Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { findClientForSignIn, findGigForAction } from "./queries";
import { moveClientGig, setClientSignIn } from "./mutations";
import { canReportYet, canStartYet, finishInstant, minutesBetween } from "./rules";
import { gigStartWindowMinutes } from "./settings";
import { declineGigSchema, finishGigSchema, gigIdSchema, gigNoteSchema, issueSignInSchema, reportHoursSchema } from "./schema";

type ActionGig = NonNullable<Awaited<ReturnType<typeof findGigForAction>>>;

async function loadGig({ tx, input }: { tx: Tx; input: { gigId: string } }) {
  const gig = await findGigForAction(tx, input.gigId);
  return gig && { target: { clientId: gig.clientId, unitId: gig.client.unitId }, row: gig };
}

/** Unit staff acting for a client ("support mode") are audited under their own action names. */
function isSupport(user: SessionUser, gig: ActionGig): boolean {
  return user.clientId !== gig.clientId;
}

function auditGig(user: SessionUser, gig: ActionGig, verb: string, details?: Record<string, string | number | null>) {
  return {
    action: isSupport(user, gig) ? `client.support.${verb}` : `client.${verb}`,
    entityType: "Gig",
    entityId: gig.id,
    clientId: gig.clientId,
    details: { supportMode: isSupport(user, gig), ...details },
  };
}

function gigPaths(gigId: string) {
  return ["/client", `/client/gigs/${gigId}`, "/client/money", "/unit/support"];
}

export const acceptGig = defineAction({
  name: "clientApp.acceptGig",
  input: gigIdSchema,
  permission: "clientGig.answer",
  load: loadGig,
  run: async ({ tx, row, user, audit }) => {
    // A second tap (or a retry after a lost answer) finds the gig already accepted: harmless.
    if (row.status === "ACCEPTED") return { id: row.id, repeated: true };
    if (row.status !== "OFFERED") throw ruleViolation("GIG_NOT_IN_STATE");
    await moveClientGig(tx, row, "ACCEPTED", {});
    // The last accepted gig of a fully staffed order makes the order SCHEDULED.
    await syncOrderProgress(tx, row.orderId, user.userId);
    await audit(auditGig(user, row, "gig.accept"));
    return { id: row.id, repeated: false };
  },
  revalidate: ({ input }) => gigPaths(input.gigId),
});
/** "Yes, I'll come": the client accepts an offered gig. */

export const declineGig = defineAction({
  name: "clientApp.declineGig",
  input: declineGigSchema,
  permission: "clientGig.answer",
  load: loadGig,
  run: async ({ tx, row, input, user, now, audit }) => {
    if (row.status !== "OFFERED") throw ruleViolation("GIG_NOT_IN_STATE");
    await moveClientGig(tx, row, "DECLINED", { declineReason: input.reason ?? null });
    await audit(auditGig(user, row, "gig.decline"));
    await notifyOrderEvent(tx, row.orderId, { kind: "coordinator.clientDeclined", params: { startsAt: row.startsAt.toISOString() }, key: eventKey.clientDeclined(row.id) });
    // Staff answering for the client already know (ADR 046).
    if (!isSupport(user, row)) await tellStaffClientDeclined(tx, row.id, now);
    return { id: row.id };
  },
  revalidate: ({ input }) => gigPaths(input.gigId),
});
/** "No, thank you": declining is fine; the reason is optional. */

export const startGig = defineAction({
  name: "clientApp.startGig",
  input: gigNoteSchema,
  permission: "clientGig.report",
  load: loadGig,
  run: async ({ tx, row, input, user, now, audit }) => {
    if (row.status !== "ACCEPTED") throw ruleViolation("GIG_NOT_IN_STATE");
    if (!canStartYet(row, now, gigStartWindowMinutes())) throw ruleViolation("GIG_NOT_YET");
    await moveClientGig(tx, row, "STARTED", { startedAt: now }, { kind: "STARTED", reason: input.note, byUserId: user.userId });
    await audit(auditGig(user, row, "gig.start"));
    return { id: row.id, startedAt: now };
  },
  revalidate: ({ input }) => gigPaths(input.gigId),
});
/** "I started": the time starts running. */

export const finishGig = defineAction({
  name: "clientApp.finishGig",
  input: finishGigSchema,
  permission: "clientGig.report",
  load: loadGig,
  run: async ({ tx, row, input, user, now, audit }) => {
    // The phone's queue sends again until it hears an answer (ADR 080): a finish that already
    // arrived is answered with what was recorded, and nothing is written twice.
    if (row.status === "REPORTED" && row.finishedAt) return { id: row.id, minutes: row.reportedMinutes ?? 0, repeated: true };
    if (row.status !== "STARTED" || !row.startedAt) throw ruleViolation("GIG_NOT_IN_STATE");
    const at = finishInstant(row.startedAt, input.finishedAt ? new Date(input.finishedAt) : undefined, now);
    const minutes = minutesBetween(row.startedAt, at);
    await moveClientGig(
      tx,
      row,
      "REPORTED",
      { finishedAt: at, reportedMinutes: minutes, reportNote: input.note ?? null },
      { kind: "FINISHED", minutes, reason: input.note, byUserId: user.userId },
    );
    await audit(auditGig(user, row, "gig.finish", { minutes }));
    await notifyOrderEvent(tx, row.orderId, { kind: "coordinator.hoursReported", params: { startsAt: row.startsAt.toISOString() }, key: eventKey.hoursReported(row.id), now });
    return { id: row.id, minutes, repeated: false };
  },
  revalidate: ({ input }) => gigPaths(input.gigId),
});
/** "I finished": the time from "I started", rounded to a quarter hour, goes to staff for approval. */

export const reportHours = defineAction({
  name: "clientApp.reportHours",
  input: reportHoursSchema,
  permission: "clientGig.report",
  load: loadGig,
  run: async ({ tx, row, input, user, now, audit }) => {
    if (!isGigIn(REPORTABLE_GIG_STATES, row.status)) throw ruleViolation("GIG_NOT_IN_STATE");
    if (!canReportYet(row, now)) throw ruleViolation("GIG_NOT_BEGUN");
    const minutes = input.hours * 60 + input.minutes;
    // The same hours sent again (the phone's queue retrying, ADR 080) change nothing.
    if (row.status === "REPORTED" && row.reportedMinutes === minutes && row.reportNote === (input.note ?? null)) {
      return { id: row.id, minutes, repeated: true };
    }
    await moveClientGig(
      tx,
      row,
      "REPORTED",
      { finishedAt: row.status === "REPORTED" ? undefined : now, reportedMinutes: minutes, reportNote: input.note ?? null },
      { kind: isSupport(user, row) ? "ENTERED_BY_STAFF" : "REPORTED", minutes, reason: input.note, byUserId: user.userId },
    );
    await audit(auditGig(user, row, "gig.reportHours", { minutes }));
    await notifyOrderEvent(tx, row.orderId, { kind: "coordinator.hoursReported", params: { startsAt: row.startsAt.toISOString() }, key: eventKey.hoursReported(row.id), now });
    return { id: row.id, minutes, repeated: false };
  },
  revalidate: ({ input }) => gigPaths(input.gigId),
});
/** Enter the hours directly (also to fix them before they are approved). */

export const issueClientSignIn = defineAction({
  name: "clientApp.issueClientSignIn",
  input: issueSignInSchema,
  permission: "clientSignIn.issue",
  // A stolen staff session must not hand out PINs by the hundred (ADR 050).
  rateLimit: { points: 20, durationSeconds: 3600, key: ({ user }) => `user:${user.userId}` },
  load: async ({ tx, input }) => {
    const client = await findClientForSignIn(tx, input.clientId);
    return client && client.active ? { target: { unitId: client.unitId, clientId: client.id }, row: client } : null;
  },
  run: async ({ tx, row, input, audit }) => {
    const pin = generatePin();
    const { userId, created } = await setClientSignIn(tx, row, input.username, await hashSecret(pin));
    // The client was told to ask for a new code: with it, the throttling ends too.
    await clearSignInThrottle(tx, "client", input.username);
    await audit({
      action: created ? "client.signIn.issue" : "client.signIn.reset",
      entityType: "User",
      entityId: userId,
      clientId: row.id,
      details: { username: input.username },
    });
    // The PIN is shown once to the staff member and never stored in plain text.
    return { username: input.username, pin, created };
  },
  revalidate: () => ["/unit/support"],
});
/** Unit staff give a client a username and a new PIN (shown once); a reset ends old sessions. */
