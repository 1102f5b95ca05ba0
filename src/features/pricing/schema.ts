import { z } from "zod";
import { ContractModel } from "@/generated/prisma/enums";
import { locales } from "@/i18n/config";
import { day, euros, id, requiredText, text } from "@/lib/schema";

/** "25,5" (percent) → 2550 basis points */
const percent = z
  .string()
  .trim()
  .refine((v) => /^\d{1,2}([.,]\d{1,2})?$/.test(v), "invalid")
  .transform((v) => Math.round(Number(v.replace(",", ".")) * 100));

export const createPriceListSchema = z
  .object({
    jobcenterId: id,
    contractModel: z.enum(ContractModel),
    validFrom: day,
    workerPay: euros,
    sideCosts: euros,
    serviceCosts: euros,
    note: text(500).optional(),
  })
  .strict();

export const createVatRateSchema = z.object({ ratePercent: percent, validFrom: day, note: text(500).optional() }).strict();

export const createTermsVersionSchema = z
  .object({
    jobcenterId: id,
    locale: z.enum(locales),
    title: requiredText(200).min(3),
    body: requiredText(20_000).min(20),
    cancellationFee: euros,
    validFrom: day,
  })
  .strict();
