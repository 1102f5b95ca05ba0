import { z } from "zod";
import { BenefitLimitKind, LimitPeriod } from "@/generated/prisma/enums";
import { parseEuros } from "@/lib/money";
import { day, requiredText } from "@/lib/schema";
import { LIMIT_PERIODS } from "./rules";

export const createBenefitLimitSchema = z
  .object({
    kind: z.enum(BenefitLimitKind),
    period: z.enum(LimitPeriod),
    amount: z
      .string()
      .trim()
      .refine((v) => (parseEuros(v) ?? 0) > 0, "money")
      .transform((v) => parseEuros(v)!),
    validFrom: day,
    source: requiredText(300),
    closePrevious: z.boolean().default(true),
  })
  .refine((v) => LIMIT_PERIODS[v.kind].includes(v.period), { message: "invalid", path: ["period"] });
