import type { HoursEventKind } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";

export function addHoursEvent(tx: Tx, gigId: string, kind: HoursEventKind, byUserId: string, minutes: number | null, reason?: string) {
  return tx.hoursEvent.create({ data: { gigId, kind, minutes, reason: reason ?? null, byUserId } });
}

/** Writes the gig's hours, guarded by its old state and hours (a concurrent change fails). */
export async function writeGigHours(
  tx: Tx,
  gig: { id: string; status: import("@/generated/prisma/enums").GigStatus; updatedAt: Date },
  data: Record<string, unknown>,
): Promise<void> {
  const updated = await tx.gig.updateMany({ where: { id: gig.id, status: gig.status, updatedAt: gig.updatedAt }, data });
  if (updated.count !== 1) throw ruleViolation("GIG_NOT_IN_STATE");
}
