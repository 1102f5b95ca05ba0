import { z } from "zod";
import { isValidBusinessId, normalizeBusinessId } from "@/features/orderers/rules";
import { MAX_ESTIMATE_MINUTES } from "./rules";
import { BillingMethod, ContractModel, OrdererKind, ScheduleKind, TaskCategory } from "@/generated/prisma/enums";
import { locales } from "@/i18n/config";
import { day, email, id, optionalPhone, optionalText, password, phone, requiredText, text, time } from "@/lib/schema";

// The order form. Every schema is .strict(): a price (or any field the server computes) sent by
// the browser is rejected, never trusted.

/** The task categories in the order the form and the public page list them. */
export const taskCategories = Object.values(TaskCategory);

const postalCode = z.string().trim().regex(/^\d{5}$/, "postalCode");
/** Optional fields with a format: "" (an empty field) → null, like optionalText. */
const blankToNull = z.literal("").transform(() => null);
const businessId = z
  .string()
  .trim()
  .transform(normalizeBusinessId)
  .refine(isValidBusinessId, "businessId");

const sessionSchema = z
  .object({ date: day, start: time, end: time })
  .strict()
  .refine((s) => s.end > s.start, { message: "endBeforeStart", path: ["end"] });

/** The order's own fields; the coordinator's entry form (features/intake) builds on them too. */
export const orderFieldsShape = {
  category: z.enum(TaskCategory),
  title: requiredText(120).min(3),
  description: requiredText(4000).min(10),
  remote: z.boolean(),
  streetAddress: optionalText(200),
  postalCode: postalCode.optional().or(blankToNull),
  city: optionalText(100),
  scheduleKind: z.enum(ScheduleKind),
  // a repeating schedule makes up to a year of weekly sessions (intake/rules.ts)
  sessions: z.array(sessionSchema).max(52),
  windowText: optionalText(500),
  minutesPerWorker: z.number().int().min(15).max(12 * 60),
  workerCount: z.number().int().min(1).max(30),
  ordererProvides: optionalText(2000),
  orientation: optionalText(2000),
  siteContactName: optionalText(120),
  siteContactPhone: optionalPhone,
  contractModel: z.enum(ContractModel),
  billingMethod: z.enum(BillingMethod),
  businessId: businessId.optional().or(blankToNull),
  eInvoiceAddress: optionalText(100),
  eInvoiceOperator: optionalText(100),
  billingEmail: email.optional().or(blankToNull),
  billingReference: optionalText(100),
  billingName: optionalText(200),
  billingAddress: optionalText(300),
};

type OrderFields = z.output<z.ZodObject<typeof orderFieldsShape>>;

/** Cross-field rules of a complete order: where, when and billing. */
export function checkOrder(o: OrderFields, ctx: z.RefinementCtx, opts: { billing?: boolean } = {}) {
  const need = (path: keyof OrderFields, ok: unknown) => {
    if (!ok) ctx.addIssue({ code: "custom", message: "required", path: [path] });
  };
  if (!o.remote) {
    need("streetAddress", o.streetAddress);
    need("postalCode", o.postalCode);
    need("city", o.city);
    need("siteContactName", o.siteContactName);
    need("siteContactPhone", o.siteContactPhone);
  }
  if (o.scheduleKind === "EXACT") need("sessions", o.sessions.length > 0);
  else need("windowText", o.windowText);
  if (opts.billing !== false) checkBilling(o, ctx);
}

type BillingFields = Pick<OrderFields, "billingMethod" | "eInvoiceAddress" | "eInvoiceOperator" | "billingEmail" | "billingName" | "billingAddress">;

/** The billing details a method needs (also the orderer's part of the emailed review link). */
export function checkBilling(o: BillingFields, ctx: z.RefinementCtx) {
  const need = (path: keyof BillingFields, ok: unknown) => {
    if (!ok) ctx.addIssue({ code: "custom", message: "required", path: [path] });
  };
  if (o.billingMethod === "E_INVOICE") {
    need("eInvoiceAddress", o.eInvoiceAddress);
    need("eInvoiceOperator", o.eInvoiceOperator);
  } else if (o.billingMethod === "EMAIL_INVOICE") need("billingEmail", o.billingEmail);
  else {
    need("billingName", o.billingName);
    need("billingAddress", o.billingAddress);
  }
}

const requestKey = text(100).min(8);
const termsFields = {
  /** The terms version whose text the orderer read on the form. */
  termsVersionId: id.optional(),
  acceptTerms: z.boolean(),
};

