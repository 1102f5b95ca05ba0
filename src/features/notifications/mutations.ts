import { createTranslator } from "next-intl";
import { env } from "@/env";
import type { OutboxChannel } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { toLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import type { PushPayload } from "./channels";
import { findClientUser, findMemberUserIds, findRecipient } from "./queries";
import { channelsFor, DEFAULT_PREFS, type Urgency } from "./rules";
import { renderNotification, type NotificationKind, type NotificationParams } from "./texts";

export interface OutboxDraft {
  channel: OutboxChannel;
  to: string;
  subject: string;
  body: string;
  dedupeKey: string;
  createdAt: Date;
  notBefore?: Date | null;
}

/** ON CONFLICT DO NOTHING on the dedupe key: a second run (or another instance) adds nothing. */
export async function enqueueOutbox(db: Db | Tx, messages: OutboxDraft[]): Promise<number> {
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
/**
 * A failed delivery lets the message go: one more attempt counted, and either the earliest next
 * try (`retryAt`, through `notBefore`) or, with null, sending given up (`failedAt`).
 */
export async function releaseFailedOutboxMessage(db: Db, id: string, error: string, next: { retryAt: Date | null; now: Date }): Promise<void> {
  await db.outboxMessage.update({
    where: { id },
    data: {
      claimedUntil: null,
      error: error.slice(0, 500),
      attempts: { increment: 1 },
      ...(next.retryAt ? { notBefore: next.retryAt } : { failedAt: next.now }),
    },
  });
}

/** Records that these messages' send jobs are in the job queue. */
export async function markOutboxQueued(db: Db, ids: string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db.outboxMessage.updateMany({ where: { id: { in: ids }, queuedAt: null }, data: { queuedAt: at } });
}

// ───────────── notify (ADR 044) ─────────────

export interface NotifyInput {
  userId: string;
  kind: NotificationKind;
  /** Plain values for the texts; an ISO instant under `startsAt` is shown as a day and a time. */
  params: NotificationParams;
  /** The app path the notification opens ("/client/gigs/…"). */
  link: string;
  /** The event, unique for this person: "gig:<id>:offered". The same key twice adds nothing. */
  key: string;
  urgency?: Urgency;
  now?: Date;
}

async function emailTexts(locale: string, url: string) {
  const lang = toLocale(locale);
  const t = createTranslator({ locale: lang, messages: await loadMessages(lang), namespace: "notifications.email" });
  return { open: t("open", { url }), footer: t("footer") };
}

/**
 * Tells a person about an event: the in-app row always, and one outbox message per channel they
 * chose and can be reached on, in their own language. Runs inside the caller's transaction, so
 * the notification exists exactly when the event does. A second call with the same key (a retry,
 * a second instance) writes nothing: the in-app row and every outbox row have unique keys.
 */
export async function notify(db: Db | Tx, input: NotifyInput): Promise<{ created: boolean; outbox: number }> {
  const now = input.now ?? new Date();
  const person = await findRecipient(db, input.userId);
  if (!person || !person.active) return { created: false, outbox: 0 };
  const inserted = await db.notification.createMany({
    data: [{ userId: person.id, kind: input.kind, params: input.params as Prisma.InputJsonValue, link: input.link, dedupeKey: input.key, createdAt: now }],
    skipDuplicates: true,
  });
  if (inserted.count === 0) return { created: false, outbox: 0 };

  // A client reads in the language of their profile; everybody else in their account's.
  const locale = person.client?.language ?? person.locale;
  const { title, body } = await renderNotification(locale, input.kind, input.params);
  const url = new URL(input.link, env.NEXTAUTH_URL).toString();
  const reach = {
    email: person.email ?? person.client?.email ?? null,
    phone: person.client?.phone ?? person.phone ?? null,
    pushDevices: person.pushSubscriptions.length,
  };
  const plan = channelsFor(person.notificationPrefs ?? DEFAULT_PREFS, now, input.urgency ?? "normal", reach);
  const base = `notify:${person.id}:${input.key}`;
  const drafts: OutboxDraft[] = [];
  for (const { channel, notBefore } of plan) {
    if (channel === "EMAIL") {
      const e = await emailTexts(locale, url);
      drafts.push({ channel, to: reach.email!, subject: title, body: [body, e.open, e.footer].join("\n\n"), dedupeKey: `${base}:email`, createdAt: now, notBefore });
    } else if (channel === "SMS") {
      drafts.push({ channel, to: reach.phone!, subject: title, body: `${body} ${url}`, dedupeKey: `${base}:sms`, createdAt: now, notBefore });
    } else {
      const payload: PushPayload = { title, body, url: input.link };
      for (const s of person.pushSubscriptions) {
        drafts.push({
          channel,
          to: JSON.stringify({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }),
          subject: title,
          body: JSON.stringify(payload),
          dedupeKey: `${base}:push:${s.id}`,
          createdAt: now,
          notBefore,
        });
      }
    }
  }
  return { created: true, outbox: await enqueueOutbox(db, drafts) };
}

/** A client's notification: to their account (a client without a sign-in has no in-app list). */
export async function notifyClient(db: Db | Tx, clientId: string, input: Omit<NotifyInput, "userId">) {
  const client = await findClientUser(db, clientId);
  if (!client?.userId) return { created: false, outbox: 0 };
  return notify(db, { ...input, userId: client.userId });
}

/** The same event to every member of an organisation, each in their own language and channels. */
async function notifyEach(db: Db | Tx, userIds: string[], input: Omit<NotifyInput, "userId">): Promise<number> {
  let created = 0;
  // One after another: a transaction has one connection (DEVELOPERS.md, "Inside a transaction").
  for (const userId of userIds) if ((await notify(db, { ...input, userId })).created) created++;
  return created;
}

/** The Jobcenter's coordinators. Returns how many were told (0 when nobody could be). */
export async function notifyCoordinators(db: Db | Tx, jobcenterId: string, input: Omit<NotifyInput, "userId">) {
  return notifyEach(db, await findMemberUserIds(db, { role: "COORDINATOR", jobcenterId }), input);
}

/** The unit's staff (instructors). */
export async function notifyUnitStaff(db: Db | Tx, unitId: string, input: Omit<NotifyInput, "userId">) {
  return notifyEach(db, await findMemberUserIds(db, { role: "UNIT_STAFF", unitId }), input);
}

/** The orderer's contacts who have an account. */
export async function notifyOrdererContacts(db: Db | Tx, ordererId: string, input: Omit<NotifyInput, "userId">) {
  return notifyEach(db, await findMemberUserIds(db, { role: "ORDERER_CONTACT", ordererId }), input);
}

export async function markNotificationRead(db: Db | Tx, id: string, at: Date): Promise<void> {
  await db.notification.updateMany({ where: { id, readAt: null }, data: { readAt: at } });
}

export async function markAllNotificationsRead(db: Db | Tx, userId: string, at: Date): Promise<number> {
  const r = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: at } });
  return r.count;
}

export async function savePushSubscription(db: Db | Tx, userId: string, s: { endpoint: string; p256dh: string; auth: string }): Promise<void> {
  // A device that moves to another account (a shared phone) takes its endpoint along.
  await db.pushSubscription.upsert({ where: { endpoint: s.endpoint }, create: { userId, ...s }, update: { userId, p256dh: s.p256dh, auth: s.auth } });
}

export async function deletePushSubscription(db: Db | Tx, userId: string, endpoint: string): Promise<void> {
  await db.pushSubscription.deleteMany({ where: { userId, endpoint } });
}

/** The browser dropped the subscription (404/410 from the push service). */
export async function deleteGonePushSubscription(db: Db | Tx, endpoint: string): Promise<void> {
  await db.pushSubscription.deleteMany({ where: { endpoint } });
}

export async function saveNotificationPrefs(
  db: Db | Tx,
  userId: string,
  prefs: { email: boolean; sms: boolean; push: boolean; quietStartMin: number | null; quietEndMin: number | null },
  byUserId: string,
): Promise<void> {
  await db.notificationPreference.upsert({ where: { userId }, create: { userId, ...prefs, updatedByUserId: byUserId }, update: { ...prefs, updatedByUserId: byUserId } });
}
