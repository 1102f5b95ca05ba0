import type { HoursEventKind } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { ruleViolation } from "@/server/errors";

export function addHoursEvent(tx: Tx, gigId: string, kind: HoursEventKind, byUserId: string, minutes: number | null, reason?: string | null) {
  return tx.hoursEvent.create({ data: { gigId, kind, minutes, reason: reason ?? null, byUserId } });
}

/**
 * Corrects the approved hours of a gig that stays APPROVED, guarded by its old state and
 * hours (a concurrent change fails). Moves between states go through gigs/mutations moveGig.
 * The orderer confirmed other minutes: the correction asks them again (ADR 035).
 */
export async function correctGigHours(
  tx: Tx,
  gig: { id: string; updatedAt: Date },
  data: { approvedMinutes: number; approvedAt: Date; approvedById: string },
): Promise<void> {
  const updated = await tx.gig.updateMany({ where: { id: gig.id, status: "APPROVED", updatedAt: gig.updatedAt }, data: { ...data, hoursConfirmedAt: null } });
  if (updated.count !== 1) throw ruleViolation("GIG_NOT_IN_STATE");
}

type ReviewKind = "CONFIRMED" | "DEEMED_CONFIRMED" | "DISPUTED" | "RESOLVED_KEPT" | "RESOLVED_CORRECTED";

function addReview(tx: Tx, r: { gigId: string; orderId: string; kind: ReviewKind; byUserId: string | null; minutes?: number | null; reason?: string | null; at: Date }) {
  return tx.hoursReview.create({
    data: { gigId: r.gigId, orderId: r.orderId, kind: r.kind, byUserId: r.byUserId, minutes: r.minutes ?? null, reason: r.reason ?? null, createdAt: r.at },
  });
}

/**
 * Confirms the hours of these gigs (the orderer's answer, or the deadline's): each only if it
 * is still APPROVED and neither confirmed nor disputed, so a second run or a concurrent
 * answer changes nothing. Returns the ids it confirmed.
 */
export async function confirmGigHours(
  tx: Tx,
  gigs: readonly { id: string; orderId: string; approvedMinutes: number | null }[],
  kind: "CONFIRMED" | "DEEMED_CONFIRMED",
  byUserId: string | null,
  now: Date,
): Promise<string[]> {
  const confirmed: string[] = [];
  for (const g of gigs) {
    const updated = await tx.gig.updateMany({ where: { id: g.id, status: "APPROVED", hoursConfirmedAt: null, hoursDisputedAt: null }, data: { hoursConfirmedAt: now } });
    if (updated.count !== 1) continue;
    await addReview(tx, { gigId: g.id, orderId: g.orderId, kind, byUserId, minutes: g.approvedMinutes, at: now });
    confirmed.push(g.id);
  }
  return confirmed;
}

/** The orderer disputes a gig's approved hours: it waits for the coordinator, out of the deadline's reach. */
export async function disputeGigHours(tx: Tx, gig: { id: string; orderId: string; approvedMinutes: number | null }, reason: string, byUserId: string, now: Date) {
  const updated = await tx.gig.updateMany({ where: { id: gig.id, status: "APPROVED", hoursConfirmedAt: null, hoursDisputedAt: null }, data: { hoursDisputedAt: now } });
  if (updated.count !== 1) throw ruleViolation("HOURS_ALREADY_CONFIRMED");
  await addReview(tx, { gigId: gig.id, orderId: gig.orderId, kind: "DISPUTED", byUserId, minutes: gig.approvedMinutes, reason, at: now });
}

/**
 * The coordinator answers a dispute: keeps the minutes or corrects them (an HoursEvent
 * CORRECTED as well), with a reason. Either way the hours are then confirmed.
 */
export async function resolveGigDispute(
  tx: Tx,
  gig: { id: string; orderId: string; approvedMinutes: number | null; updatedAt: Date },
  answer: { minutes: number; reason: string },
  byUserId: string,
  now: Date,
): Promise<"RESOLVED_KEPT" | "RESOLVED_CORRECTED"> {
  const kind = answer.minutes === gig.approvedMinutes ? "RESOLVED_KEPT" : "RESOLVED_CORRECTED";
  const data = kind === "RESOLVED_CORRECTED" ? { approvedMinutes: answer.minutes, approvedById: byUserId } : {};
  const updated = await tx.gig.updateMany({
    where: { id: gig.id, status: "APPROVED", hoursConfirmedAt: null, hoursDisputedAt: { not: null }, updatedAt: gig.updatedAt },
    data: { ...data, hoursDisputedAt: null, hoursConfirmedAt: now },
  });
  if (updated.count !== 1) throw ruleViolation("DISPUTE_NOT_OPEN");
  if (kind === "RESOLVED_CORRECTED") await addHoursEvent(tx, gig.id, "CORRECTED", byUserId, answer.minutes, answer.reason);
  await addReview(tx, { gigId: gig.id, orderId: gig.orderId, kind, byUserId, minutes: answer.minutes, reason: answer.reason, at: now });
  return kind;
}
