import { randomUUID } from "node:crypto";
import * as orders from "../../../src/features/orders/actions";
import * as pricing from "../../../src/features/pricing/actions";
import { entry } from "../../support/matrix";
import { makeOrder, orderForm, upcomingSessions } from "../../support/orders";
import { personaNames } from "../../support/world";

const everyone = personaNames;

export const entries = [
  entry({
    name: "orders.quoteOrder",
    call: orders.quoteOrder,
    input: (w) => ({ jobcenterId: w.jobcenterD.id, contractModel: "COMMISSION" as const, minutesPerWorker: 120, workerCount: 2 }),
    allowed: everyone,
  }),
  entry({
    name: "orders.registerAndOrder",
    call: orders.registerAndOrder,
    input: async (w) => ({
      submit: true,
      registration: {
        locale: "fi" as const,
        ordererKind: "COMPANY" as const,
        organisationName: "Uusi Oy",
        contactName: "Uuno Uusi",
        email: `uusi-${randomUUID()}@example.fi`,
        phone: "040 765 4321",
        password: "pitka-salasana-1",
      },
      order: await orderForm(w, { sessions: upcomingSessions() }),
    }),
    allowed: everyone,
  }),
  entry({
    name: "orders.saveOrderDraft",
    call: orders.saveOrderDraft,
    input: async (w) => {
      const { order } = await makeOrder(w, { status: "DRAFT" });
      return { jobcenterId: w.jobcenterD.id, orderId: order.id, requestKey: `rk-${randomUUID()}`, title: "Luonnos" };
    },
    allowed: ["ordererX"],
  }),
  entry({
    name: "orders.submitOrder",
    call: orders.submitOrder,
    input: async (w) => {
      const { order } = await makeOrder(w, { status: "DRAFT" });
      return { ...(await orderForm(w, { sessions: upcomingSessions() })), orderId: order.id };
    },
    allowed: ["ordererX"],
  }),
  entry({
    name: "orders.acceptOrderTerms",
    call: orders.acceptOrderTerms,
    input: async (w) => {
      const { order } = await makeOrder(w, { status: "RECEIVED" });
      const terms = await w.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: w.jobcenterD.id, locale: "fi" }, orderBy: { version: "desc" } });
      return { orderId: order.id, termsVersionId: terms.id };
    },
    allowed: ["ordererX"],
  }),
  entry({
    name: "orders.cancelOrder",
    call: orders.cancelOrder,
    input: async (w) => ({ orderId: (await makeOrder(w)).order.id, reason: "Ei tarvita" }),
    allowed: ["ordererX", "coordinatorD", "admin"],
  }),
  entry({
    name: "orders.postOrderMessage",
    call: orders.postOrderMessage,
    input: async (w) => ({ orderId: (await makeOrder(w)).order.id, body: "Hei!" }),
    allowed: ["ordererX", "coordinatorD"],
  }),
  entry({
    name: "orders.proposeOrderChange",
    call: orders.proposeOrderChange,
    input: async (w) => ({ orderId: (await makeOrder(w)).order.id, description: "Iso tilaus", reason: "Yli 100 tuntia", newUnitPriceCents: 1300 }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "orders.decideOrderChange",
    call: orders.decideOrderChange,
    input: async (w) => {
      const { order } = await makeOrder(w);
      const change = await w.db.orderChange.create({ data: { orderId: order.id, proposedById: w.users.coordinatorD.id, description: "Lisää tekijä", newWorkerCount: 2 } });
      return { changeId: change.id, decision: "DECLINE" as const };
    },
    allowed: ["ordererX"],
  }),
  entry({
    name: "orders.giveFeedback",
    call: orders.giveFeedback,
    input: async (w) => ({ gigId: (await makeOrder(w, { status: "DONE", gigs: ["APPROVED"] })).gigs[0]!.id, rating: 5, comment: "Hyvää työtä" }),
    allowed: ["ordererX"],
  }),
  entry({
    name: "orders.recordFeedbackOnProfile",
    call: orders.recordFeedbackOnProfile,
    input: async (w) => {
      const { order, gigs } = await makeOrder(w, { status: "DONE", gigs: ["APPROVED"] });
      const fb = await w.db.feedback.create({ data: { orderId: order.id, gigId: gigs[0]!.id, clientId: w.clientD1.id, authorUserId: w.users.ordererX.id, rating: 4 } });
      return { feedbackId: fb.id };
    },
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "orders.recordHire",
    call: orders.recordHire,
    input: async (w) => {
      // a fresh client per call: a hire is once per client and orderer
      const client = await w.db.client.create({ data: { unitId: w.unitD1.id, firstName: "Hanna", lastName: "Hire" } });
      const { gigs } = await makeOrder(w, { status: "DONE", gigs: ["APPROVED"] });
      await w.db.gig.update({ where: { id: gigs[0]!.id }, data: { clientId: client.id } });
      return { gigId: gigs[0]!.id, hiredOn: "2026-12-15" };
    },
    allowed: ["ordererX"],
  }),
  entry({
    name: "pricing.createPriceList",
    call: pricing.createPriceList,
    input: (w) => ({ jobcenterId: w.jobcenterR.id, contractModel: "EMPLOYMENT" as const, validFrom: "2099-01-01", workerPay: "10,00", sideCosts: "5,50", serviceCosts: "4,50" }),
    allowed: ["admin"],
  }),
  entry({
    name: "pricing.createVatRate",
    call: pricing.createVatRate,
    input: () => ({ ratePercent: "26", validFrom: "2099-01-01" }),
    allowed: ["admin"],
  }),
  entry({
    name: "pricing.createTermsVersion",
    call: pricing.createTermsVersion,
    input: (w) => ({ jobcenterId: w.jobcenterR.id, locale: "en" as const, title: "Order terms", body: "New terms text that is long enough.", cancellationFee: "60,00", validFrom: "2099-01-01" }),
    allowed: ["admin"],
  }),
];
