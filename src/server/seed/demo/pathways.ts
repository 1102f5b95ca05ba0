import type { PathwayKind } from "@/generated/prisma/enums";
import { addHelsinkiDays, dateColumnOf } from "@/lib/dates";
import { seededRandom, type SeedContext, type World } from "./context";

/**
 * The clients' paths (ADR 071), the last step so that it draws from a PRNG of its own and leaves
 * every earlier step's data as it was: STARTED on the day each client joined, FIRST_GIG on the day
 * of their first approved gig, HIRED_BY_ORDERER for the seeded hire, and for about a third of
 * those who have worked an outcome some weeks or months after their first gig. The clients'
 * status is not changed: the outcomes are of people who still come to work activity part-time.
 */
export async function seedPathways(ctx: SeedContext, { orgs, staff, people }: World) {
  const rand = seededRandom(20261206);
  const clients = await ctx.tx.client.findMany({ select: { id: true, unitId: true, createdAt: true, unit: { select: { jobcenterId: true } } }, orderBy: { createdAt: "asc" } });
  const firstGigs = await ctx.tx.gig.groupBy({ by: ["clientId"], where: { status: "APPROVED" }, _min: { startsAt: true } });
  const first = new Map(firstGigs.map((g) => [g.clientId, g._min.startsAt!]));
  const hires = await ctx.tx.hire.findMany({ select: { clientId: true, hiredOn: true, reportedById: true } });
  // Recorded by the Jobcenter's coordinator, as the import of earlier paper records would be.
  const staffOf = (jobcenterId: string) => (jobcenterId === orgs.jobcenters.D.id ? staff.coordinator.D.id : staff.coordinator.R.id);
  const outcomes: PathwayKind[] = ["SUPPORTED_EMPLOYMENT", "OPEN_LABOUR_MARKET", "EDUCATION", "KELA_VOCATIONAL_REHABILITATION", "HIRED_BY_ORDERER", "SUPPORTED_EMPLOYMENT", "OPEN_LABOUR_MARKET"];
  const rows: { clientId: string; unitId: string; kind: PathwayKind; occurredOn: Date; recordedById: string; createdAt: Date }[] = [];
  for (const c of clients) {
    const by = staffOf(c.unit.jobcenterId);
    rows.push({ clientId: c.id, unitId: c.unitId, kind: "STARTED", occurredOn: dateColumnOf(c.createdAt), recordedById: by, createdAt: c.createdAt });
    const f = first.get(c.id);
    if (!f) continue;
    rows.push({ clientId: c.id, unitId: c.unitId, kind: "FIRST_GIG", occurredOn: dateColumnOf(f), recordedById: by, createdAt: f });
    const demo = c.id === people.maija.id || c.id === people.pekka.id;
    if (demo || rand() >= 0.4) continue;
    const on = addHelsinkiDays(f, 20 + Math.floor(rand() * 240));
    if (on.getTime() >= ctx.now.getTime()) continue;
    rows.push({ clientId: c.id, unitId: c.unitId, kind: outcomes[Math.floor(rand() * outcomes.length)]!, occurredOn: dateColumnOf(on), recordedById: by, createdAt: on });
  }
  for (const h of hires) {
    const c = clients.find((x) => x.id === h.clientId)!;
    rows.push({ clientId: h.clientId, unitId: c.unitId, kind: "HIRED_BY_ORDERER", occurredOn: h.hiredOn, recordedById: h.reportedById, createdAt: h.hiredOn });
  }
  await ctx.tx.pathwayEvent.createMany({ data: rows });
}
