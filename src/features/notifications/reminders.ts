import { createTranslator } from "next-intl";
import type { Db } from "@/server/db";
import type { AppLocale } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";
import { loadMessages } from "@/i18n/messages";
import { addHelsinkiDays, startOfHelsinkiDay } from "@/lib/dates";
import { outboxAttachments } from "./attachments";
import { DeliveryError, type Channel } from "./channels";
import {
  claimOutboxMessage,
  markGigReminded,
  notifyClient,
  relayToUnitStaff,
  markOutboxMessageSent,
  markOutboxQueued,
  releaseFailedOutboxMessage,
} from "./mutations";
import { findGigsToRemind, findOutboxMessage, findUnqueuedOutbox, findWaitingOutbox } from "./queries";
import { nextDirectAttempt } from "./rules";
import { gigThings as things, travelAtOwnCost } from "@/features/client-app/rules";

// Reminders the day before a gig (ADR 043). The job may run on several instances at once and
// several times a day: the dedupe key makes each gig's reminder go into the outbox once.

export function reminderKey(gigId: string): string {
  return `reminder:gig:${gigId}`;
}

/** Tomorrow in Helsinki: [start, end) of the calendar day after `now`'s. */
export function tomorrowRange(now: Date): { from: Date; to: Date } {
  const today = startOfHelsinkiDay(now);
  return { from: startOfHelsinkiDay(addHelsinkiDays(today, 1)), to: startOfHelsinkiDay(addHelsinkiDays(today, 2)) };
}

export interface QueueResult {
  /** outbox messages queued (to clients, or to the staff who pass a reminder on) */
  queued: number;
  /** gigs whose reminder reached nobody outside the app: no channel for the client, no staff */
  noAddress: number;
}

type RemindGig = Awaited<ReturnType<typeof findGigsToRemind>>[number];

async function textsFor(locale: AppLocale) {
  const messages = await loadMessages(locale);
  return { t: createTranslator({ locale, messages, namespace: "client.reminder" }), fmt: appFormatter(locale, messages) };
}

