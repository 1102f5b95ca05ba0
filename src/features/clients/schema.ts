import { z } from "zod";
import { BenefitType, ContractModel, ReadinessStatus } from "@/generated/prisma/enums";
import { day, id, optionalText, time } from "@/lib/schema";

const words = z.array(z.string().trim().min(1).max(60)).max(30);

export const benefitTypes = Object.values(BenefitType);
export const contractModels = Object.values(ContractModel);
export const readinessStatuses = Object.values(ReadinessStatus);

export const updateClientProfileSchema = z.object({
  clientId: id,
  phone: optionalText(40),
  area: optionalText(100),
  skills: words,
  interests: words,
  supportNeeds: optionalText(2000),
  preferredTimes: optionalText(500),
  benefits: z.array(z.enum(BenefitType)).max(6),
  allowedContractModels: z.array(z.enum(ContractModel)).max(3),
});

export const setReadinessSchema = z.object({
  clientId: id,
  status: z.enum(ReadinessStatus),
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

export type UpdateClientProfileInput = z.output<typeof updateClientProfileSchema>;
