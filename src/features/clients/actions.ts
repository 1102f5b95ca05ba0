"use server";

import { dayMoveProblem } from "./rules";
import { createConsent, createWorkActivityDayMove, lockClientRow, markConsentWithdrawn, replaceWorkActivityHours, setClientReadiness, updateClientProfileFields } from "./mutations";
import { defineAction } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { clientTarget, findClientForAction, findConsentForAction, findDayMoveFacts } from "./queries";
import {
  addConsentSchema,
  moveWorkActivityDaySchema,
  setReadinessSchema,
  setWorkActivityHoursSchema,
  updateClientProfileSchema,
  withdrawConsentSchema,
} from "./schema";

const toMinute = (t: string) => {
  const [h, m] = t.split(":").map(Number) as [number, number];
  return h * 60 + m;
};
const paths = (clientId: string) => [`/unit/clients/${clientId}`, "/unit/clients", "/unit", "/unit/week", `/coordinator/clients/${clientId}`];

const loadClient = async ({ tx, input }: { tx: Parameters<typeof findClientForAction>[0]; input: { clientId: string } }) => {
  const c = await findClientForAction(tx, input.clientId);
  return c && { target: clientTarget(c), row: c };
};

export const updateClientProfile = defineAction({
  name: "clients.updateProfile",
  input: updateClientProfileSchema,
  permission: "client.update",
  load: loadClient,
  run: async ({ tx, row, input, audit }) => {
    const { clientId, ...data } = input;
    await updateClientProfileFields(tx, row.id, data);
    await audit({ action: "client.update", entityType: "Client", entityId: clientId, clientId, details: { fields: Object.keys(data) } });
    return { clientId };
  },
  revalidate: ({ input }) => paths(input.clientId),
});

export const setReadiness = defineAction({
  name: "clients.setReadiness",
  input: setReadinessSchema,
  permission: "client.readiness",
  load: loadClient,
  run: async ({ tx, row, input, user, audit }) => {
    await setClientReadiness(tx, row.id, input.status, input.note, user.userId);
    await audit({ action: "client.readiness", entityType: "Client", entityId: row.id, clientId: row.id, details: { from: row.readiness, to: input.status } });
    return { clientId: row.id };
  },
  revalidate: ({ input }) => paths(input.clientId),
});

export const addConsent = defineAction({
  name: "clients.addConsent",
  input: addConsentSchema,
  permission: "client.consent",
  load: loadClient,
  run: async ({ tx, row, input, user, audit }) => {
    const consent = await createConsent(tx, {
      clientId: row.id,
      parties: input.parties,
      partyKinds: input.partyKinds,
      scopes: input.scopes,
      scope: input.scope,
      agreedOn: input.agreedOn,
      validUntil: input.validUntil,
      recordedById: user.userId,
    });
    await audit({ action: "client.consent.add", entityType: "ConsentRecord", entityId: consent.id, clientId: row.id, details: { partyKinds: input.partyKinds, scopes: input.scopes } });
    return { id: consent.id, clientId: row.id };
  },
  revalidate: ({ input }) => paths(input.clientId),
});

export const withdrawConsent = defineAction({
  name: "clients.withdrawConsent",
  input: withdrawConsentSchema,
  permission: "client.consent",
  load: async ({ tx, input }) => {
    const consent = await findConsentForAction(tx, input.consentId);
    return consent && { target: clientTarget(consent.client), row: consent };
  },
  run: async ({ tx, row, now, audit }) => {
    if (row.withdrawnAt) throw ruleViolation("INVALID_STATE");
    await markConsentWithdrawn(tx, row.id, now);
    await audit({ action: "client.consent.withdraw", entityType: "ConsentRecord", entityId: row.id, clientId: row.clientId });
    return { clientId: row.clientId };
  },
  revalidate: ({ data }) => paths(data.clientId),
});

export const setWorkActivityHours = defineAction({
  name: "clients.setWorkActivityHours",
  input: setWorkActivityHoursSchema,
  permission: "client.workActivity",
  load: loadClient,
  run: async ({ tx, row, input, audit }) => {
    await replaceWorkActivityHours(
      tx,
      row.id,
      input.hours.map((h) => ({ weekday: h.weekday, startMinute: toMinute(h.start), endMinute: toMinute(h.end) })),
    );
    await audit({ action: "client.workActivityHours", entityType: "Client", entityId: row.id, clientId: row.id, details: { hours: input.hours } });
    return { clientId: row.id };
  },
  revalidate: ({ input }) => paths(input.clientId),
});

export const moveWorkActivityDay = defineAction({
  name: "clients.moveWorkActivityDay",
  input: moveWorkActivityDaySchema,
  permission: "client.workActivity",
  load: loadClient,
  run: async ({ tx, row, input, user, audit }) => {
    await lockClientRow(tx, row.id);
    const facts = await findDayMoveFacts(tx, row.id, input.toDate);
    const problem = dayMoveProblem({ ...facts, fromDay: input.fromDate, toDay: input.toDate });
    if (problem) throw ruleViolation(problem);
    const move = await createWorkActivityDayMove(tx, { clientId: row.id, fromDate: input.fromDate, toDate: input.toDate, reason: input.reason, byUserId: user.userId });
    await audit({ action: "client.workActivityDay.move", entityType: "WorkActivityDayMove", entityId: move.id, clientId: row.id, details: { from: input.fromDate, to: input.toDate } });
    return { id: move.id, clientId: row.id };
  },
  revalidate: ({ input }) => paths(input.clientId),
});
