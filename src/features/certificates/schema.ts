import { z } from "zod";
import { day, id } from "@/lib/schema";
import { isValidPeriod } from "./rules";

export const requestCertificateSchema = z
  .object({ clientId: id, periodStart: day, periodEnd: day })
  .refine((v) => isValidPeriod(v.periodStart, v.periodEnd), { message: "endBeforeStart", path: ["periodEnd"] });

export const signCertificateSchema = z.object({ requestId: id });
