"use server";

import { defineAction } from "@/server/action";
import { createBenefitLimit as insertLimit } from "./mutations";
import { createBenefitLimitSchema } from "./schema";

export const createBenefitLimit = defineAction({
  name: "benefits.createLimit",
  input: createBenefitLimitSchema,
  permission: "benefitLimit.manage",
  load: async () => ({ target: {}, row: null }),
  run: async ({ tx, input, user, audit }) => {
    const result = await insertLimit(tx, {
      kind: input.kind,
      period: input.period,
      amountCents: input.amount,
      validFrom: input.validFrom,
      source: input.source,
      closePrevious: input.closePrevious,
      byUserId: user.userId,
    });
    await audit({ action: "benefitLimit.create", entityType: "BenefitLimit", entityId: result.id, details: { kind: input.kind, period: input.period, amountCents: input.amount, validFrom: input.validFrom } });
    return result;
  },
  revalidate: () => ["/admin/benefit-limits", "/client/money"],
});
/** An admin enters a new year's (or a corrected) benefit limit as a new dated row. */
