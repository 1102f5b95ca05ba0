import type { GigStatus, SupportMode } from "@/generated/prisma/enums";
import { isoWeekday } from "@/lib/dates";
import { DAY, HOUR, type SeedContext, type World } from "./context";
import { seedFeedback } from "./feedback";
import { hoursReviewOf, seedHoursEvents } from "./hours";
import type { FixedWorker, OrderSpec } from "./order-specs";
import type { OrderPlan } from "./orders";
import type { Session } from "./plan";
import type { OrderRef } from "./workers";

/** A gig for every chosen worker on every session, with its hours and feedback once worked. */
export async function seedGigs(ctx: SeedContext, world: World, spec: OrderSpec, plan: OrderPlan, order: OrderRef, chosen: FixedWorker[]) {
  const { tx, pick, now } = ctx;
  const { jc, coord, minutes } = plan;
  const scheduledAt = plan.at("SCHEDULED");
  const gigs: { clientId: string; status: GigStatus }[] = [];
  for (const [si, s] of plan.sessions.entries()) {
    for (const [wi, c] of chosen.entries()) {
      const status = gigStatus(spec, plan, order.index, s, si, wi, c, now);
      const staff = world.staff.unitStaff[jc][c.client.unitIndex]!;
      const support: SupportMode = jc === "D" ? "STAFF_ALONG" : "PHONE";
      // A disability gig on one of the client's work-activity days needs the staff's confirmation.
      const clash = jc === "D" && c.client.weekly.some((w) => w.weekday === isoWeekday(s.startsAt));
      const reported = status === "REPORTED" || status === "APPROVED" ? minutes + pick([0, 0, 0, -15, 15, 30]) : null;
      // Half an hour over is corrected back to the planned time (the break does not count).
      const approved = status === "APPROVED" ? (reported === minutes + 30 ? minutes : reported) : null;
      const approvedAt = status === "APPROVED" ? new Date(Math.min(s.endsAt.getTime() + DAY, now.getTime() - HOUR)) : null;
      // The orderer reviews the hours once the order is approved (ADR 035); one gig of the disputed order waits for the coordinator.
      const reviewed = approved !== null && (plan.finalStatus === "APPROVED" || plan.finalStatus === "INVOICED");
      const review = !reviewed
        ? null
        : hoursReviewOf(
            {
              gigId: "",
              orderId: order.id,
              approved: approved!,
              approvedAt: approvedAt!,
              contactId: plan.orderer.contactId,
              review: spec.review === "waiting" ? "waiting" : spec.review === "disputed" && si === 0 && wi === 1 ? "disputed" : "confirmed",
              deemed: order.index % 4 === 0,
              days: plan.terms.hoursConfirmationDays,
            },
            now,
          );
      const gig = await tx.gig.create({
        data: {
          orderId: order.id,
          sessionId: order.sessionIds[si]!,
          clientId: c.client.id,
          status,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          plannedMinutes: minutes,
          startedAt: reported !== null ? s.startsAt : null,
          finishedAt: reported !== null ? new Date(s.startsAt.getTime() + reported * 60_000) : null,
          reportedMinutes: reported,
          reportNote: reported !== null && reported > minutes ? "Työ kesti vähän arvioitua pidempään." : null,
          approvedMinutes: approved,
          approvedAt,
          approvedById: approved !== null ? coord.id : null,
          hoursConfirmedAt: review?.hoursConfirmedAt ?? null,
          hoursDisputedAt: review?.hoursDisputedAt ?? null,
          supportMode: support,
          supportPerson: staff.name,
          meetingPerson: plan.orderer.seed.contact.name,
          bringItems: spec.category === "OUTDOOR" ? "Säänmukainen vaatetus" : null,
          onWorkActivityDay: clash,
          workActivityDayConfirmedById: clash ? staff.id : null,
          cancelReason: status === "CANCELLED" ? "Tilaus peruttiin." : null,
          createdById: coord.id,
          createdAt: scheduledAt,
          ...(si === 0 ? c.details : {}),
        },
      });
      c.client.bookings.push(s);
      if (review && review.rows.length > 0) await tx.hoursReview.createMany({ data: review.rows.map((r) => ({ ...r, gigId: gig.id })) });
      ctx.auditRows.push({ actorUserId: coord.id, action: "gig.assign", entityType: "Gig", entityId: gig.id, clientId: c.client.id, createdAt: scheduledAt });
      if (approved !== null) ctx.auditRows.push({ actorUserId: coord.id, action: "hours.approve", entityType: "Gig", entityId: gig.id, clientId: c.client.id, details: { minutes: approved }, createdAt: approvedAt! });
      gigs.push({ clientId: c.client.id, status });
      if (reported !== null) {
        const worked = { gigId: gig.id, session: s, reported, approved, approvedAt, client: c.client, staffId: staff.id, coordinatorId: coord.id };
        await seedHoursEvents(ctx, worked);
        if (approved !== null) await seedFeedback(ctx, world, plan, order.id, worked.gigId, c.client, approvedAt!);
      }
    }
  }
  return gigs;
}

/**
 * A fixed client's first gig has the spec's status. Otherwise: cancelled with the order; still
 * ahead → accepted (now and then one still offered); worked → reported while the order is
 * DONE (or the IN_PROGRESS order that has reports), approved after that.
 */
function gigStatus(spec: OrderSpec, plan: OrderPlan, orderIndex: number, s: Session, si: number, wi: number, c: FixedWorker, now: Date): GigStatus {
  const { finalStatus } = plan;
  if (si === 0 && c.status) return c.status;
  if (finalStatus === "CANCELLED") return "CANCELLED";
  if (s.endsAt > now) return finalStatus === "SCHEDULED" && wi === 1 && orderIndex % 3 === 0 ? "OFFERED" : "ACCEPTED";
  if (finalStatus === "DONE" || (finalStatus === "IN_PROGRESS" && spec.special === "reported-in-progress")) return "REPORTED";
  return "APPROVED";
}

/** A client who said no to the first session: history for the coordinator. Returns the gigs made. */
export async function seedDeclinedGig(ctx: SeedContext, { people }: World, plan: OrderPlan, order: OrderRef, chosen: FixedWorker[]): Promise<number> {
  const first = plan.sessions[0];
  if (!first) return 0;
  const other = people.clients.find(
    (c) => c.jc === plan.jc && c.readiness === "READY" && !chosen.some((x) => x.client === c) && c !== people.maija && c !== people.pekka,
  );
  if (!other) return 0;
  await ctx.tx.gig.create({
    data: {
      orderId: order.id,
      sessionId: order.sessionIds[0]!,
      clientId: other.id,
      status: "DECLINED",
      startsAt: first.startsAt,
      endsAt: first.endsAt,
      plannedMinutes: plan.minutes,
      declineReason: "Minulla on silloin lääkäriaika.",
      createdById: plan.coord.id,
      createdAt: plan.at("SCHEDULED"),
    },
  });
  return 1;
}
