import { randomBytes, randomUUID } from "node:crypto";
import { hashToken } from "../../../src/lib/hash";
import * as orderers from "../../../src/features/orderers/actions";
import { entry } from "../../support/matrix";
import { makeOrder } from "../../support/orders";
import { personaNames, type World } from "../../support/world";

// Who may order in whose name (ADR 055): the public email link and "forgot password", and the
// coordinator's decisions, which the coordinator of the order's Jobcenter alone may make.

/** A new orderer waiting for a coordinator, with an order in the disability Jobcenter. */
async function waitingOrder(w: World, twinOf?: string) {
  const o = await w.db.orderer.create({
    data: { kind: "COMPANY", name: `Uusi ${randomUUID().slice(0, 8)} Oy`, status: "UNVERIFIED", businessId: twinOf ? "0737546-2" : null, duplicateOfId: twinOf ?? null },
  });
  return (await makeOrder(w, { ordererId: o.id })).order;
}

/** A registration's email link, as the email carries it. */
async function emailLink(w: World) {
  const user = await w.db.user.create({ data: { email: `uusi-${randomUUID()}@example.fi`, name: "Uuno Uusi" } });
  const token = randomBytes(32).toString("base64url");
  await w.db.authToken.create({ data: { userId: user.id, kind: "EMAIL_VERIFY", tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) } });
  return token;
}

export const entries = [
  entry({ name: "orderers.confirmEmail", call: orderers.confirmEmail, input: async (w) => ({ token: await emailLink(w) }), allowed: personaNames }),
  entry({ name: "orderers.requestPasswordReset", call: orderers.requestPasswordReset, input: () => ({ email: "tilaaja@siisti.example" }), allowed: personaNames }),
  entry({
    name: "orderers.verifyOrderer",
    call: orderers.verifyOrderer,
    input: async (w) => ({ orderId: (await waitingOrder(w)).id, checks: ["BUSINESS_REGISTER" as const], note: "YTJ ja soitto" }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "orderers.joinOrderer",
    call: orderers.joinOrderer,
    input: async (w) => ({ orderId: (await waitingOrder(w, w.ordererX.id)).id, checks: ["CALLED_KNOWN_NUMBER" as const] }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "orderers.refuseOrderer",
    call: orderers.refuseOrderer,
    input: async (w) => ({ orderId: (await waitingOrder(w)).id, note: "Ei tunnista tilausta" }),
    allowed: ["coordinatorD"],
  }),
];
