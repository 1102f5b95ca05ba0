import type { z } from "zod";
import type { Orderer } from "@/generated/prisma/client";
import { dayKey, timeKey } from "@/lib/dates";
import type { DraftForEditing } from "../../queries";
import type { submitOrderSchema } from "../../schema";

/** What the order form holds: the submit schema's own input (the server parses it again). */
export type OrderFormValues = z.input<typeof submitOrderSchema>;
/** The order's own fields, without the ids and keys the form adds itself. */
export type OrderFields = Omit<OrderFormValues, "jobcenterId" | "orderId" | "requestKey" | "termsVersionId" | "acceptTerms">;

export const emptySession = () => ({ date: "", start: "09:00", end: "12:00" });

export function emptyOrderFields(contractModel: OrderFields["contractModel"]): OrderFields {
  return {
    category: "CLEANING",
    title: "",
    description: "",
    remote: false,
    streetAddress: "",
    postalCode: "",
    city: "",
    scheduleKind: "EXACT",
    sessions: [emptySession()],
    windowText: "",
    minutesPerWorker: 180,
    workerCount: 1,
    ordererProvides: "",
    orientation: "",
    siteContactName: "",
    siteContactPhone: "",
    contractModel,
    billingMethod: "E_INVOICE",
    businessId: "",
    eInvoiceAddress: "",
    eInvoiceOperator: "",
    billingEmail: "",
    billingReference: "",
    billingName: "",
    billingAddress: "",
  };
}

const hhmm = timeKey;

/** A saved draft, back in the form's fields. */
export function draftFormValues(order: DraftForEditing): Partial<OrderFields> {
  return {
    category: order.category,
    title: order.title,
    description: order.description,
    remote: order.remote,
    streetAddress: order.streetAddress ?? "",
    postalCode: order.postalCode ?? "",
    city: order.city ?? "",
    scheduleKind: order.scheduleKind,
    sessions: order.sessions.length ? order.sessions.map((s) => ({ date: dayKey(s.startsAt), start: hhmm(s.startsAt), end: hhmm(s.endsAt) })) : undefined,
    windowText: order.windowText ?? "",
    // a draft saved before the hours were filled in keeps the field empty
    minutesPerWorker: order.hoursPerWorkerMin || undefined,
    workerCount: order.workerCount,
    ordererProvides: order.ordererProvides ?? "",
    orientation: order.orientation ?? "",
    siteContactName: order.siteContactName ?? "",
    siteContactPhone: order.siteContactPhone ?? "",
    contractModel: order.contractModel,
    billingMethod: order.billingMethod ?? "E_INVOICE",
    businessId: order.businessId ?? "",
    eInvoiceAddress: order.eInvoiceAddress ?? "",
    eInvoiceOperator: order.eInvoiceOperator ?? "",
    billingEmail: order.billingEmail ?? "",
    billingReference: order.billingReference ?? "",
    billingName: order.billingName ?? "",
    billingAddress: order.billingAddress ?? "",
  };
}

/** A new order starts from the orderer's billing details (a private person's own address). */
export function billingDefaultsOf(o: Orderer): Partial<OrderFields> {
  const isPerson = o.kind === "PRIVATE_PERSON";
  return {
    businessId: o.businessId ?? "",
    billingMethod: o.billingMethod ?? "E_INVOICE",
    eInvoiceAddress: o.eInvoiceAddress ?? "",
    eInvoiceOperator: o.eInvoiceOperator ?? "",
    billingEmail: o.billingEmail ?? "",
    billingReference: o.billingReference ?? "",
    billingName: isPerson ? o.name : "",
    billingAddress: isPerson ? [o.streetAddress, [o.postalCode, o.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") : "",
  };
}
