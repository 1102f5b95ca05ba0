import { z } from "zod";

const id = z.string().trim().min(1).max(64);
const minutes = z.coerce.number().int().min(0).max(24 * 60);
const reason = z
  .string()
  .trim()
  .max(1000)
  .optional()
  .transform((v) => (v ? v : undefined));

export const approveHoursSchema = z.object({ gigId: id, minutes: minutes.optional(), reason });
export const enterHoursSchema = z.object({ gigId: id, minutes, reason });
export const correctHoursSchema = z.object({ gigId: id, minutes, reason });
