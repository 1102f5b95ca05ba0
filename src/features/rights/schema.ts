import { z } from "zod";
import { id } from "@/lib/schema";

// Erasing cannot be undone: the form's confirmation box must be ticked, and the server asks too.
export const eraseClientSchema = z.object({ clientId: id, confirm: z.literal(true, "required") });
export const eraseUserSchema = z.object({ userId: id, confirm: z.literal(true, "required") });