/** The reminder email's own text: when, what, where, what to bring, who meets, the unit's phone. */
async function reminderEmail(g: RemindGig, locale: AppLocale): Promise<{ subject: string; body: string }> {
  const { t, fmt } = await textsFor(locale);
  const place = g.order.remote ? t("remote") : [g.order.streetAddress, [g.order.postalCode, g.order.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  const lines = [
    t("hello", { name: g.client.firstName }),
    t("when", { day: fmt.weekdayDate(g.startsAt), start: fmt.time(g.startsAt), end: fmt.time(g.endsAt) }),
    t("what", { title: g.order.title }),
    place ? t("where", { place }) : null,
    things(g).bring ? t("bring", { items: things(g).bring! }) : null,
    things(g).provided ? t("provided", { items: things(g).provided! }) : null,
    !g.order.remote && travelAtOwnCost(g.order.jobcenter.kind) ? t("travelOwnCost") : null,
    g.meetingPerson ?? g.order.siteContactName ? t("meets", { name: (g.meetingPerson ?? g.order.siteContactName)! }) : null,
    g.client.unit.phone ? t("call", { phone: g.client.unit.phone }) : null,
  ].filter((l): l is string => !!l);
  return { subject: t("subject", { title: g.order.title }), body: lines.join("\n\n") };
}

/**
 * Tells every client with an accepted gig tomorrow (Helsinki) through `notifyClient` (ADR 046):
 * in-app and the client's own channels (the email carries the full details); a client without
 * a sign-in through their unit's staff ("tell Maija") and their SMS/email if chosen. A client
 * whom only the app reaches is also passed on to staff, as the unit mailbox was before. One
 * transaction per gig; the key and `remindedAt` make each gig's reminder go out once.
 */
export async function queueGigReminders(db: Db, now: Date): Promise<QueueResult> {
  const { from, to } = tomorrowRange(now);
  const gigs = await findGigsToRemind(db, from, to);
  const result: QueueResult = { queued: 0, noAddress: 0 };
  for (const g of gigs) {
    const r = await db.$transaction(async (tx) => {
      const input = {
        kind: "gig.reminder" as const,
        params: { title: g.order.title, startsAt: g.startsAt.toISOString(), endsAt: g.endsAt.toISOString() },
        link: `/client/gigs/${g.id}`,
        key: reminderKey(g.id),
        now,
        email: (locale: AppLocale) => reminderEmail(g, locale),
      };
      const told = await notifyClient(tx, g.clientId, input);
      const extra = told.created && told.outbox === 0 ? await relayToUnitStaff(tx, g.client, input, now) : { told: 0, outbox: 0 };
      await markGigReminded(tx, g.id, now);
      return { ...told, relayed: told.relayed + extra.told, relayOutbox: told.relayOutbox + extra.outbox };
    });
    result.queued += r.outbox + r.relayOutbox;
    if (r.outbox === 0 && r.relayed === 0) result.noAddress++;
  }
  return result;
}

export interface DeliverResult {
  sent: number;
  failed: number;
}

/** How long a sender holds a message: longer than an SMTP conversation takes. */
export const SEND_LEASE_MS = 2 * 60_000;

export type SendOutcome = "sent" | "alreadySent" | "busy" | "noChannel" | "missing";

/**
 * Sends one outbox message (the `notifications.send` job, ADR 008). Claimed with a lease first,
 * so two senders never send it at once; `sentAt` afterwards, so a job that runs again after a
 * crash finds it sent. A failure un-claims it, stores the error and throws (the queue retries).
 * `hooks.afterSent` is for the crash test only.
 */
export async function sendOutboxMessage(
  db: Db,
  channels: readonly Channel[],
  id: string,
  now: Date,
  hooks: { beforeClaim?: () => void; afterSent?: () => void } = {},
): Promise<SendOutcome> {
  const m = await findOutboxMessage(db, id);
  if (!m) return "missing";
  if (m.sentAt) return "alreadySent";
  const channel = channels.find((c) => c.kind === m.channel);
  if (!channel) return "noChannel";
  hooks.beforeClaim?.();
  if (!(await claimOutboxMessage(db, id, now, new Date(now.getTime() + SEND_LEASE_MS)))) {
    if ((await findOutboxMessage(db, id))?.sentAt) return "alreadySent";
    throw new BusyMessageError(id);
  }
  try {
    await channel.deliver({ ...m, attachments: await outboxAttachments(db, m) });
  } catch (error) {
    // A provider's "no" (4xx: a bad number, a refused token) does not heal by waiting; a network
    // failure, a 5xx or anything unknown might.
    const retryable = !(error instanceof DeliveryError) || error.retryable;
    await releaseFailedOutboxMessage(db, id, String((error as Error).message ?? error), { retryAt: nextDirectAttempt(retryable, m.attempts + 1, now), now });
    throw error;
  }
  await markOutboxMessageSent(db, id, new Date());
  hooks.afterSent?.();
  return "sent";
}

/** Another sender holds the message; the job runs again later. */
export class BusyMessageError extends Error {
  constructor(id: string) {
    super(`outbox message ${id} is being sent by another worker`);
  }
}

/**
 * Sends what waits in the outbox now (the `POST /api/jobs/reminders` route). A message that
 * failed is tried again on a later call once its wait is over (`nextDirectAttempt`); one whose
 * failure was not retryable, or that used its attempts, is given up (`failedAt`) and left alone.
 */
export async function deliverOutbox(db: Db, channels: readonly Channel[], now: Date, limit = 100): Promise<DeliverResult> {
  const waiting = await findWaitingOutbox(db, limit, now);
  let sent = 0;
  let failed = 0;
  for (const m of waiting) {
    try {
      if ((await sendOutboxMessage(db, channels, m.id, now)) === "sent") sent++;
    } catch (error) {
      if (!(error instanceof BusyMessageError)) failed++;
    }
  }
  return { sent, failed };
}

/**
 * Gives every unsent message without a send job one (the `notifications.outbox` sweep). The
 * message id is the job's idempotency key, so a sweep that runs again, or on another instance,
 * adds nothing; a crash between enqueue and mark is harmless for the same reason.
 */
export async function enqueueOutboxSends(db: Db, enqueue: (messageId: string) => Promise<unknown>, now: Date, limit = 200): Promise<number> {
  const ids = (await findUnqueuedOutbox(db, limit, now)).map((m) => m.id);
  for (const id of ids) await enqueue(id);
  await markOutboxQueued(db, ids, now);
  return ids.length;
}
