import type { OutboxChannel } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";

export interface OutboxDraft {
  channel: OutboxChannel;
  to: string;
  subject: string;
  body: string;
  dedupeKey: string;
  createdAt: Date;
}

/** ON CONFLICT DO NOTHING on the dedupe key: a second run (or another instance) adds nothing. */
export async function enqueueOutbox(db: Db, messages: OutboxDraft[]): Promise<number> {
  if (messages.length === 0) return 0;
  const created = await db.outboxMessage.createMany({ data: messages, skipDuplicates: true });
  return created.count;
}

export async function markGigsReminded(db: Db, gigIds: string[], at: Date): Promise<void> {
  if (gigIds.length === 0) return;
  await db.gig.updateMany({ where: { id: { in: gigIds }, remindedAt: null }, data: { remindedAt: at } });
}

/**
 * Claims a message for sending until `until`; false when it is sent or another sender holds it.
 * A sender that died between claim and send lets go when `until` passes (ADR 008).
 */
export async function claimOutboxMessage(db: Db, id: string, now: Date, until: Date): Promise<boolean> {
  const claimed = await db.outboxMessage.updateMany({
    where: { id, sentAt: null, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
    data: { claimedUntil: until },
  });
  return claimed.count === 1;
}

export async function markOutboxMessageSent(db: Db, id: string, at: Date): Promise<void> {
  await db.outboxMessage.update({ where: { id }, data: { sentAt: at, claimedUntil: null, error: null } });
}

/** Un-claims a message whose delivery failed and stores why. */
export async function releaseFailedOutboxMessage(db: Db, id: string, error: string): Promise<void> {
  await db.outboxMessage.update({ where: { id }, data: { claimedUntil: null, error: error.slice(0, 500) } });
}

/** Records that these messages' send jobs are in the job queue. */
export async function markOutboxQueued(db: Db, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.outboxMessage.updateMany({ where: { id: { in: ids }, queuedAt: null }, data: { queuedAt: at } });
}
