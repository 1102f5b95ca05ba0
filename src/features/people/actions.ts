"use server";

import { tellClientGigCancelled } from "@/features/notifications/events";
import { moveGig } from "@/features/gigs/mutations";
import { syncOrderProgress } from "@/features/coordination/mutations";
import { defineAction, type Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { addPathwayEvents, createClientRecord, recordFirstGigOnce, recordHiredOnce, endClientSignIn, moveClientToUnit, noteToCoordinator, restoreClientSignIn, revokeClientNominations, setClientStatus } from "./mutations";
import { countOpenGigs, findClientForPeople, findGigForEnd, findUnitForAction, possibleTwins } from "./queries";
import { allowedModelsProblem, duplicateProblem, endTimeProblem, pathwayDayProblem, pathwayEventsForEnd, unitMoveProblem } from "./rules";
import { cancelGigForEndSchema, createClientSchema, duplicateCheckSchema, endClientTimeSchema, moveClientUnitSchema, recordPathwayEventSchema, resumeClientSchema } from "./schema";
import { dayKey } from "@/lib/dates";

// People in and out of a Jobcenter (ADR 012): unit staff add a client, pause or end their time
// and resume it; a client moves between the units of one Jobcenter with their history.

const clientPaths = (clientId: string) => [`/unit/clients/${clientId}`, "/unit/clients", "/unit", "/unit/support", `/coordinator/clients/${clientId}`, "/coordinator/units"];

async function loadUnit({ tx, input }: { tx: Tx; input: { unitId: string } }) {
  const unit = await findUnitForAction(tx, input.unitId);
  return unit && unit.active ? { target: { unitId: unit.id, jobcenterId: unit.jobcenterId }, row: unit } : null;
}

async function loadClient({ tx, input }: { tx: Tx; input: { clientId: string } }) {
  const c = await findClientForPeople(tx, input.clientId);
  return c && { target: { clientId: c.id, unitId: c.unitId, jobcenterId: c.unit.jobcenterId }, row: c };
}

/** Who in the Jobcenter may already be this person: shown by the add form before it asks. */
export const checkClientDuplicates = defineAction({
  name: "people.checkDuplicates",
  input: duplicateCheckSchema,
  permission: "client.create",
  load: loadUnit,
  run: async ({ tx, row, input }) => {
    const twins = await possibleTwins(tx, row.jobcenterId, { firstName: input.firstName, lastName: input.lastName, birthDate: input.birthDate ?? null, phone: input.phone });
    return { twins };
  },
});

export const createClient = defineAction({
  name: "people.createClient",
  input: createClientSchema,
  permission: "client.create",
  load: loadUnit,
  run: async ({ tx, row, input, user, audit }) => {
    const modelProblem = allowedModelsProblem(row.jobcenter, input, input.allowedContractModels);
    if (modelProblem) throw ruleViolation(modelProblem);
    const twins = await possibleTwins(tx, row.jobcenterId, { firstName: input.firstName, lastName: input.lastName, birthDate: input.birthDate ?? null, phone: input.phone });
    const dup = duplicateProblem(twins.length, input.confirmDuplicate);
    if (dup) throw ruleViolation(dup);
    const client = await createClientRecord(tx, input, user.userId);
    await audit({
      action: "client.create",
      entityType: "Client",
      entityId: client.id,
      clientId: client.id,
      details: { unitId: input.unitId, possibleTwins: twins.length, consent: !!input.consent },
    });
    return { clientId: client.id };
  },
  revalidate: ({ data }) => clientPaths(data.clientId),
});

/** Pauses or ends the client's time: refused while a gig is open; the sign-in ends, the data stays. */
export const endClientTime = defineAction({
  name: "people.endClientTime",
  input: endClientTimeSchema,
  permission: "client.end",
  load: loadClient,
  run: async ({ tx, row, input, user, now, audit }) => {
    const problem = endTimeProblem(row.status, input.kind, await countOpenGigs(tx, row.id));
    if (problem) throw ruleViolation(problem);
    if (!(await setClientStatus(tx, row.id, row.status, input.kind))) throw ruleViolation("INVALID_STATE");
    await addPathwayEvents(tx, { clientId: row.id, unitId: row.unitId, kinds: pathwayEventsForEnd(input.kind, input.outcome), on: input.on, note: input.reason, byUserId: user.userId });
    if (row.userId) await endClientSignIn(tx, row.userId, now);
    const nominationsRevoked = await revokeClientNominations(tx, row.id, now);
    await audit({
      action: input.kind === "PAUSED" ? "client.pause" : "client.end",
      entityType: "Client",
      entityId: row.id,
      clientId: row.id,
      details: { on: input.on, outcome: input.outcome ?? null, nominationsRevoked },
    });
    return { clientId: row.id };
  },
  revalidate: ({ input }) => clientPaths(input.clientId),
});

export const resumeClient = defineAction({
  name: "people.resumeClient",
  input: resumeClientSchema,
  permission: "client.end",
  load: loadClient,
  run: async ({ tx, row, input, user, audit }) => {
    const problem = endTimeProblem(row.status, "ACTIVE", 0);
    if (problem) throw ruleViolation(problem);
    if (!(await setClientStatus(tx, row.id, row.status, "ACTIVE"))) throw ruleViolation("INVALID_STATE");
    await addPathwayEvents(tx, { clientId: row.id, unitId: row.unitId, kinds: ["STARTED"], on: input.on, note: input.note, byUserId: user.userId });
    if (row.userId) await restoreClientSignIn(tx, row.userId);
    await audit({ action: "client.resume", entityType: "Client", entityId: row.id, clientId: row.id, details: { on: input.on } });
    return { clientId: row.id };
  },
  revalidate: ({ input }) => clientPaths(input.clientId),
});

/**
 * Unit staff cancel a gig of their client before the client's time ends; the coordinator is
 * told on the order. Swapping the worker stays the coordinator's (the page links to the order).
 */
export const cancelGigForEnd = defineAction({
  name: "people.cancelGigForEnd",
  input: cancelGigForEndSchema,
  permission: "client.end",
  load: async ({ tx, input }) => {
    const g = await findGigForEnd(tx, input.gigId);
    return g && { target: { clientId: g.client.id, unitId: g.client.unitId, jobcenterId: g.client.unit.jobcenterId }, row: g };
  },
  run: async ({ tx, row, input, user, now, audit }) => {
    await moveGig(tx, row, "CANCELLED", { cancelReason: input.reason });
    await tellClientGigCancelled(tx, row, now);
    await noteToCoordinator(tx, {
      orderId: row.orderId,
      authorUserId: user.userId,
      body: `${row.client.firstName}: keikka ${row.startsAt.toISOString().slice(0, 10)} peruttu yksiköstä. ${input.reason}`,
    });
    await audit({ action: "gig.cancel", entityType: "Gig", entityId: row.id, clientId: row.clientId, details: { reason: input.reason, byUnit: true } });
    await syncOrderProgress(tx, row.orderId, user.userId);
    return { id: row.id, orderId: row.orderId, clientId: row.clientId };
  },
  revalidate: ({ data }) => [...clientPaths(data.clientId), `/coordinator/orders/${data.orderId}`, "/client"],
});

/** Moves a client to another unit of the Jobcenter: their gigs, readiness and consents go along. */
export const moveClientUnit = defineAction({
  name: "people.moveClientUnit",
  input: moveClientUnitSchema,
  permission: "client.move",
  load: loadClient,
  run: async ({ tx, row, input, user, audit }) => {
    const to = await findUnitForAction(tx, input.toUnitId);
    if (!to) throw ruleViolation("UNIT_NOT_IN_JOBCENTER");
    const problem = unitMoveProblem({ id: row.unitId, jobcenterId: row.unit.jobcenterId }, to);
    if (problem) throw ruleViolation(problem);
    const move = await moveClientToUnit(tx, { clientId: row.id, fromUnitId: row.unitId, toUnitId: to.id, reason: input.reason, byUserId: user.userId });
    if (!move) throw ruleViolation("INVALID_STATE");
    await audit({ action: "client.move", entityType: "Client", entityId: row.id, clientId: row.id, details: { from: row.unitId, to: to.id } });
    return { clientId: row.id, unitId: to.id };
  },
  revalidate: ({ input }) => clientPaths(input.clientId),
});

/**
 * A dated pathway event recorded by the client's unit staff (ADR 071): education, supported
 * employment, the open labour market, Kela's vocational rehabilitation, or a start, first gig or
 * hire that happened before the app knew. Never in the future; a first gig once only.
 */
export const recordPathwayEvent = defineAction({
  name: "people.recordPathwayEvent",
  input: recordPathwayEventSchema,
  permission: "pathway.record",
  load: loadClient,
  run: async ({ tx, row, input, user, now, audit }) => {
    const problem = pathwayDayProblem(input.on, dayKey(now));
    if (problem) throw ruleViolation(problem);
    const e = { clientId: row.id, on: input.on, note: input.note, byUserId: user.userId };
    if (input.kind === "FIRST_GIG") {
      if (!(await recordFirstGigOnce(tx, e))) throw ruleViolation("FIRST_GIG_ALREADY_RECORDED");
    } else if (input.kind === "HIRED_BY_ORDERER") {
      await recordHiredOnce(tx, e);
    } else {
      await addPathwayEvents(tx, { ...e, unitId: row.unitId, kinds: [input.kind] });
    }
    await audit({ action: "client.pathway.record", entityType: "Client", entityId: row.id, clientId: row.id, details: { kind: input.kind, on: input.on } });
    return { clientId: row.id };
  },
  revalidate: ({ input }) => clientPaths(input.clientId),
});
