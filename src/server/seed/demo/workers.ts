import type { ClientRow } from "./clients";
import { DAY, HOUR, type SeedContext, type World } from "./context";
import { seedDeclinedGig, seedGigs } from "./gigs";
import type { OrderSpec, FixedWorker } from "./order-specs";
import type { OrderPlan } from "./orders";
import type { Session } from "./plan";

/** The order's rows that its workers' rows point at. */
export interface OrderRef {
  id: string;
  sessionIds: string[];
  /** the order's place in the seed, which varies the gigs' states */
  index: number;
}

/**
 * Finding workers: units answer the coordinator's offer, staff confirm readiness, and for
 * scheduled and later orders the coordinator enters the gigs.
 */
export async function seedWorkers(ctx: SeedContext, world: World, spec: OrderSpec, plan: OrderPlan, order: OrderRef) {
  const offeredAt = plan.at("FINDING_WORKERS");
  const chosen = chooseWorkers(ctx, world, spec, plan);
  await seedUnitOffers(ctx, world, plan, order.id, plan.nominated ? chosen : [], offeredAt);
  if (!plan.reached.includes("SCHEDULED")) return { gigs: [], gigCount: 0 };
  const gigs = await seedGigs(ctx, world, spec, plan, order, chosen);
  const declined = plan.finalStatus === "SCHEDULED" && order.index % 4 === 1 ? await seedDeclinedGig(ctx, world, plan, order, chosen) : 0;
  return { gigs, gigCount: gigs.length + declined };
}

/** Fixed clients first, then free READY clients of the order's Jobcenter, at random. */
function chooseWorkers({ rand }: SeedContext, { people }: World, spec: OrderSpec, plan: OrderPlan): FixedWorker[] {
  const chosen: FixedWorker[] = [...(spec.fixed ?? [])];
  const free = (c: ClientRow) =>
    c.jc === plan.jc && c.readiness === "READY" && !chosen.some((x) => x.client === c) && plan.sessions.every((s) => isFreeFor(c, s));
  // The demo clients' gigs are all fixed, so that their journeys stay the same.
  const pool = people.clients.filter((c) => free(c) && c !== people.maija && c !== people.pekka);
  while (chosen.length < plan.workerCount && pool.length) {
    const idx = Math.floor(rand() * pool.length);
    chosen.push({ client: pool.splice(idx, 1)[0]! });
  }
  return chosen;
}

function isFreeFor(c: ClientRow, s: Session): boolean {
  return c.bookings.every((b) => !(s.startsAt < b.endsAt && b.startsAt < s.endsAt));
}

/**
 * One offer per unit of the Jobcenter. A unit with a nominee nominated; the others declined,
 * or (the third unit, while still finding workers) are interested. Without nominees every offer
 * is pending, or withdrawn if the order was cancelled.
 */
async function seedUnitOffers(ctx: SeedContext, { orgs, staff }: World, plan: OrderPlan, orderId: string, nominees: FixedWorker[], offeredAt: Date) {
  const { tx, rand, now } = ctx;
  const { jc, finalStatus, lastEnd } = plan;
  // Readiness is confirmed up to a week past the last session (three weeks ahead for a window).
  const validUntil = lastEnd ? new Date(lastEnd.getTime() + 7 * DAY) : new Date(now.getTime() + 21 * DAY);
  const respondedAt = new Date(offeredAt.getTime() + 5 * HOUR);
  const unitIndexes = new Set(nominees.map((c) => c.client.unitIndex));
  for (let ui = 0; ui < 3; ui++) {
    const unitStaff = staff.unitStaff[jc][ui]!;
    const status = !plan.nominated
      ? finalStatus === "CANCELLED"
        ? "WITHDRAWN"
        : "PENDING"
      : unitIndexes.has(ui)
        ? "NOMINATED"
        : finalStatus === "FINDING_WORKERS" && ui === 2
          ? "INTERESTED"
          : "DECLINED";
    const responded = status !== "PENDING" && status !== "WITHDRAWN";
    const offer = await tx.unitOffer.create({
      data: {
        orderId,
        unitId: orgs.units[jc][ui]!.id,
        offeredById: plan.coord.id,
        message: "Löytyisikö yksiköstänne kiinnostuneita tekijöitä tähän tehtävään?",
        status,
        responseNote:
          status === "DECLINED" ? "Ei sopivia tekijöitä tälle ajalle." : status === "INTERESTED" ? "Kysymme vielä kahdelta asiakkaalta." : status === "NOMINATED" ? "Valmius varmistettu." : null,
        respondedById: responded ? unitStaff.id : null,
        respondedAt: responded ? respondedAt : null,
        createdAt: offeredAt,
      },
    });
    for (const c of nominees.filter((x) => x.client.unitIndex === ui)) {
      ctx.auditRows.push({ actorUserId: unitStaff.id, action: "nomination.create", entityType: "Nomination", entityId: null, clientId: c.client.id, createdAt: respondedAt });
      await tx.nomination.create({
        data: {
          orderId,
          unitOfferId: offer.id,
          clientId: c.client.id,
          nominatedById: unitStaff.id,
          clientWantsGig: true,
          skillsCheck: rand() < 0.8 ? "VERIFIED" : "PRACTISED_FIRST",
          benefitCheck: "DONE",
          supportMode: jc === "D" ? "STAFF_ALONG" : "PHONE",
          supportPerson: unitStaff.name,
          note: jc === "D" ? "Ohjaaja lähtee mukaan." : "Asiakas soittaa tarvittaessa ohjaajalle.",
          validUntil,
          createdAt: respondedAt,
        },
      });
    }
  }
}
