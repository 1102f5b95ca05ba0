import { dateColumnOf } from "@/lib/dates";
import { DAY, type SeedContext, type World } from "./context";
import type { SeededOrder } from "./orders";

/**
 * One hire: an orderer took a worker onto its own payroll after their gigs, preferably a
 * company in the rehabilitative Jobcenter after an invoiced order. Never a demo client.
 */
export async function seedHire(ctx: SeedContext, { staff, orderers, people }: World, orders: SeededOrder[]) {
  const notDemo = (g: { clientId: string }) => g.clientId !== people.pekka.id && g.clientId !== people.maija.id;
  const withWorker = orders.filter((o) => (o.status === "INVOICED" || o.status === "APPROVED") && o.gigs.some(notDemo));
  const companies = withWorker.filter((o) => o.status === "INVOICED" && orderers[o.orderer].seed.kind === "COMPANY");
  const candidates = companies.length ? companies : withWorker;
  const hireOrder = candidates.find((o) => o.jc === "R") ?? candidates[0];
  if (!hireOrder) return;
  const clientId = hireOrder.gigs.find(notDemo)!.clientId;
  const hiredAt = new Date(Math.min(hireOrder.lastEnd!.getTime() + 14 * DAY, ctx.now.getTime() - DAY));
  const coordinatorId = staff.coordinator[hireOrder.jc].id;
  ctx.auditRows.push({ actorUserId: coordinatorId, action: "hire.record", entityType: "Hire", entityId: null, clientId, createdAt: hiredAt });
  await ctx.tx.hire.create({
    data: { clientId, ordererId: orderers[hireOrder.orderer].id, orderId: hireOrder.id, reportedById: coordinatorId, hiredOn: dateColumnOf(hiredAt), createdAt: hiredAt },
  });
}
