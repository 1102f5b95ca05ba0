import { listBenefitLimits, loadEarningGigs } from "@/features/benefits/queries";
import { limitMeters, summariseEarnings } from "@/features/benefits/rules";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { notifyClient, notifyUnitStaff } from "./mutations";
import type { NotificationParams } from "./texts";
import { findClientBenefits, findGigForNotify } from "./queries";
import { changeUrgency, clientHasSeenGig, limitPeriodKey } from "./rules";

// The unit staff's and the client's rows of "who is told what" (ADR 046). Each is called once,
// at its event, inside the event's transaction; the keys make a second call send nothing.

type GigNote = NonNullable<Awaited<ReturnType<typeof findGigForNotify>>>;

const clientName = (g: { client: { firstName: string; lastName: string } }) => `${g.client.firstName} ${g.client.lastName}`;
const gigParams = (g: GigNote) => ({ title: g.order.title, startsAt: g.startsAt.toISOString(), endsAt: g.endsAt.toISOString() });
const clientLink = (g: { id: string }) => `/client/gigs/${g.id}`;
const staffLink = (g: { clientId: string }) => `/unit/clients/${g.clientId}`;

/** Unit staff: the coordinator offered the order to their unit. */
export async function tellUnitOfOffer(db: Db | Tx, offer: { id: string; unitId: string }, title: string, now: Date) {
  return notifyUnitStaff(db, offer.unitId, { kind: "unit.offerReceived", params: { title }, link: `/unit/offers/${offer.id}`, key: `offer:${offer.id}:received`, now });
}

/** Unit staff: their client said no to a gig. */
export async function tellStaffClientDeclined(db: Db | Tx, gigId: string, now: Date) {
  const g = await findGigForNotify(db, gigId);
  if (!g) return 0;
  return notifyUnitStaff(db, g.client.unitId, { kind: "unit.clientDeclined", params: { ...gigParams(g), name: clientName(g) }, link: staffLink(g), key: `gig:${g.id}:declined`, now });
}

/** Unit staff: their client has not answered an offer in time (the scheduled check). */
export async function tellStaffUnanswered(db: Db | Tx, g: GigNote, now: Date) {
  return notifyUnitStaff(db, g.client.unitId, { kind: "unit.clientUnanswered", params: { ...gigParams(g), name: clientName(g) }, link: staffLink(g), key: `gig:${g.id}:unanswered`, now });
}

/** Unit staff: a gig ended without hours (the scheduled check). */
export async function tellStaffCheckoutMissing(db: Db | Tx, g: GigNote, now: Date) {
  return notifyUnitStaff(db, g.client.unitId, { kind: "unit.checkoutMissing", params: { ...gigParams(g), name: clientName(g) }, link: staffLink(g), key: `gig:${g.id}:checkoutMissing`, now });
}

/**
 * The client: a gig they knew of is cancelled ("you don't need to come"). `before` is the gig
 * as it was before the change (a cancelled gig is no longer OFFERED or ACCEPTED).
 */
export async function tellClientGigCancelled(db: Db | Tx, before: { id: string; status: string }, now: Date) {
  if (!clientHasSeenGig(before.status)) return null;
  const g = await findGigForNotify(db, before.id);
  if (!g) return null;
  // A gig swapped to another worker is no longer the client's to open: the link goes to their list.
  const link = g.status === "REPLACED" ? "/client" : clientLink(g);
  return notifyClient(db, g.clientId, { kind: "gig.cancelled", params: gigParams(g), link, key: `gig:${g.id}:cancelled`, urgency: changeUrgency(g, now), now });
}

/**
 * The client: a gig they knew of has a new time (the reschedule made a new gig that replaces
 * the old one). Urgent when the old time was close or the reminder of the old time went out.
 */
export async function tellClientGigRescheduled(db: Db | Tx, before: { id: string; status: string; startsAt: Date; remindedAt: Date | null }, newGigId: string, now: Date) {
  if (!clientHasSeenGig(before.status)) return null;
  const g = await findGigForNotify(db, newGigId);
  if (!g) return null;
  const urgency = changeUrgency(before, now) === "urgent" ? "urgent" : changeUrgency(g, now);
  return notifyClient(db, g.clientId, { kind: "gig.rescheduled", params: gigParams(g), link: clientLink(g), key: `gig:${g.id}:rescheduled`, urgency, now });
}

/**
 * The client: the hours are approved; when the approved minutes differ from what they
 * reported, the approver's reason says why.
 */
export async function tellClientHoursApproved(db: Db | Tx, gigId: string, a: { minutes: number; reportedMinutes: number | null; reason?: string | null }, now: Date) {
  const g = await findGigForNotify(db, gigId);
  if (!g) return null;
  const changed = a.reportedMinutes !== null && a.reportedMinutes !== a.minutes;
  const params: NotificationParams = changed
    ? { title: g.order.title, approvedMinutes: a.minutes, reportedMinutes: a.reportedMinutes!, reason: a.reason?.trim() || "–" }
    : { title: g.order.title, approvedMinutes: a.minutes };
  return notifyClient(db, g.clientId, { kind: changed ? "hours.approvedChanged" : "hours.approved", params, link: clientLink(g), key: `gig:${g.id}:hoursApproved`, now });
}

/** The client: approved hours were corrected afterwards, with the reason. One per correction. */
export async function tellClientHoursCorrected(db: Db | Tx, gigId: string, c: { eventId: string; minutes: number; reason?: string | null }, now: Date) {
  const g = await findGigForNotify(db, gigId);
  if (!g) return null;
  return notifyClient(db, g.clientId, {
    kind: "hours.corrected",
    params: { title: g.order.title, approvedMinutes: c.minutes, reason: c.reason?.trim() || "–" },
    link: clientLink(g),
    key: `gig:${g.id}:hoursCorrected:${c.eventId}`,
    now,
  });
}

/**
 * Unit staff: approved hours brought the client's earnings near (≥ 80 %, the meter's "close")
 * or over a limit of their benefits (ADR 041). Once per limit, level and period.
 */
export async function tellStaffNearBenefitLimit(db: Db | Tx, clientId: string, now: Date): Promise<number> {
  const client = await findClientBenefits(db, clientId);
  if (!client || client.benefits.length === 0) return 0;
  // One after another: inside a transaction (DEVELOPERS.md).
  const gigs = await loadEarningGigs(db, clientId, now);
  const rows = await listBenefitLimits(db);
  let told = 0;
  for (const m of limitMeters(rows, client.benefits, summariseEarnings(gigs, now), now)) {
    if (!m.meter || !m.limit || m.meter.level === "below") continue;
    const { kind, period } = m.slot;
    told += await notifyUnitStaff(db, client.unitId, {
      kind: "unit.benefitLimit",
      params: { name: `${client.firstName} ${client.lastName}`, level: m.meter.level, percent: m.meter.percent, limitCents: m.meter.limitCents, limitKind: kind },
      link: `/unit/support/${client.id}/money`,
      key: `client:${client.id}:limit:${kind}:${period}:${limitPeriodKey(period, now)}:${m.meter.level}`,
      now,
    });
  }
  return told;
}
