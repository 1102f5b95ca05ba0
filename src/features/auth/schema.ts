import { z } from "zod";
import { id } from "@/lib/schema";

export const staffSignInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

export const clientSignInSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(60),
  pin: z.string().trim().regex(/^\d{4,8}$/),
});

/** Staff clear an account's sign-in throttling (ADR 050). */
export const clearSignInThrottleSchema = z.object({ userId: id });
