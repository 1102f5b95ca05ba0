import { z } from "zod";
import { id, optionalText } from "@/lib/schema";
import { MAX_REPORTED_MINUTES, USERNAME_PATTERN } from "./rules";

const note = optionalText(1000);

export const gigIdSchema = z.object({ gigId: id });
export const declineGigSchema = z.object({ gigId: id, reason: note });
export const gigNoteSchema = z.object({ gigId: id, note });
/**
 * "I finished". `finishedAt` is when the client pressed the button: a press queued on a phone
 * without signal is sent later, and the time must not grow while it waits (ADR 080).
 */
export const finishGigSchema = z.object({ gigId: id, note, finishedAt: z.iso.datetime({ offset: true }).optional() });
export const reportHoursSchema = z
  .object({
    gigId: id,
    hours: z.coerce.number().int().min(0).max(16),
    minutes: z.coerce.number().int().refine((m) => [0, 15, 30, 45].includes(m), "invalid"),
    note,
  })
  .refine((v) => v.hours * 60 + v.minutes > 0, { message: "tooSmall", path: ["hours"] })
  .refine((v) => v.hours * 60 + v.minutes <= MAX_REPORTED_MINUTES, { message: "tooBig", path: ["hours"] });

export const issueSignInSchema = z.object({
  clientId: id,
  username: z
    .string()
    .trim()
    .toLowerCase()
    .refine((u) => USERNAME_PATTERN.test(u), "invalid"),
});
