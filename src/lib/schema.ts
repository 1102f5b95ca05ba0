import { z } from "zod";
import { parseEuros } from "./money";

// The zod primitives every feature's schema.ts builds on. One behaviour each: an empty
// optional text is always null (Prisma then writes NULL, and "cleared" means cleared).

/** A row id from the browser; only ever looked up in an action's `load`, never trusted. */
export const id = z.string().trim().min(1).max(64);

/** A calendar day "YYYY-MM-DD" (in Europe/Helsinki: see src/lib/dates.ts). */
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date");

/** A wall-clock time "HH:MM". */
export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time");

/** Optional free text up to `max` characters: trimmed, and "" or missing → null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/** Required free text, trimmed, 1..max characters. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

const phonePattern = /^\+?[\d\s()-]{6,20}$/;
/** A phone number as people type it: "+358 40 123 4567", "040-1234567". */
export const phone = z.string().trim().regex(phonePattern, "phone");
/** An optional phone number: "" or missing → null. */
export const optionalPhone = z
  .string()
  .trim()
  .max(40)
  .refine((v) => v === "" || phonePattern.test(v), "phone")
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));

export const email = z.string().trim().toLowerCase().pipe(z.email());

/** Euros as typed ("14,50", "14.5") → integer cents, 0..10 000 €. */
export const euros = z
  .string()
  .trim()
  .refine((v) => {
    const c = parseEuros(v);
    return c !== null && c >= 0 && c <= 1_000_000;
  }, "money")
  .transform((v) => parseEuros(v)!);

/** A duration in whole minutes within one day (form fields arrive as strings). */
export const minutes = z.coerce.number().int().min(0).max(24 * 60);
