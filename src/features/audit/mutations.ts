import type { Prisma } from "@/generated/prisma/client";

type Writer = { auditEvent: { create: (args: { data: Prisma.AuditEventUncheckedCreateInput }) => Promise<unknown> } };

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** set whenever client data is read or changed */
  clientId?: string | null;
  details?: Prisma.InputJsonValue;
}

export async function recordAudit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorUserId: entry.actorUserId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      clientId: entry.clientId ?? null,
      details: entry.details,
    },
  });
}
