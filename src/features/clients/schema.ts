import { z } from "zod";
import { BenefitType, ConsentParty, ConsentScope, ContractModel, ReadinessStatus } from "@/generated/prisma/enums";
import { day, id, optionalText, requiredText, tidyText, time } from "@/lib/schema";

const words = z.array(requiredText(60)).max(30);

export const benefitTypes = Object.values(BenefitType);
export const contractModels = Object.values(ContractModel);
export const readinessStatuses = Object.values(ReadinessStatus);
export const consentParties = Object.values(ConsentParty);
export const consentScopes = Object.values(ConsentScope);

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

const consentFields = z.object({
  clientId: id,
  // the parties that may exchange data, as named on the Y100 form (free text)
  parties: z.array(requiredText(200)).max(20),
  // who and what, as the closed lists that decide what another party sees (ADR 072)
  partyKinds: z.array(z.enum(ConsentParty)).max(7).default([]),
  scopes: z.array(z.enum(ConsentScope)).max(3).default([]),
  scope: requiredText(1000),
  agreedOn: day,
  validUntil: day.optional().or(z.literal("").transform(() => undefined)),
});
const validUntilAfterAgreed = (v: { agreedOn: string; validUntil?: string }) => !v.validUntil || v.validUntil >= v.agreedOn;
const validUntilError = { message: "endBeforeStart", path: ["validUntil"] };
// A consent names someone: a party from the list or one written out.
const namesAParty = (v: { parties: string[]; partyKinds?: string[] }) => v.parties.length > 0 || (v.partyKinds?.length ?? 0) > 0;
const namesAPartyError = { message: "required", path: ["parties"] };

export const addConsentSchema = consentFields.refine(validUntilAfterAgreed, validUntilError).refine(namesAParty, namesAPartyError);

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

// The staff forms' own shapes where a field is typed differently from what the action takes:
// words as one comma-separated text, parties one per line, the week's seven rows with empty
// days. Each is checked in the browser with the action's own rules and turned into its input.

/** "siivous, pihatyöt" → ["siivous", "pihatyöt"] */
export const splitWords = (text: string) =>
  text
    .split(",")
    .map(tidyText)
    .filter(Boolean);
export const splitLines = (text: string) =>
  text
    .split("\n")
    .map(tidyText)
    .filter(Boolean);

const wordsText = z.string().transform(splitWords).pipe(words);
export const profileFormSchema = updateClientProfileSchema.extend({ skills: wordsText, interests: wordsText });
export type ProfileFormValues = z.input<typeof profileFormSchema>;
export const profileFormInput = (v: ProfileFormValues): z.input<typeof updateClientProfileSchema> => ({ ...v, skills: splitWords(v.skills), interests: splitWords(v.interests) });

export const consentFormSchema = consentFields
  .extend({ parties: z.string().transform(splitLines).pipe(consentFields.shape.parties) })
  .refine(validUntilAfterAgreed, validUntilError)
  .refine(namesAParty, namesAPartyError);
export type ConsentFormValues = z.input<typeof consentFormSchema>;
export const consentFormInput = (v: ConsentFormValues): z.input<typeof addConsentSchema> => ({ ...v, parties: splitLines(v.parties) });

const optionalTime = time.or(z.literal(""));
export const workActivityHoursFormSchema = z.object({
  clientId: id,
  hours: z.array(
    z
      .object({ weekday: z.number().int().min(1).max(7), start: optionalTime, end: optionalTime })
      .refine((h) => !h.start || !h.end || h.end > h.start, { message: "endBeforeStart", path: ["end"] }),
  ),
});
export type WorkActivityHoursFormValues = z.input<typeof workActivityHoursFormSchema>;
/** A day counts when both times are filled in; the other days have no regular hours. */
export const workActivityHoursFormInput = (v: WorkActivityHoursFormValues): z.input<typeof setWorkActivityHoursSchema> => ({
  clientId: v.clientId,
  hours: v.hours.filter((h) => h.start && h.end),
});

export type UpdateClientProfileInput = z.output<typeof updateClientProfileSchema>;
