import type { GigStatus } from "@/generated/prisma/enums";

// A gig's life. Coordination creates and offers gigs; the client answers and reports; staff
// approve hours. Every move between states goes through `canMoveGig`.
const transitions: Record<GigStatus, readonly GigStatus[]> = {
  PLANNED: ["OFFERED", "CANCELLED", "REPLACED"],
  OFFERED: ["ACCEPTED", "DECLINED", "CANCELLED", "REPLACED"],
  ACCEPTED: ["STARTED", "REPORTED", "CANCELLED", "REPLACED"],
  DECLINED: [],
  STARTED: ["REPORTED", "CANCELLED"],
  // Staff may enter hours for a client who does not use the app: ACCEPTED → REPORTED → APPROVED.
  REPORTED: ["APPROVED", "REPORTED"],
  APPROVED: [],
  CANCELLED: [],
  REPLACED: [],
};

export function canMoveGig(from: GigStatus, to: GigStatus): boolean {
  return transitions[from].includes(to);
}

/** States in which a gig holds the client's time (for double-booking checks). */
export const BOOKING_STATES: readonly GigStatus[] = ["PLANNED", "OFFERED", "ACCEPTED", "STARTED", "REPORTED", "APPROVED"];

export function isBooking(status: GigStatus): boolean {
  return BOOKING_STATES.includes(status);
}

/** Two time ranges overlap when each starts before the other ends. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}
