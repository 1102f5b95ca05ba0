import type { HoursEventKind } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";

export function addHoursEvent(tx: Tx, gigId: string, kind: HoursEventKind, byUserId: string, minutes: number | null, reason?: string | null) {
  return tx.hoursEvent.create({ data: { gigId, kind, minutes, reason: reason ?? null, byUserId } });
}

/**
 * Corrects the approved hours of a gig that stays APPROVED, guarded by its old state and
 * hours (a concurrent change fails). Moves between states go through gigs/mutations moveGig.
 */
export async function correctGigHours(
  tx: Tx,
  gig: { id: string; updatedAt: Date },
  data: { approvedMinutes: number; approvedAt: Date; approvedById: string },
): Promise<void> {
  const updated = await tx.gig.updateMany({ where: { id: gig.id, status: "APPROVED", updatedAt: gig.updatedAt }, data });
  if (updated.count !== 1) throw ruleViolation("GIG_NOT_IN_STATE");
}
