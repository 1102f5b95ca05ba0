import { z } from "zod";
import { isValidPeriod } from "./rules";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date");

export const requestCertificateSchema = z
  .object({ clientId: z.string().min(1).max(64), periodStart: day, periodEnd: day })
  .refine((v) => isValidPeriod(v.periodStart, v.periodEnd), { message: "endBeforeStart", path: ["periodEnd"] });

export const signCertificateSchema = z.object({ requestId: z.string().min(1).max(64) });
