import { z } from "zod";
import { isValidBusinessId, normalizeBusinessId } from "@/features/orderers/rules";
import { checkBilling, checkOrder, orderFieldsShape } from "@/features/orders/schema";
import { BillingMethod, OrdererCheck, OrdererKind, OrderStatus } from "@/generated/prisma/enums";
import { locales } from "@/i18n/config";
import { day, email, id, optionalText, password, phone, requiredText, text } from "@/lib/schema";

// Orders from any channel (ADR 024): a coordinator enters a phoned-in order; the orderer's
// contact reviews it from an emailed link. The order's own fields are the orders feature's.

const businessId = z.string().trim().transform(normalizeBusinessId).refine(isValidBusinessId, "businessId");
const blankToNull = z.literal("").transform(() => null);

/** The coordinator's entry: who orders (an existing orderer or a new one), its contact, and the order. */
export const enterOrderSchema = z
  .object({
    ordererMode: z.enum(["existing", "new"]),
    ordererId: id.optional().or(blankToNull),
    // a new orderer (ordererMode "new")
    kind: z.enum(OrdererKind),
    name: optionalText(200),
    ordererBusinessId: businessId.optional().or(blankToNull),
    /** What the coordinator checked of a new orderer (ADR 055 checks); none: it waits for a review. */
    checks: z.array(z.enum(OrdererCheck)).max(Object.values(OrdererCheck).length),
    checkNote: optionalText(1000),
    // the contact who gets the review link
    contactName: requiredText(120).min(2),
    contactEmail: email,
    contactPhone: phone,
    contactLocale: z.enum(locales),
    order: z
      .object({
        jobcenterId: id,
        requestKey: text(100).min(8),
        ...orderFieldsShape,
        // the orderer gives or confirms billing on the link; the coordinator may leave it open
        billingMethod: z.enum(BillingMethod).optional(),
      })
      .strict()
      .superRefine((o, ctx) => {
        // the same rules as the orderer's own form, except billing (the orderer's part)
        checkOrder({ ...o, billingMethod: o.billingMethod ?? "E_INVOICE" }, ctx, { billing: false });
      }),
  })
  .strict()
  .superRefine((e, ctx) => {
    const need = (path: string, ok: unknown) => {
      if (!ok) ctx.addIssue({ code: "custom", message: "required", path: [path] });
    };
    if (e.ordererMode === "existing") need("ordererId", e.ordererId);
    else {
      need("name", e.name);
      if (e.kind === "COMPANY" || e.kind === "ASSOCIATION") need("ordererBusinessId", e.ordererBusinessId);
    }
  });
export type EnterOrderInput = z.output<typeof enterOrderSchema>;

/** The orderer's contact on the review link: accept the terms, give billing, maybe an account. */
export const reviewByLinkSchema = z
  .object({
    token: z.string().min(10).max(200),
    termsVersionId: id,
    acceptTerms: z.literal(true, "required"),
    billingMethod: z.enum(BillingMethod),
    businessId: businessId.optional().or(blankToNull),
    eInvoiceAddress: optionalText(100),
    eInvoiceOperator: optionalText(100),
    billingEmail: email.optional().or(blankToNull),
    billingReference: optionalText(100),
    billingName: optionalText(200),
    billingAddress: optionalText(300),
    createAccount: z.boolean(),
    password: password(10).optional().or(blankToNull),
  })
  .strict()
  .superRefine((r, ctx) => {
    checkBilling(r, ctx);
    if (r.createAccount && !r.password) ctx.addIssue({ code: "custom", message: "required", path: ["password"] });
  });
export type ReviewByLinkInput = z.output<typeof reviewByLinkSchema>;

/** A new review link for a waiting order. */
export const resendReviewLinkSchema = z.object({ orderId: id }).strict();

/** The coordinator's order list: search and filters from the address bar (never trusted further). */
export const orderListFilterSchema = z.object({
  q: text(100).optional().catch(undefined),
  status: z.enum(OrderStatus).optional().catch(undefined),
  tab: z.enum(["open", "archive"]).catch("open"),
  ordererId: id.optional().catch(undefined),
  unitId: id.optional().catch(undefined),
  /** a worker's name (the coordinator sees clients' names, ADR 033) */
  worker: text(100).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  after: text(200).optional().catch(undefined),
});
export type OrderListFilter = z.output<typeof orderListFilterSchema>;
