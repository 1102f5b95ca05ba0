import { z } from "zod";
import { id } from "@/lib/schema";

export const retryJobSchema = z.object({ deadLetterId: id });

/** The list's cursor: `<failedAt ISO>_<id>` of the last row shown. */
export const deadLetterCursorSchema = z
  .string()
  .max(80)
  .regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z_[A-Za-z0-9_-]+$/)
  .transform((v) => {
    const i = v.indexOf("_");
    return { failedAt: new Date(v.slice(0, i)), id: v.slice(i + 1) };
  });
