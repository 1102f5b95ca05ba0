import { createBenefitLimit } from "../../../src/features/benefits/actions";
import { entry } from "../../support/matrix";

// Benefit limits are dated reference data that only admins enter.
let year = 2030;
export const entries = [
  entry({
    name: "benefits.createLimit",
    call: createBenefitLimit,
    input: () => ({ kind: "BASIC_SOCIAL_ASSISTANCE_PROTECTED" as const, period: "MONTH" as const, amount: "150,00", validFrom: `${year++}-01-01`, source: "Test", closePrevious: false }),
    allowed: ["admin"],
  }),
];
