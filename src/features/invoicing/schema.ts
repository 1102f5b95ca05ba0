import { z } from "zod";
import { isValidBusinessId } from "@/features/orderers/rules";
import { day, euros, id, minutes, optionalText, requiredText } from "@/lib/schema";
import { isValidBic, isValidIban } from "./rules";

const month = z.string().trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "date");

/** A month's run for the Jobcenter, or one order's run (its approved, confirmed hours now). */
export const runMonthSchema = z.object({ jobcenterId: id, month });
export const runInvoicesSchema = z.union([runMonthSchema, z.object({ jobcenterId: id, orderId: id })]);

/** The Jobcenter's automatic monthly run on or off (ADR 008). */
export const autoInvoicingSchema = z.object({ jobcenterId: id, on: z.boolean() }).strict();

export const creditInvoiceSchema = z.object({ invoiceId: id, reason: requiredText(500) });

/** Paid by hand: the rest of the total unless an amount is given. */
export const markPaidSchema = z.object({ invoiceId: id, paidOn: day, amount: euros.optional().or(z.literal("").transform(() => undefined)) });

/** The bank's CSV as text (at most ~1 MB: a month of a Jobcenter's payments). */
export const importPaymentsSchema = z.object({ jobcenterId: id, csv: z.string().min(1).max(1_000_000) });

export const correctInvoicedHoursSchema = z.object({ gigId: id, minutes, reason: requiredText(1000) });

export const sellerDetailsSchema = z.object({
  jobcenterId: id,
  businessId: z.string().trim().refine(isValidBusinessId, "businessId"),
  streetAddress: optionalText(200),
  postalCode: z.string().trim().regex(/^\d{5}$/, "postalCode").or(z.literal("").transform(() => null)).nullable().optional().transform((v) => v ?? null),
  city: optionalText(100),
  iban: z.string().trim().transform((v) => v.replace(/\s/g, "").toUpperCase()).refine(isValidIban, "iban"),
  bic: z.string().trim().transform((v) => v.toUpperCase()).refine(isValidBic, "bic"),
});

export const ordererBillingSchema = z.object({ ordererId: id, internalBilling: z.boolean(), costCentre: optionalText(60) });
