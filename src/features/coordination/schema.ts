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
    // Disability work activity: staff confirm that on a gig day that is a work-activity day the
    // client leaves work activity that day (no allowance that day). See ADR 031.
    leavesWorkActivityConfirmed: z.boolean().optional().default(false),
  })
  .refine((v) => v.supportMode === "NONE" || !!v.supportPerson, { message: "required", path: ["supportPerson"] });

/** Unit staff confirm, on a gig not yet sent, that the client leaves work activity that day (ADR 031). */
export const confirmWorkActivityDaySchema = z.object({ gigId: id });

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
  meetingPerson: optionalText(200),
  bringItems: optionalText(500),
});

export const offerGigsSchema = z.object({ orderId: id });

export const swapWorkerSchema = z.object({
  gigId: id,
  clientId: id,
  reason: requiredText(1000),
});

export const rescheduleGigSchema = z
  .object({
    gigId: id,
    day,
    start: time,
    end: time,
    // Who agreed and how: the orderer and the client both agreed to the new time.
    agreement: requiredText(1000),
  })
  .refine((v) => v.end > v.start, { message: "endBeforeStart", path: ["end"] });

export const cancelGigSchema = z.object({ gigId: id, reason: requiredText(1000) });

export const markOrderApprovedSchema = z.object({ orderId: id, note: optionalText(1000) });

/** A message between a unit's staff and the coordinator about the offer to that unit. */
export const postOfferMessageSchema = z.object({ offerId: id, body: requiredText(2000) });
