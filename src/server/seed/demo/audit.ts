import { HOUR, type SeedContext, type World } from "./context";

/** Coordinators read profiles while matching; every read is logged. */
export function recordProfileReads(ctx: SeedContext, { staff, people }: World) {
  for (const c of people.clients.filter((x) => x.readiness === "READY").slice(0, 12)) {
    ctx.auditRows.push({ actorUserId: staff.coordinator[c.jc].id, action: "client.read", entityType: "Client", entityId: c.id, clientId: c.id, createdAt: ctx.ago(ctx.between(1, 72) * HOUR) });
  }
}

/** Writes the collected audit trail; rows dated after `now` (say, a future approval) are left out. */
export async function writeAuditTrail(ctx: SeedContext) {
  await ctx.tx.auditEvent.createMany({ data: ctx.auditRows.filter((r) => (r.createdAt as Date) <= ctx.now) });
}
