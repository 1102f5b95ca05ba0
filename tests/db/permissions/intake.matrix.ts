import { randomBytes, randomUUID } from "node:crypto";
import * as intake from "../../../src/features/intake/actions";
import { hashToken } from "../../../src/lib/hash";
import { entry } from "../../support/matrix";
import { makeOrder, orderForm, upcomingSessions, withoutTerms } from "../../support/orders";
import { personaNames, type World } from "../../support/world";

// Orders from any channel (ADR 024): the coordinator of the Jobcenter enters an order; anyone
// holding the emailed review link may accept it (the link is the proof).

/** A phoned-in order waiting for its orderer, and its review link as the email carries it. */
async function reviewLink(w: World) {
  const { order } = await makeOrder(w, { status: "RECEIVED", accepted: false });
  const user = await w.db.user.create({ data: { email: `yhteys-${randomUUID()}@example.fi`, name: "Yrjö Yhteys" } });
  const token = randomBytes(32).toString("base64url");
  await w.db.authToken.create({ data: { userId: user.id, kind: "ORDER_REVIEW", orderId: order.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) } });
  const terms = await w.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: w.jobcenterD.id, locale: "fi" }, orderBy: { version: "desc" } });
  return { token, termsVersionId: terms.id };
}

export const entries = [
  entry({
    name: "intake.enterOrder",
    call: intake.enterOrder,
    input: async (w) => {
      const order = withoutTerms(await orderForm(w, { sessions: upcomingSessions() }));
      return {
        ordererMode: "existing" as const,
        ordererId: w.ordererX.id,
        kind: "COMPANY" as const,
        checks: [],
        contactName: "Tiina Tilaaja",
        contactEmail: "tilaaja@siisti.example",
        contactPhone: "040 123 4567",
        contactLocale: "fi" as const,
        order,
      };
    },
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "intake.acceptOrderByLink",
    call: intake.acceptOrderByLink,
    input: async (w) => ({ ...(await reviewLink(w)), acceptTerms: true as const, billingMethod: "EMAIL_INVOICE" as const, billingEmail: "laskut@example.fi", createAccount: false }),
    allowed: personaNames,
  }),
  entry({
    name: "intake.resendReviewLink",
    call: intake.resendReviewLink,
    input: async (w) => {
      const { token } = await reviewLink(w);
      const row = await w.db.authToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
      return { orderId: row.orderId! };
    },
    allowed: ["coordinatorD"],
  }),
];
