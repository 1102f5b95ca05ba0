import { z } from "zod";
import { isCalendarDay } from "./dates";
import { parseEuros } from "./money";

// The zod primitives every feature's schema.ts builds on. One behaviour each: an empty
// optional text is always null (Prisma then writes NULL, and "cleared" means cleared).

// Text that a person typed goes through `text` (and so `requiredText` / `optionalText`):
// - control characters (NUL and the other C0/C1 codes; tab, line feed and carriage return are
//   text) are refused with "characters": PostgreSQL cannot store NUL, and the rest are never
//   meant, only pasted or forged;
// - the text is put in NFC and trimmed of whitespace *and* invisible characters (zero-width
//   spaces, joiners, the BOM, bidi marks, Hangul fillers, the Braille blank), so a field of only
//   invisible characters is empty, and "required" means something a person can see;
// - every text carries its maximum length, which the forms read for the browser's own limit
//   (`fieldMaxLength`), so the same number is checked on both sides.
// See docs/decisions/054-inputs-and-bad-bodies.md.

// \p{Cc} minus tab (09), line feed (0A) and carriage return (0D).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const EDGE_INVISIBLES = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]+|[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]+$/gu;

/** Whether a string holds a control character that text never contains (NUL, ESC, ...). */
export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

/** NFC, and no whitespace or invisible characters at either end ("\u200B\u200B" → ""). */
export function tidyText(value: string): string {
  return value.normalize("NFC").replace(EDGE_INVISIBLES, "");
}

/** Free text, tidied (see above), 0..max characters. The base of the other text pieces. */
export const text = (max: number) =>
  z
    .string()
    .refine((v) => !hasControlCharacters(v), { message: "characters", abort: true })
    .overwrite(tidyText)
    .max(max);

/** Required free text, tidied, 1..max visible characters. */
export const requiredText = (max: number) => text(max).min(1);

/** Optional free text up to `max` characters: tidied, and "" (or only invisible) or missing → null. */
export const optionalText = (max: number) =>
  text(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/**
 * A new password: kept exactly as typed (no trimming: it is hashed, never shown), min..200
 * characters, no control characters.
 */
export const password = (min: number) =>
  z
    .string()
    .refine((v) => !hasControlCharacters(v), { message: "characters", abort: true })
    .min(min, "password")
    .max(200);

/** A row id from the browser; only ever looked up in an action's `load`, never trusted. */
export const id = z
  .string()
  .refine((v) => !hasControlCharacters(v), { message: "invalid", abort: true })
  .trim()
  .min(1)
  .max(64);

/** A calendar day "YYYY-MM-DD" that exists (in Europe/Helsinki: see src/lib/dates.ts). */
export const day = z.string().refine(isCalendarDay, "date");

/** A wall-clock time "HH:MM". */
export const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time");

type Def = { innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; type?: string };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Looks through optional, nullable, default, readonly and transform wrappers. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 10; depth++) {
    const def = defOf(current);
    const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
  return current;
}

/**
 * The most characters a text field of a form's schema takes, for the browser's `maxLength`:
 * `fieldMaxLength(registerAndOrderSchema, "order.description")` → 4000. Follows objects and
 * arrays ("sessions.0.date"); undefined for a field that is not text or has no maximum.
 */
export function fieldMaxLength(schema: z.ZodType, path: string): number | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path ? path.split(".") : []) {
    if (!current) return undefined;
    const def = defOf(current);
    current = unwrap(def.type === "array" ? def.element : def.shape?.[key]);
  }
  return current instanceof z.ZodString ? (current.maxLength ?? undefined) : undefined;
}

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
