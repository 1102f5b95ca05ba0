"use server";

import { defineAction } from "@/server/action";
import * as m from "./mutations";
import { findJobcenterRef } from "./queries";
import { createPriceListSchema, createTermsVersionSchema, createVatRateSchema } from "./schema";

export const createPriceList = defineAction({
  name: "pricing.createPriceList",
  input: createPriceListSchema,
  permission: "pricing.manage",
  load: async ({ tx, input }) => {
    const jc = await findJobcenterRef(tx, input.jobcenterId);
    return jc && { target: { jobcenterId: jc.id }, row: jc };
  },
  run: async ({ tx, input, user, now, audit }) => {
    const row = await m.createPriceList(tx, input, user.userId, now);
    await audit({ action: "priceList.create", entityType: "PriceList", entityId: row.id });
    return { id: row.id };
  },
  revalidate: () => ["/admin/prices"],
});

export const createVatRate = defineAction({
  name: "pricing.createVatRate",
  input: createVatRateSchema,
  permission: "pricing.manage",
  load: async () => ({ target: {}, row: null }),
  run: async ({ tx, input, user, now, audit }) => {
    const row = await m.createVatRate(tx, input, user.userId, now);
    await audit({ action: "vatRate.create", entityType: "VatRate", entityId: row.id });
    return { id: row.id };
  },
  revalidate: () => ["/admin/vat"],
});

export const createTermsVersion = defineAction({
  name: "pricing.createTermsVersion",
  input: createTermsVersionSchema,
  permission: "terms.manage",
  load: async ({ tx, input }) => {
    const jc = await findJobcenterRef(tx, input.jobcenterId);
    return jc && { target: { jobcenterId: jc.id }, row: jc };
  },
  run: async ({ tx, input, user, now, audit }) => {
    const row = await m.createTermsVersion(tx, input, user.userId, now);
    await audit({ action: "terms.create", entityType: "OrderTermsVersion", entityId: row.id });
    return { id: row.id, version: row.version };
  },
  revalidate: () => ["/admin/terms"],
});
