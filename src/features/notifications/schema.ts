import { z } from "zod";
import { id, time } from "@/lib/schema";

export const notificationIdSchema = z.object({ id });
export const noInputSchema = z.object({});

// A browser's PushSubscription.toJSON(). Push services are always https; anything else would
// let a subscriber make the server post to an address of their choosing.
const base64url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/).max(200);
export const pushSubscriptionSchema = z.object({
  endpoint: z.url({ protocol: /^https$/ }).max(1000),
  keys: z.object({ p256dh: base64url, auth: base64url }),
});
export const pushEndpointSchema = z.object({ endpoint: z.url({ protocol: /^https$/ }).max(1000) });

const optionalTime = z.union([time, z.literal("")]).optional();
export const notificationPrefsSchema = z
  .object({
    /** set: unit staff choosing for a client of their unit; unset: one's own */
    clientId: id.optional(),
    email: z.boolean(),
    sms: z.boolean(),
    push: z.boolean(),
    quietStart: optionalTime,
    quietEnd: optionalTime,
  })
  .refine((v) => !v.quietStart === !v.quietEnd, { path: ["quietEnd"], message: "invalid" });
