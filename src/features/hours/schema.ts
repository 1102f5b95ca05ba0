import { z } from "zod";
import { id, minutes, optionalText } from "@/lib/schema";

const reason = optionalText(1000);

// Approving may keep the reported minutes (none sent); entering and correcting name them.
export const approveHoursSchema = z.object({ gigId: id, minutes: minutes.optional(), reason });
export const enterHoursSchema = z.object({ gigId: id, minutes, reason });
export const correctHoursSchema = z.object({ gigId: id, minutes, reason });
