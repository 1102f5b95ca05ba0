import { z } from "zod";
import { id, optionalText } from "@/lib/schema";

export const giveGigFeedbackSchema = z
  .object({
    gigId: id,
    mood: z.number().int().min(1).max(3),
    words: optionalText(1000),
    shareWithOrderer: z.boolean().default(false),
  })
  .strict();

export const recordDebriefSchema = z
  .object({
    gigId: id,
    wentWell: optionalText(2000),
    toPractise: optionalText(2000),
    clientView: optionalText(2000),
  })
  .strict()
  // a debrief with nothing in it records nothing
  .refine((v) => Boolean(v.wentWell || v.toPractise || v.clientView), { path: ["wentWell"], message: "required" });

export const feedbackByLinkSchema = z
  .object({
    token: z.string().min(20).max(200),
    gigId: id,
    rating: z.number().int().min(1).max(5),
    comment: optionalText(2000),
  })
  .strict();
