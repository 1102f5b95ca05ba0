import { z } from "zod";
import { BenefitCheck, SkillsCheck, SupportMode } from "@/generated/prisma/enums";
import { day, id, optionalText, requiredText, time } from "@/lib/schema";

export const offerToUnitsSchema = z.object({
  orderId: id,
  unitIds: z.array(id).min(1).max(20),
  message: optionalText(2000),
});

export const withdrawOfferSchema = z.object({ offerId: id });

export const respondToOfferSchema = z.object({
  offerId: id,
  answer: z.enum(["INTERESTED", "DECLINED"]),
  note: optionalText(2000),
});

export const nominateClientSchema = z
  .object({
    offerId: id,
    clientId: id,
    // The client must want this gig: staff confirm they asked.
    // (a checkbox: a boolean in the form, and only `true` passes)
    clientWantsGig: z.boolean().refine((v) => v, "required"),
    skillsCheck: z.enum(SkillsCheck),
    benefitCheck: z.enum(BenefitCheck),
    supportMode: z.enum(SupportMode),
    supportPerson: optionalText(200),
    note: optionalText(2000),
  })
  .refine((v) => v.supportMode === "NONE" || !!v.supportPerson, { message: "required", path: ["supportPerson"] });

export const revokeNominationSchema = z.object({ nominationId: id });

export const addSessionSchema = z
  .object({
    orderId: id,
    day,
    start: time,
    end: time,
    workersNeeded: z.coerce.number().int().min(1).max(50),
    note: optionalText(500),
  })
  .refine((v) => v.end > v.start, { message: "endBeforeStart", path: ["end"] });

export const removeSessionSchema = z.object({ sessionId: id });

export const assignClientSchema = z.object({
  sessionId: id,
  clientId: id,
  // Disability work activity: the client's unit staff confirmed (e.g. by phone) that the client
  // leaves work activity on the gig day. See docs/decisions/031-work-activity-days.md.
  workActivityDayConfirmed: z.boolean().optional().default(false),
  meetingPerson: optionalText(200),
  bringItems: optionalText(500),
});

export const offerGigsSchema = z.object({ orderId: id });

export const swapWorkerSchema = z.object({
  gigId: id,
  clientId: id,
  reason: requiredText(1000),
  workActivityDayConfirmed: z.boolean().optional().default(false),
});

export const rescheduleGigSchema = z
  .object({
    gigId: id,
    day,
    start: time,
    end: time,
    // Who agreed and how: the orderer and the client both agreed to the new time.
    agreement: requiredText(1000),
    workActivityDayConfirmed: z.boolean().optional().default(false),
  })
  .refine((v) => v.end > v.start, { message: "endBeforeStart", path: ["end"] });

export const cancelGigSchema = z.object({ gigId: id, reason: requiredText(1000) });

export const markOrderApprovedSchema = z.object({ orderId: id, note: optionalText(1000) });
