import { z } from "zod";
import { day, id, text } from "@/lib/schema";
import { isValidIban, isValidPersonalIdentityCode, monthPeriod, normaliseIban, normalisePersonalIdentityCode } from "./rules";

/** "12,5" or "12.5" → 1250 basis points; "" → null (no tax card). */
export function parsePercentBp(value: string): number | null | undefined {
  const v = value.trim().replace(",", ".");
  if (v === "") return null;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(v)) return undefined;
  const [whole, frac = ""] = v.split(".") as [string, string?];
  const bp = Number(whole) * 100 + Number((frac + "00").slice(0, 2));
  return bp <= 10_000 ? bp : undefined;
}

const optionalDay = z
  .union([day, z.literal("")])
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));

export const savePayDetailsSchema = z
  .object({
    clientId: id,
    personalIdentityCode: text(20)
      .optional()
      .nullable()
      .refine((v) => !v || isValidPersonalIdentityCode(v), "personalIdentityCode")
      .transform((v) => (v ? normalisePersonalIdentityCode(v) : null)),
    iban: text(40)
      .optional()
      .nullable()
      .refine((v) => !v || isValidIban(v), "iban")
      .transform((v) => (v ? normaliseIban(v) : null)),
    withholdingPercent: text(10)
      .optional()
      .nullable()
      .refine((v) => parsePercentBp(v ?? "") !== undefined, "percent")
      .transform((v) => parsePercentBp(v ?? "") ?? null),
    taxCardValidFrom: optionalDay,
    taxCardValidTo: optionalDay,
  })
  .strict()
  .refine((v) => v.withholdingPercent === null || v.taxCardValidFrom !== null, { message: "required", path: ["taxCardValidFrom"] })
  .refine((v) => !v.taxCardValidFrom || !v.taxCardValidTo || v.taxCardValidFrom <= v.taxCardValidTo, { message: "endBeforeStart", path: ["taxCardValidTo"] });

export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "date");

// Pay is paid after the work: the payment day comes after the month's last day.
export const createPayRunSchema = z
  .object({ jobcenterId: id, month, paymentDate: day })
  .strict()
  .refine((v) => v.paymentDate > monthPeriod(v.month).end, { message: "endBeforeStart", path: ["paymentDate"] });
export const payRunSchema = z.object({ payRunId: id }).strict();
