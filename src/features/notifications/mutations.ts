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

/** Claims a message for sending; false when another instance claimed it first. */
export async function claimOutboxMessage(db: Db, id: string, at: Date): Promise<boolean> {
  const claimed = await db.outboxMessage.updateMany({ where: { id, sentAt: null }, data: { sentAt: at } });
  return claimed.count === 1;
}

/** Un-claims a message whose delivery failed and stores why, so that it is not retried blindly. */
export async function releaseFailedOutboxMessage(db: Db, id: string, error: string): Promise<void> {
  await db.outboxMessage.update({ where: { id }, data: { sentAt: null, error: error.slice(0, 500) } });
}
