import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as orders from "../../../src/features/orders/actions";
import { staffableContractModelsOf } from "../../../src/features/clients/queries";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { createClient, createGig } from "../../support/coordination";
import { makeOrder, orderForm } from "../../support/orders";
import { as, type World } from "../../support/world";

// ADR 034: a Jobcenter offers only the contract models it can staff, and the coordinator
// changes a model through a change the orderer accepts.

let tdb: TestDatabase;
let w: World;

beforeAll(async () => {
  ({ tdb, world: w } = await createTestWorld());
});
afterAll(async () => tdb?.close());

const NOW = new Date("2026-11-22T10:00:00Z");
const rule = (rule: string) => ({ ok: false, error: "RULE_VIOLATION", rule });

async function formForR(overrides: Parameters<typeof orderForm>[1] = {}) {
  const terms = await w.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: w.jobcenterR.id, locale: "fi" }, orderBy: { version: "desc" } });
  return orderForm(w, { jobcenterId: w.jobcenterR.id, termsVersionId: terms.id, ...overrides });
}

describe("the models a Jobcenter can staff", () => {
  it("the rehabilitative Jobcenter, all of whose clients are on labour market subsidy, cannot staff a commission contract (the form never pre-selects it)", async () => {
    const r = await w.db.jobcenter.findUniqueOrThrow({ where: { id: w.jobcenterR.id } });
    const d = await w.db.jobcenter.findUniqueOrThrow({ where: { id: w.jobcenterD.id } });
    expect(await staffableContractModelsOf(w.db, r)).toEqual(["EMPLOYMENT", "PARTNER_EMPLOYER"]);
    expect(await staffableContractModelsOf(w.db, d)).toEqual(["COMMISSION", "EMPLOYMENT"]);
  });

  it("refuses to take an order under a model nobody can staff, saving nothing; another model goes through", async () => {
    const before = await w.db.order.count();
    expect(await as(w, "ordererX", async () => orders.submitOrder(await formForR({ contractModel: "COMMISSION" })), NOW)).toEqual(rule("CONTRACT_MODEL_NOT_STAFFABLE"));
    const { jobcenterId, requestKey, title } = await formForR();
    expect(await as(w, "ordererX", () => orders.saveOrderDraft({ jobcenterId, requestKey, title, contractModel: "COMMISSION" }), NOW)).toEqual(rule("CONTRACT_MODEL_NOT_STAFFABLE"));
    expect(await w.db.order.count()).toBe(before);
    expect(await as(w, "ordererX", async () => orders.submitOrder(await formForR({ contractModel: "EMPLOYMENT" })), NOW)).toMatchObject({ ok: true });
    // A draft without a model starts from one the Jobcenter can staff, never the first it lists.
    const draft = await as(w, "ordererX", () => orders.saveOrderDraft({ jobcenterId, requestKey, title }), NOW);
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    expect((await w.db.order.findUniqueOrThrow({ where: { id: draft.data.id } })).contractModel).toBe("EMPLOYMENT");
  });

  it("counts a client only while active and ready: a ready pensioner makes the commission contract possible", async () => {
    const jc = await w.db.jobcenter.findUniqueOrThrow({ where: { id: w.jobcenterR.id } });
    const pensioner = await w.db.client.create({
      data: { unitId: w.unitR1.id, firstName: "Eero", lastName: "Eläke", benefits: ["DISABILITY_PENSION"], allowedContractModels: ["COMMISSION"], readiness: "NOT_ASSESSED" },
    });
    expect(await staffableContractModelsOf(w.db, jc)).toEqual(["EMPLOYMENT", "PARTNER_EMPLOYER"]);
    await w.db.client.update({ where: { id: pensioner.id }, data: { readiness: "READY" } });
    expect(await staffableContractModelsOf(w.db, jc)).toEqual(["COMMISSION", "EMPLOYMENT", "PARTNER_EMPLOYER"]);
    await w.db.client.update({ where: { id: pensioner.id }, data: { active: false } });
    expect(await staffableContractModelsOf(w.db, jc)).toEqual(["EMPLOYMENT", "PARTNER_EMPLOYER"]);
  });
});

describe("changing an order's contract model", () => {
  it("the orderer accepts it again and the price follows the price list's row for the new model", async () => {
    const { order } = await makeOrder(w, { status: "FINDING_WORKERS" });
    await w.db.order.update({ where: { id: order.id }, data: { agreedUnitPriceCents: 1300, agreedPriceReason: "Iso tilaus" } });
    expect(await as(w, "coordinatorD", () => orders.proposeOrderChange({ orderId: order.id, description: "Sama", newContractModel: "COMMISSION" }), NOW)).toEqual(rule("CONTRACT_MODEL_UNCHANGED"));
    const p = await as(w, "coordinatorD", () => orders.proposeOrderChange({ orderId: order.id, description: "Työsopimus", newContractModel: "EMPLOYMENT" }), NOW);
    if (!p.ok) throw new Error(JSON.stringify(p));
    expect(await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ reacceptanceRequired: true, contractModel: "COMMISSION" });
    const terms = await w.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: w.jobcenterD.id, locale: "fi" }, orderBy: { version: "desc" } });
    expect(await as(w, "ordererX", () => orders.decideOrderChange({ changeId: p.data.id, decision: "ACCEPT", termsVersionId: terms.id }), NOW)).toMatchObject({ ok: true });
    const after = await w.db.order.findUniqueOrThrow({ where: { id: order.id }, include: { priceList: true } });
    // 3 h × 20.00 = 60.00; the price agreed for the commission contract does not carry over.
    expect(after).toMatchObject({ contractModel: "EMPLOYMENT", listUnitPriceCents: 2000, agreedUnitPriceCents: null, agreedPriceReason: null, netCents: 6000, reacceptanceRequired: false });
    expect(after.priceList?.contractModel).toBe("EMPLOYMENT");
  });

  it("refuses a model the Jobcenter cannot staff", async () => {
    const { order } = await makeOrder(w, { jobcenterId: w.jobcenterR.id, status: "FINDING_WORKERS" });
    await w.db.order.update({ where: { id: order.id }, data: { contractModel: "EMPLOYMENT" } });
    expect(await as(w, "coordinatorR", () => orders.proposeOrderChange({ orderId: order.id, description: "Toimeksianto", newContractModel: "COMMISSION" }), NOW)).toEqual(
      rule("CONTRACT_MODEL_NOT_STAFFABLE"),
    );
    expect(await w.db.orderChange.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("refuses a model a client already on the order's gigs cannot work under", async () => {
    const { order } = await makeOrder(w, { status: "FINDING_WORKERS" });
    const client = await createClient(w);
    await w.db.client.update({ where: { id: client.id }, data: { allowedContractModels: ["COMMISSION"] } });
    await createGig(w, { orderId: order.id, clientId: client.id, status: "ACCEPTED", day: "2030-03-05", start: "10:00", end: "12:00" });
    expect(await as(w, "coordinatorD", () => orders.proposeOrderChange({ orderId: order.id, description: "Työsopimus", newContractModel: "EMPLOYMENT" }), NOW)).toEqual(
      rule("CONTRACT_MODEL_NOT_ALLOWED_FOR_CLIENT"),
    );
  });
});
