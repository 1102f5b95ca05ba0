import { z } from "zod";
import { id, text } from "@/lib/schema";

export const staffSignInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200), // as typed: a wrong character only fails the check
});

export const clientSignInSchema = z.object({
  username: text(60).toLowerCase().min(1),
  pin: z.string().trim().regex(/^\d{4,8}$/),
});

/** Staff clear an account's sign-in throttling (ADR 050). */
export const clearSignInThrottleSchema = z.object({ userId: id });
