import type { Prisma } from "@/generated/prisma/client";
import type { GigStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";
import { canMoveGig } from "./rules";

// The only place that changes Gig.status. Coordination, the client's app, hours and order
// cancellation all move gigs through here, so `canMoveGig` cannot be skipped.

type GigData = Omit<Prisma.GigUncheckedUpdateManyInput, "status">;

/**
 * Moves one gig, guarded by its old state: the update only matches while the gig is still in
 * the state the caller read, so a concurrent change makes this fail cleanly instead of
 * overwriting it. Pass `updatedAt` to also refuse when anything else changed meanwhile
 * (staff approving hours the client is re-reporting).
 */
export async function moveGig(
  tx: Tx,
  gig: { id: string; status: GigStatus; updatedAt?: Date },
  to: GigStatus,
  data: GigData = {},
): Promise<void> {
  if (!canMoveGig(gig.status, to)) throw ruleViolation("GIG_NOT_IN_STATE");
  const updated = await tx.gig.updateMany({
    where: { id: gig.id, status: gig.status, ...(gig.updatedAt ? { updatedAt: gig.updatedAt } : {}) },
    data: { ...data, status: to },
  });
  if (updated.count !== 1) throw ruleViolation("GIG_NOT_IN_STATE");
}

/**
 * Moves every gig of an order that is in one of `from` to `to` (an order's cancellation).
 * Every `from` state must be allowed to move to `to`; a gig that has meanwhile left those
 * states is simply not matched. Returns how many moved.
 */
export async function moveGigs(
  tx: Tx,
  where: { orderId: string },
  from: readonly GigStatus[],
  to: GigStatus,
  data: GigData = {},
): Promise<number> {
  if (from.some((s) => !canMoveGig(s, to))) throw ruleViolation("GIG_NOT_IN_STATE");
  const updated = await tx.gig.updateMany({ where: { orderId: where.orderId, status: { in: [...from] } }, data: { ...data, status: to } });
  return updated.count;
}
