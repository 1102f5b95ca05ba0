import { z } from "zod";
import { OrdererCheck } from "@/generated/prisma/enums";
import { locales } from "@/i18n/config";
import { email, id, optionalText, requiredText } from "@/lib/schema";

/** The checks a coordinator can tick, in the order the form lists them. */
export const ordererChecks = Object.values(OrdererCheck);

// A coordinator's decision is made from an order page: the order names the Jobcenter whose
// coordinator may decide, and the orderer is looked up from it (never sent by the browser).

/** Verify, or join to the existing orderer: at least one check, and a note if they like. */
export const reviewOrdererSchema = z
  .object({ orderId: id, checks: z.array(z.enum(OrdererCheck)).min(1, "required").max(ordererChecks.length), note: optionalText(1000) })
  .strict();

/** Refuse: the reason is required (it is the orders' cancellation reason too). */
export const refuseOrdererSchema = z.object({ orderId: id, note: requiredText(1000).min(3) }).strict();

/** The email link of a new registration. */
export const emailTokenSchema = z.object({ token: z.string().min(10).max(200) }).strict();

/** "Forgot password" on the sign-in page. */
export const forgotPasswordSchema = z.object({ email, locale: z.enum(locales).optional() }).strict();
