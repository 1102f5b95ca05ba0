import { z } from "zod";

export const staffSignInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

export const clientSignInSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(60),
  pin: z.string().trim().regex(/^\d{4,8}$/),
});
