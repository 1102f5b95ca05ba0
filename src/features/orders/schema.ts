import { z } from "zod";
import { isValidBusinessId, normalizeBusinessId } from "@/features/orderers/rules";
import { locales } from "@/i18n/config";

// The order form. Every schema is .strict(): a price (or any field the server computes) sent by
// the browser is rejected, never trusted.

export const taskCategories = ["CLEANING", "OUTDOOR", "PACKING_MAILING", "ARCHIVING", "MOVING", "ELDERLY_HELP", "SEWING", "OTHER"] as const;
export const contractModels = ["COMMISSION", "EMPLOYMENT", "PARTNER_EMPLOYER"] as const;
export const billingMethods = ["E_INVOICE", "EMAIL_INVOICE", "PAPER_INVOICE"] as const;
export const ordererKinds = ["COMPANY", "ASSOCIATION", "CITY_UNIT", "PRIVATE_PERSON"] as const;

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date");
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time");
export const phone = z.string().trim().regex(/^\+?[\d\s-]{6,20}$/, "phone");
const postalCode = z.string().trim().regex(/^\d{5}$/, "postalCode");
export const businessId = z
  .string()
  .trim()
  .transform(normalizeBusinessId)
  .refine(isValidBusinessId, "businessId");

export const sessionSchema = z
  .object({ date: day, start: time, end: time })
  .strict()
  .refine((s) => s.end > s.start, { message: "endBeforeStart", path: ["end"] });

const orderFieldsShape = {
  category: z.enum(taskCategories),
  title: text(120).min(1).min(3),
  description: text(4000).min(1).min(10),
  remote: z.boolean(),
  streetAddress: optionalText(200),
  postalCode: postalCode.optional().or(z.literal("").transform(() => undefined)),
  city: optionalText(100),
  scheduleKind: z.enum(["EXACT", "WINDOW"]),
  sessions: z.array(sessionSchema).max(30),
  windowText: optionalText(500),
  minutesPerWorker: z.number().int().min(15).max(12 * 60),
  workerCount: z.number().int().min(1).max(30),
  ordererProvides: optionalText(2000),
  orientation: optionalText(2000),
  siteContactName: optionalText(120),
  siteContactPhone: phone.optional().or(z.literal("").transform(() => undefined)),
  contractModel: z.enum(contractModels),
  billingMethod: z.enum(billingMethods),
  businessId: businessId.optional().or(z.literal("").transform(() => undefined)),
  eInvoiceAddress: optionalText(100),
  eInvoiceOperator: optionalText(100),
  billingEmail: z.string().trim().toLowerCase().pipe(z.email()).optional().or(z.literal("").transform(() => undefined)),
  billingReference: optionalText(100),
  billingName: optionalText(200),
  billingAddress: optionalText(300),
};

type OrderFields = z.output<z.ZodObject<typeof orderFieldsShape>>;

/** Cross-field rules of a complete order: where, when and billing. */
function checkOrder(o: OrderFields, ctx: z.RefinementCtx) {
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
  if (o.billingMethod === "E_INVOICE") {
    need("eInvoiceAddress", o.eInvoiceAddress);
    need("eInvoiceOperator", o.eInvoiceOperator);
  } else if (o.billingMethod === "EMAIL_INVOICE") need("billingEmail", o.billingEmail);
  else {
    need("billingName", o.billingName);
    need("billingAddress", o.billingAddress);
  }
}

const requestKey = z.string().min(8).max(100);
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
    contractModel: z.enum(contractModels),
    minutesPerWorker: z.number().int().min(0).max(12 * 60),
    workerCount: z.number().int().min(0).max(30),
    firstDate: day.optional(),
  })
  .strict();

/** A first-time orderer: organisation or private person, their own account, and the order. */
export const registerSchema = z
  .object({
    locale: z.enum(locales),
    ordererKind: z.enum(ordererKinds),
    organisationName: optionalText(200),
    contactName: text(120).min(2),
    email: z.string().trim().toLowerCase().pipe(z.email()),
    phone,
    password: z.string().min(10, "password").max(200),
    // a private person's address (also the billing address)
    streetAddress: optionalText(200),
    postalCode: postalCode.optional().or(z.literal("").transform(() => undefined)),
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

export const orderIdSchema = z.object({ orderId: id }).strict();
export const acceptTermsSchema = z.object({ orderId: id, termsVersionId: id }).strict();
export const cancelOrderSchema = z.object({ orderId: id, reason: optionalText(1000) }).strict();
export const postMessageSchema = z.object({ orderId: id, body: text(4000).min(1), question: z.boolean().optional() }).strict();

export const proposeChangeSchema = z
  .object({
    orderId: id,
    description: text(1000).min(3),
    reason: optionalText(1000),
    newUnitPriceCents: z.number().int().min(1).max(100_000).optional(),
    newMinutesPerWorker: z.number().int().min(15).max(12 * 60).optional(),
    newWorkerCount: z.number().int().min(1).max(30).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.newUnitPriceCents === undefined && c.newMinutesPerWorker === undefined && c.newWorkerCount === undefined)
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
