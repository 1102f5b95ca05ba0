import { z } from "zod";
import { parseEuros } from "@/lib/money";
import { LIMIT_PERIODS } from "./rules";

const kinds = ["DISABILITY_PENSION_EARNINGS", "LABOUR_MARKET_SUBSIDY_PROTECTED", "BASIC_SOCIAL_ASSISTANCE_PROTECTED", "PENSIONERS_HOUSING_ALLOWANCE_REVIEW", "YEL_COMMISSION_INCOME"] as const;

export const createBenefitLimitSchema = z
  .object({
    kind: z.enum(kinds),
    period: z.enum(["MONTH", "FOUR_WEEKS", "YEAR"]),
    amount: z
      .string()
      .trim()
      .refine((v) => (parseEuros(v) ?? 0) > 0, "money")
      .transform((v) => parseEuros(v)!),
    validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date").refine((v) => !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()), "date"),
    source: z.string().trim().min(1).max(300),
    closePrevious: z.boolean().default(true),
  })
  .refine((v) => LIMIT_PERIODS[v.kind].includes(v.period), { message: "invalid", path: ["period"] });
