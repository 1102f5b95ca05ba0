import { z } from "zod";
import { BenefitType, ClientGender, ContractModel, ReadinessStatus } from "@/generated/prisma/enums";
import { locales } from "@/i18n/config";
import { day, email, id, optionalPhone, optionalText, requiredText, time } from "@/lib/schema";
import { splitLines, splitWords } from "@/features/clients/schema";

const words = z.array(requiredText(60)).max(30);
const optionalDay = day.optional().or(z.literal("").transform(() => undefined));

export const genders = Object.values(ClientGender);
export const clientLanguages = locales;

/** How a client's time in the Jobcenter stops: PAUSED may be resumed; ENDED is moved on or left. */
export const endKinds = ["PAUSED", "ENDED"] as const;
/** The outcome of a period that ended (the pathway), as PathwayEvent kinds. */
export const pathwayOutcomes = ["HIRED_BY_ORDERER", "SUPPORTED_EMPLOYMENT", "EDUCATION", "OPEN_LABOUR_MARKET", "KELA_VOCATIONAL_REHABILITATION", "OTHER"] as const;

const hourRow = z
  .object({ weekday: z.number().int().min(1).max(7), start: time, end: time })
  .refine((h) => h.end > h.start, { message: "endBeforeStart", path: ["end"] });

const consent = z
  .object({
    parties: z.array(requiredText(200)).min(1).max(20),
    scope: requiredText(1000),
    agreedOn: day,
    validUntil: optionalDay,
  })
  .refine((v) => !v.validUntil || v.validUntil >= v.agreedOn, { message: "endBeforeStart", path: ["validUntil"] });

export const createClientSchema = z.object({
  unitId: id,
  firstName: requiredText(100),
  lastName: requiredText(100),
  birthDate: optionalDay,
  gender: z.enum(ClientGender).default("NOT_TOLD"),
  phone: optionalPhone,
  email: email.optional().or(z.literal("").transform(() => undefined)),
  language: z.enum(locales).default("fi"),
  area: optionalText(100),
  benefits: z.array(z.enum(BenefitType)).max(6),
  allowedContractModels: z.array(z.enum(ContractModel)).max(3),
  skills: words,
  interests: words,
  preferredTimes: optionalText(500),
  supportNeeds: optionalText(2000),
  workActivityHours: z
    .array(hourRow)
    .max(7)
    .refine((hs) => new Set(hs.map((h) => h.weekday)).size === hs.length, "invalid"),
  consent: consent.optional(),
  readiness: z.enum(ReadinessStatus).default("NOT_ASSESSED"),
  readinessNote: optionalText(1000),
  startedOn: day,
  // Set after the form showed the possible twins and the staff member chose to add anyway.
  confirmDuplicate: z.boolean().default(false),
});
export type CreateClientInput = z.output<typeof createClientSchema>;

export const duplicateCheckSchema = z.object({
  unitId: id,
  firstName: requiredText(100),
  lastName: requiredText(100),
  birthDate: optionalDay,
  phone: optionalPhone,
});

export const endClientTimeSchema = z
  .object({
    clientId: id,
    kind: z.enum(endKinds),
    on: day,
    reason: requiredText(1000),
    outcome: z.enum(pathwayOutcomes).optional(),
  })
  .refine((v) => v.kind === "PAUSED" || v.outcome !== undefined, { message: "required", path: ["outcome"] });

export const resumeClientSchema = z.object({ clientId: id, on: day, note: optionalText(1000) });

export const cancelGigForEndSchema = z.object({ gigId: id, reason: requiredText(500) });

export const moveClientUnitSchema = z.object({ clientId: id, toUnitId: id, reason: optionalText(500) });

/**
 * The pathway events staff record by hand, with their day (ADR 071). PAUSED and PERIOD_ENDED come
 * only from pausing or ending the client's time; FIRST_GIG and HIRED_BY_ORDERER are also written
 * by the app (an approved gig, a recorded hire) and may be recorded for what happened before it.
 */
export const recordablePathwayKinds = ["STARTED", "FIRST_GIG", "HIRED_BY_ORDERER", "SUPPORTED_EMPLOYMENT", "EDUCATION", "OPEN_LABOUR_MARKET", "KELA_VOCATIONAL_REHABILITATION"] as const;
export const recordPathwayEventSchema = z.object({ clientId: id, kind: z.enum(recordablePathwayKinds), on: day, note: optionalText(500) });

// The add form's own shape: words comma-separated, parties one per line, the week's seven rows
// with empty days, and the consent filled in or left empty.
const optionalTime = time.or(z.literal(""));
const wordsText = z.string().transform(splitWords).pipe(words);
export const createClientFormSchema = createClientSchema.omit({ skills: true, interests: true, workActivityHours: true, consent: true }).extend({
  skills: wordsText,
  interests: wordsText,
  hours: z.array(
    z
      .object({ weekday: z.number().int().min(1).max(7), start: optionalTime, end: optionalTime })
      .refine((h) => !h.start || !h.end || h.end > h.start, { message: "endBeforeStart", path: ["end"] }),
  ),
  consentParties: z.string(),
  consentScope: optionalText(1000),
  consentAgreedOn: optionalDay,
  consentValidUntil: optionalDay,
}).superRefine((v, ctx) => {
  // A consent is all or nothing: once any of it is filled in, the parties, scope and day are needed.
  const parties = splitLines(v.consentParties);
  if (parties.length === 0 && !v.consentScope && !v.consentAgreedOn) return;
  if (parties.length === 0) ctx.addIssue({ code: "custom", message: "required", path: ["consentParties"] });
  if (!v.consentScope) ctx.addIssue({ code: "custom", message: "required", path: ["consentScope"] });
  if (!v.consentAgreedOn) ctx.addIssue({ code: "custom", message: "required", path: ["consentAgreedOn"] });
  else if (v.consentValidUntil && v.consentValidUntil < v.consentAgreedOn) ctx.addIssue({ code: "custom", message: "endBeforeStart", path: ["consentValidUntil"] });
});
export type CreateClientFormValues = z.input<typeof createClientFormSchema>;

export function createClientFormInput(v: CreateClientFormValues): z.input<typeof createClientSchema> {
  const { hours, consentParties, consentScope, consentAgreedOn, consentValidUntil, skills, interests, ...rest } = v;
  const parties = splitLines(consentParties);
  const hasConsent = parties.length > 0 || !!consentScope?.trim() || !!consentAgreedOn;
  return {
    ...rest,
    skills: splitWords(skills),
    interests: splitWords(interests),
    workActivityHours: hours.filter((h) => h.start && h.end).map((h) => ({ weekday: h.weekday, start: h.start, end: h.end })),
    consent: hasConsent ? { parties, scope: consentScope ?? "", agreedOn: consentAgreedOn ?? "", validUntil: consentValidUntil } : undefined,
  };
}
