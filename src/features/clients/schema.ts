import { z } from "zod";

const id = z.string().trim().min(1).max(64);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date");
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time");
const words = z.array(z.string().trim().min(1).max(60)).max(30);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));

export const benefitTypes = ["DISABILITY_PENSION", "PENSIONERS_HOUSING_ALLOWANCE", "LABOUR_MARKET_SUBSIDY", "GENERAL_HOUSING_ALLOWANCE", "BASIC_SOCIAL_ASSISTANCE", "OTHER"] as const;
export const contractModels = ["COMMISSION", "EMPLOYMENT", "PARTNER_EMPLOYER"] as const;
export const readinessStatuses = ["NOT_ASSESSED", "PRACTISING", "READY", "PAUSED"] as const;

export const updateClientProfileSchema = z.object({
  clientId: id,
  phone: optionalText(40),
  area: optionalText(100),
  skills: words,
  interests: words,
  supportNeeds: optionalText(2000),
  preferredTimes: optionalText(500),
  benefits: z.array(z.enum(benefitTypes)).max(6),
  allowedContractModels: z.array(z.enum(contractModels)).max(3),
});

export const setReadinessSchema = z.object({
  clientId: id,
  status: z.enum(readinessStatuses),
  note: optionalText(1000),
});

export const addConsentSchema = z
  .object({
    clientId: id,
    // the parties that may exchange data, as named on the Y100 form
    parties: z.array(z.string().trim().min(1).max(200)).min(1).max(20),
    scope: z.string().trim().min(1).max(1000),
    agreedOn: day,
    validUntil: day.optional().or(z.literal("").transform(() => undefined)),
  })
  .refine((v) => !v.validUntil || v.validUntil >= v.agreedOn, { message: "endBeforeStart", path: ["validUntil"] });

export const withdrawConsentSchema = z.object({ consentId: id });

export const setWorkActivityHoursSchema = z.object({
  clientId: id,
  hours: z
    .array(
      z
        .object({ weekday: z.number().int().min(1).max(7), start: time, end: time })
        .refine((h) => h.end > h.start, { message: "endBeforeStart", path: ["end"] }),
    )
    .max(7)
    .refine((hs) => new Set(hs.map((h) => h.weekday)).size === hs.length, "invalid"),
});

export const moveWorkActivityDaySchema = z.object({
  clientId: id,
  fromDate: day,
  toDate: day,
  reason: optionalText(500),
});
