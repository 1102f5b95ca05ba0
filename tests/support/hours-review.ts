import { createClient, createGig, createOrder, createSession } from "./coordination";
import type { World } from "./world";

let seq = 0;

/**
 * A done order of ordererX (Jobcenter D) with accepted terms (7 days to answer) and `count`
 * gigs whose hours were approved at `approvedAt`; the orderer's review is open.
 */
export async function doneOrderWithApprovedHours(world: World, opts: { count?: number; approvedAt?: Date; lastStatus?: "APPROVED" | "REPORTED" } = {}) {
  const order = await createOrder(world, { status: "DONE" });
  const terms = await world.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: order.jobcenterId, locale: "fi" }, orderBy: { version: "desc" } });
  await world.db.termsAcceptance.create({
    data: { orderId: order.id, termsVersionId: terms.id, termsSha256: terms.bodySha256, acceptedByUserId: world.users.ordererX.id, unitPriceCents: 2000, hoursPerWorkerMin: 180, workerCount: 2, grossCents: 15060 },
  });
  const approvedAt = opts.approvedAt ?? new Date(Date.now() - 3_600_000);
  const gigs = [];
  const count = opts.count ?? 2;
  for (let i = 0; i < count; i++) {
    seq++;
    const day = `2026-0${1 + (seq % 9)}-${String(1 + (seq % 27)).padStart(2, "0")}`;
    const session = await createSession(world, order.id, day, "10:00", "13:00");
    const client = await createClient(world);
    const last = i === count - 1 && opts.lastStatus === "REPORTED";
    const gig = await createGig(world, { orderId: order.id, clientId: client.id, sessionId: session.id, status: last ? "REPORTED" : "APPROVED", day, start: "10:00", end: "13:00", reportedMinutes: 180 });
    if (!last) await world.db.gig.update({ where: { id: gig.id }, data: { approvedMinutes: 180, approvedAt, approvedById: world.users.coordinatorD.id } });
    gigs.push({ ...gig, client });
  }
  return { order, gigs, approvedAt };
}
