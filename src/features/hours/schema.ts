import { z } from "zod";
import { id, minutes, optionalText, requiredText } from "@/lib/schema";

const reason = optionalText(1000);

// Approving may keep the reported minutes (none sent); entering and correcting name them.
export const approveHoursSchema = z.object({ gigId: id, minutes: minutes.optional(), reason });
export const enterHoursSchema = z.object({ gigId: id, minutes, reason });
export const correctHoursSchema = z.object({ gigId: id, minutes, reason });

// The orderer's review of done work (ADR 035): confirm all of an order's waiting hours, or
// dispute one gig with a reason; the coordinator answers a dispute, keeping or correcting the minutes.
export const confirmOrderHoursSchema = z.object({ orderId: id });
export const disputeGigHoursSchema = z.object({ gigId: id, reason: requiredText(1000) });
export const resolveHoursDisputeSchema = z.object({ gigId: id, minutes: minutes.optional(), reason: requiredText(1000) });
