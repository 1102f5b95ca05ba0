import { env } from "@/env";

/** The named setting RETENTION_YEARS (ADR 074). */
export function retentionYears(): number {
  return env.RETENTION_YEARS;
}
