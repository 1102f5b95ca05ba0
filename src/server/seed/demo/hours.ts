import type { Prisma } from "@/generated/prisma/client";
import type { ClientRow } from "./clients";
import { HOUR, type SeedContext } from "./context";
import type { Session } from "./plan";

/** A gig that was worked: what was reported, and approved if it was. */
export interface WorkedGig {
  gigId: string;
  session: Session;
  reported: number;
  approved: number | null;
  approvedAt: Date | null;
  client: ClientRow;
  /** the unit's staff member, who enters hours for a client without the app */
  staffId: string;
  coordinatorId: string;
}

/** The hours trail of a worked gig. */
export async function seedHoursEvents(ctx: SeedContext, worked: WorkedGig) {
  await ctx.tx.hoursEvent.createMany({ data: hoursEvents(worked) });
}

/**
 * A client with the app starts, finishes and reports; for the others the staff enters the
 * minutes. The coordinator corrects a differing approval, then approves.
 */
export function hoursEvents({ gigId, session: s, reported, approved, approvedAt, client, staffId, coordinatorId }: WorkedGig): Prisma.HoursEventCreateManyInput[] {
  const finishedAt = new Date(s.startsAt.getTime() + reported * 60_000);
  const events: Prisma.HoursEventCreateManyInput[] = client.userId
    ? [
        { gigId, kind: "STARTED", byUserId: client.userId, createdAt: s.startsAt },
        { gigId, kind: "FINISHED", byUserId: client.userId, createdAt: finishedAt },
        { gigId, kind: "REPORTED", minutes: reported, byUserId: client.userId, createdAt: new Date(finishedAt.getTime() + 60_000) },
      ]
    : [{ gigId, kind: "ENTERED_BY_STAFF", minutes: reported, reason: "Asiakas ei käytä sovellusta.", byUserId: staffId, createdAt: new Date(s.endsAt.getTime() + 2 * HOUR) }];
  if (approved !== null && approved !== reported) {
    events.push({ gigId, kind: "CORRECTED", minutes: approved, reason: "Tauko ei kuulu työaikaan.", byUserId: coordinatorId, createdAt: new Date(approvedAt!.getTime() - 60_000) });
  }
  if (approved !== null) events.push({ gigId, kind: "APPROVED", minutes: approved, byUserId: coordinatorId, createdAt: approvedAt! });
  return events;
}

/** A disputed gig waits for the coordinator with the orderer's reason. */
export const DEMO_DISPUTE_REASON = "Tekijä lähti noin tuntia ennen sovittua. Tarkistaisitteko tunnit?";

/**
 * The orderer's review of an approved gig (ADR 035): confirmed by the contact a day or two
 * after the approval; an old one now and then confirmed by the deadline instead (no one); left
 * waiting or disputed where the spec says so. Returns the gig's columns and its review rows.
 */
export function hoursReviewOf(
  args: { gigId: string; orderId: string; approved: number; approvedAt: Date; contactId: string; review: "confirmed" | "waiting" | "disputed"; deemed: boolean; days: number },
  now: Date,
): { hoursConfirmedAt: Date | null; hoursDisputedAt: Date | null; rows: Prisma.HoursReviewCreateManyInput[] } {
  const { gigId, orderId, approved, approvedAt, contactId } = args;
  const later = (ms: number) => new Date(Math.min(approvedAt.getTime() + ms, now.getTime() - HOUR / 2));
  if (args.review === "waiting") return { hoursConfirmedAt: null, hoursDisputedAt: null, rows: [] };
  if (args.review === "disputed") {
    const at = later(HOUR * 20);
    return { hoursConfirmedAt: null, hoursDisputedAt: at, rows: [{ gigId, orderId, kind: "DISPUTED", minutes: approved, reason: DEMO_DISPUTE_REASON, byUserId: contactId, createdAt: at }] };
  }
  const deadline = approvedAt.getTime() + args.days * 24 * HOUR;
  if (args.deemed && deadline < now.getTime()) {
    const at = new Date(deadline);
    return { hoursConfirmedAt: at, hoursDisputedAt: null, rows: [{ gigId, orderId, kind: "DEEMED_CONFIRMED", minutes: approved, byUserId: null, createdAt: at }] };
  }
  const at = later(HOUR * 30);
  return { hoursConfirmedAt: at, hoursDisputedAt: null, rows: [{ gigId, orderId, kind: "CONFIRMED", minutes: approved, byUserId: contactId, createdAt: at }] };
}
