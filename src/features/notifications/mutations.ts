import { createTranslator } from "next-intl";
import { env } from "@/env";
import type { OutboxChannel } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { toLocale, type AppLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";
import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import type { PushPayload } from "./channels";
import { findClientRecipient, findMemberUserIds, findOrdererContactAddress, findOrderForNotice, findRecipient } from "./queries";
import { coordinatorOrderLink, ordererEmailKey, ordererOrderLink, type CoordinatorKind, type OrdererKind } from "./matrix";
import { channelsFor, DEFAULT_PREFS, type ChannelPrefs, type Reach, type Urgency } from "./rules";
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

export async function markGigReminded(db: Db | Tx, gigId: string, at: Date): Promise<void> {
  await db.gig.updateMany({ where: { id: gigId, remindedAt: null }, data: { remindedAt: at } });
}

/** The outbox key of one channel of a person's notification (ADR 044): `notify:<userId>:<key>:<channel>`. */
export function notifyOutboxKey(userId: string, key: string, channel: "email" | "sms"): string {
  return `notify:${userId}:${key}:${channel}`;
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
  /** Another email already carries this event (a review link, an emailed invoice; ADR 045). */
  skipEmail?: boolean;
  now?: Date;
  /** The email's own subject and text in the recipient's language (the reminder's full details). */
  email?: (locale: AppLocale) => Promise<{ subject: string; body: string }>;
}

async function emailTexts(locale: string, url: string) {
  const lang = toLocale(locale);
  const t = createTranslator({ locale: lang, messages: await loadMessages(lang), namespace: "notifications.email" });
  return { open: t("open", { url }), footer: t("footer") };
}

/** The outbox rows of one notification for one recipient: one per channel the plan chose. */
async function outboxDrafts(
  input: Omit<NotifyInput, "userId">,
  to: { base: string; locale: string; reach: Reach; prefs: ChannelPrefs; devices: { id: string; endpoint: string; p256dh: string; auth: string }[] },
  now: Date,
): Promise<OutboxDraft[]> {
  const plan = channelsFor(to.prefs, now, input.urgency ?? "normal", to.reach);
  if (plan.length === 0) return [];
  const { title, body } = await renderNotification(to.locale, input.kind, input.params);
  const url = new URL(input.link, env.NEXTAUTH_URL).toString();
  const drafts: OutboxDraft[] = [];
  for (const { channel, notBefore } of plan) {
    if (channel === "EMAIL" && input.skipEmail) continue;
    if (channel === "EMAIL") {
      const e = await emailTexts(to.locale, url);
      const own = input.email ? await input.email(toLocale(to.locale)) : null;
      drafts.push({
        channel,
        to: to.reach.email!,
        subject: own?.subject ?? title,
        body: [own?.body ?? body, e.open, e.footer].join("\n\n"),
        dedupeKey: `${to.base}:email`,
        createdAt: now,
        notBefore,
      });
    } else if (channel === "SMS") {
      drafts.push({ channel, to: to.reach.phone!, subject: title, body: `${body} ${url}`, dedupeKey: `${to.base}:sms`, createdAt: now, notBefore });
    } else {
      const payload: PushPayload = { title, body, url: input.link };
      for (const s of to.devices) {
        drafts.push({
          channel,
          to: JSON.stringify({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }),
          subject: title,
          body: JSON.stringify(payload),
          dedupeKey: `${to.base}:push:${s.id}`,
          createdAt: now,
          notBefore,
        });
      }
    }
  }
  return drafts;
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

  const drafts = await outboxDrafts(
    input,
    {
      base: `notify:${person.id}:${input.key}`,
      // A client reads in the language of their profile; everybody else in their account's.
      locale: person.client?.language ?? person.locale,
      reach: { email: person.email ?? person.client?.email ?? null, phone: person.client?.phone ?? person.phone ?? null, pushDevices: person.pushSubscriptions.length },
      // A client's account without choices of its own falls back to what staff chose for the client (ADR 046).
      prefs: person.notificationPrefs ?? person.client?.notificationPrefs ?? DEFAULT_PREFS,
      devices: person.pushSubscriptions,
    },
    now,
  );
  return { created: true, outbox: await enqueueOutbox(db, drafts) };
}

export interface ClientNotifyResult {
  /** the client's own in-app row was written (a client with a sign-in) */
  created: boolean;
  /** outbox messages queued to the client */
  outbox: number;
  /** unit staff told instead (a client without a sign-in), and their outbox messages */
  relayed: number;
  relayOutbox: number;
}

/**
 * A client's notification (ADR 046). With a sign-in: to their account. Without one (many
 * clients): every active staff member of the client's unit gets it in-app as "tell Maija: …",
 * and the client still gets it by SMS or email when staff switched that on and the profile has
 * the number or address. The relay's key names the client, so the same event is relayed once.
 */
export async function notifyClient(db: Db | Tx, clientId: string, input: Omit<NotifyInput, "userId">): Promise<ClientNotifyResult> {
  const client = await findClientRecipient(db, clientId);
  if (!client) return { created: false, outbox: 0, relayed: 0, relayOutbox: 0 };
  if (client.userId) return { ...(await notify(db, { ...input, userId: client.userId })), relayed: 0, relayOutbox: 0 };
  const now = input.now ?? new Date();
  const relay = await relayToUnitStaff(db, client, input, now);
  const drafts = await outboxDrafts(
    input,
    {
      base: `notify:client:${client.id}:${input.key}`,
      locale: client.language,
      reach: { email: client.email, phone: client.phone, pushDevices: 0 },
      prefs: client.notificationPrefs ?? DEFAULT_PREFS,
      devices: [],
    },
    now,
  );
  return { created: false, outbox: await enqueueOutbox(db, drafts), relayed: relay.told, relayOutbox: relay.outbox };
}

/** "Tell Maija: …": the client's notification to each active staff member of the client's unit, linking to the client's page. */
export async function relayToUnitStaff(
  db: Db | Tx,
  client: { id: string; unitId: string; firstName: string; lastName: string },
  input: Omit<NotifyInput, "userId">,
  now: Date,
): Promise<{ told: number; outbox: number }> {
  const relay = {
    kind: "unit.relay" as const,
    params: { ...input.params, relayKind: input.kind, name: `${client.firstName} ${client.lastName}` },
    link: `/unit/clients/${client.id}`,
    key: `client:${client.id}:${input.key}`,
    urgency: input.urgency,
    now,
  };
  const out = { told: 0, outbox: 0 };
  for (const userId of await findMemberUserIds(db, { role: "UNIT_STAFF", unitId: client.unitId })) {
    const r = await notify(db, { ...relay, userId });
    if (r.created) out.told++;
    out.outbox += r.outbox;
  }
  return out;
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

// ───────────── the orderer's and the coordinator's rows (ADR 045) ─────────────

type OrdererInput = Omit<NotifyInput, "userId" | "kind"> & { kind: OrdererKind };

/**
 * Tells an orderer: every contact with an account through notify(); when nobody at the orderer
 * has one (a phoned-in order, ADR 024), one email to the order's contact address, in that
 * person's language, with its own dedupe key. No link in that email: there is nothing to sign in
 * to. `skipEmail` (another email carries the event) leaves the address-only orderer untold too.
 */
export async function notifyOrderer(db: Db | Tx, to: { ordererId: string; orderId?: string }, input: OrdererInput): Promise<{ told: number; emailed: boolean }> {
  const contacts = await findMemberUserIds(db, { role: "ORDERER_CONTACT", ordererId: to.ordererId });
  // Someone has an account: they are the orderer's ears, even when this event was told before.
  if (contacts.length > 0) return { told: await notifyEach(db, contacts, input), emailed: false };
  if (input.skipEmail) return { told: 0, emailed: false };
  const contact = await findOrdererContactAddress(db, to);
  if (!contact) return { told: 0, emailed: false };
  const now = input.now ?? new Date();
  const { title, body } = await renderNotification(contact.locale, input.kind, input.params);
  const lang = toLocale(contact.locale);
  const t = createTranslator({ locale: lang, messages: await loadMessages(lang), namespace: "notifications.email" });
  const queued = await enqueueOutbox(db, [
    { channel: "EMAIL", to: contact.email, subject: title, body: [body, t("footer")].join("\n\n"), dedupeKey: ordererEmailKey(to.ordererId, input.key), createdAt: now },
  ]);
  return { told: 0, emailed: queued === 1 };
}

/** An order's event, with the order's title and number in the texts and the right link. */
export async function notifyOrderEvent(
  db: Db | Tx,
  orderId: string,
  input: Omit<NotifyInput, "userId" | "link" | "params" | "kind"> & { kind: OrdererKind | CoordinatorKind; params?: NotificationParams; link?: string },
): Promise<number> {
  const order = await findOrderForNotice(db, orderId);
  if (!order) return 0;
  const params = { title: order.title, number: order.number, ...input.params };
  if (input.kind.startsWith("orderer.")) {
    const r = await notifyOrderer(db, { ordererId: order.ordererId, orderId }, { ...input, kind: input.kind as OrdererKind, params, link: input.link ?? ordererOrderLink(orderId) });
    return r.told + (r.emailed ? 1 : 0);
  }
  return notifyCoordinators(db, order.jobcenterId, { ...input, params, link: input.link ?? coordinatorOrderLink(orderId) });
}

/** Staff's choices for a client without a sign-in (ADR 046). */
export async function saveClientNotificationPrefs(
  db: Db | Tx,
  clientId: string,
  prefs: { email: boolean; sms: boolean; push: boolean; quietStartMin: number | null; quietEndMin: number | null },
  byUserId: string,
): Promise<void> {
  await db.clientNotificationPreference.upsert({ where: { clientId }, create: { clientId, ...prefs, updatedByUserId: byUserId }, update: { ...prefs, updatedByUserId: byUserId } });
}