/** Signed-in orderer: a complete order, submitted (terms accepted on the form, or later). */
export const submitOrderSchema = z
  .object({ jobcenterId: id, orderId: id.optional(), requestKey, ...orderFieldsShape, ...termsFields })
  .strict()
  .superRefine((o, ctx) => {
    checkOrder(o, ctx);
    if (o.acceptTerms && !o.termsVersionId) ctx.addIssue({ code: "custom", message: "required", path: ["termsVersionId"] });
  });
export type SubmitOrderInput = z.output<typeof submitOrderSchema>;

/** A draft: the same fields, all optional, formats still checked. */
export const saveDraftSchema = z
  .object({ jobcenterId: id, orderId: id.optional(), requestKey, ...orderFieldsShape })
  .partial()
  .required({ jobcenterId: true, requestKey: true })
  .strict();
export type SaveDraftInput = z.output<typeof saveDraftSchema>;

/** The live quote on the form: only what the price depends on. */
export const quoteSchema = z
  .object({
    jobcenterId: id,
    contractModel: z.enum(ContractModel),
    // the sessions' lengths added up when the schedule is exact (ADR 035)
    minutesPerWorker: z.number().int().min(0).max(MAX_ESTIMATE_MINUTES),
    workerCount: z.number().int().min(0).max(30),
    firstDate: day.optional(),
  })
  .strict();

/** A first-time orderer: organisation or private person, their own account, and the order. */
export const registerSchema = z
  .object({
    locale: z.enum(locales),
    ordererKind: z.enum(OrdererKind),
    organisationName: optionalText(200),
    contactName: requiredText(120).min(2),
    email,
    phone,
    password: password(10),
    // a private person's address (also the billing address)
    streetAddress: optionalText(200),
    postalCode: postalCode.optional().or(blankToNull),
    city: optionalText(100),
  })
  .strict();

export const registerAndOrderSchema = z
  .object({ registration: registerSchema, order: submitOrderSchema, submit: z.boolean() })
  .strict()
  .superRefine(({ registration: r, order: o }, ctx) => {
    const need = (path: string, ok: unknown) => {
      if (!ok) ctx.addIssue({ code: "custom", message: "required", path: ["registration", path] });
    };
    if (r.ordererKind === "PRIVATE_PERSON") {
      need("streetAddress", r.streetAddress);
      need("postalCode", r.postalCode);
      need("city", r.city);
    } else {
      need("organisationName", r.organisationName);
      if (r.ordererKind !== "CITY_UNIT" && !o.businessId)
        ctx.addIssue({ code: "custom", message: "required", path: ["order", "businessId"] });
    }
  });
export type RegisterAndOrderInput = z.output<typeof registerAndOrderSchema>;

export const acceptTermsSchema = z.object({ orderId: id, termsVersionId: id }).strict();
export const cancelOrderSchema = z.object({ orderId: id, reason: optionalText(1000) }).strict();
export const postMessageSchema = z.object({ orderId: id, body: requiredText(4000), question: z.boolean().optional() }).strict();

export const proposeChangeSchema = z
  .object({
    orderId: id,
    description: requiredText(1000).min(3),
    reason: optionalText(1000),
    newUnitPriceCents: z.number().int().min(1).max(100_000).optional(),
    newMinutesPerWorker: z.number().int().min(15).max(12 * 60).optional(),
    newWorkerCount: z.number().int().min(1).max(30).optional(),
    // The price then follows the price list's row for the new model (ADR 034).
    newContractModel: z.enum(ContractModel).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.newUnitPriceCents === undefined && c.newMinutesPerWorker === undefined && c.newWorkerCount === undefined && c.newContractModel === undefined)
      ctx.addIssue({ code: "custom", message: "required", path: ["description"] });
    if (c.newUnitPriceCents !== undefined && !c.reason) ctx.addIssue({ code: "custom", message: "required", path: ["reason"] });
  });

export const decideChangeSchema = z
  .object({ changeId: id, decision: z.enum(["ACCEPT", "DECLINE"]), termsVersionId: id.optional() })
  .strict()
  .refine((d) => d.decision === "DECLINE" || !!d.termsVersionId, { message: "required", path: ["termsVersionId"] });

export const giveFeedbackSchema = z.object({ gigId: id, rating: z.number().int().min(1).max(5), comment: optionalText(2000) }).strict();
export const recordFeedbackSchema = z.object({ feedbackId: id }).strict();
export const recordHireSchema = z.object({ gigId: id, hiredOn: day }).strict();
