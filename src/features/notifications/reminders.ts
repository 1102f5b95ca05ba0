import { createTranslator } from "next-intl";
import type { Db } from "@/server/db";
import { isLocale, type AppLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";
import { addHelsinkiDays, formatTime, formatWeekdayDate, startOfHelsinkiDay } from "@/lib/dates";
import type { Channel } from "./channels";
import { claimOutboxMessage, enqueueOutbox, markGigsReminded, releaseFailedOutboxMessage, type OutboxDraft } from "./mutations";
import { findGigsToRemind, findWaitingOutbox } from "./queries";

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
  queued: number;
  /** gigs with neither a client email nor a unit email: nobody to remind */
  noAddress: number;
}

/**
 * Puts a reminder in the outbox for every accepted gig that starts tomorrow (Helsinki): to the
 * client's email, or, when the client has none, to the unit's email with a note to pass it on.
 */
export async function queueGigReminders(db: Db, now: Date): Promise<QueueResult> {
  const { from, to } = tomorrowRange(now);
  const gigs = await findGigsToRemind(db, from, to);
  const translators = new Map<AppLocale, ReturnType<typeof createTranslator>>();
  const translatorFor = async (locale: AppLocale) => {
    let t = translators.get(locale);
    if (!t) {
      t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "client.reminder" }) as unknown as ReturnType<typeof createTranslator>;
      translators.set(locale, t);
    }
    return t;
  };

  const data: OutboxDraft[] = [];
  let noAddress = 0;
  for (const g of gigs) {
    const clientEmail = g.client.user?.email ?? null;
    const to = clientEmail ?? g.client.unit.email;
    if (!to) {
      noAddress++;
      continue;
    }
    const locale: AppLocale = isLocale(g.client.user?.locale) ? (g.client.user!.locale as AppLocale) : "fi";
    const t = (await translatorFor(locale)) as unknown as (key: string, values?: Record<string, string>) => string;
    const place = g.order.remote ? t("remote") : [g.order.streetAddress, [g.order.postalCode, g.order.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    const lines = [
      clientEmail ? null : t("viaUnit", { name: `${g.client.firstName} ${g.client.lastName}` }),
      t("hello", { name: g.client.firstName }),
      t("when", { day: formatWeekdayDate(g.startsAt, locale), start: formatTime(g.startsAt, locale), end: formatTime(g.endsAt, locale) }),
      t("what", { title: g.order.title }),
      place ? t("where", { place }) : null,
      g.bringItems ?? g.order.ordererProvides ? t("bring", { items: (g.bringItems ?? g.order.ordererProvides)! }) : null,
      g.meetingPerson ?? g.order.siteContactName ? t("meets", { name: (g.meetingPerson ?? g.order.siteContactName)! }) : null,
      g.client.unit.phone ? t("call", { phone: g.client.unit.phone }) : null,
    ].filter((l): l is string => !!l);
    data.push({ channel: "EMAIL" as const, to, subject: t("subject", { title: g.order.title }), body: lines.join("\n\n"), dedupeKey: reminderKey(g.id), createdAt: now });
  }
  const queued = await enqueueOutbox(db, data);
  await markGigsReminded(db, gigs.map((g) => g.id), now);
  return { queued, noAddress };
}

export interface DeliverResult {
  sent: number;
  failed: number;
}

/**
 * Sends what waits in the outbox through the matching channel. A message is claimed (sentAt set)
 * before it is handed over, so two instances never send the same one; a failure un-claims it and
 * stores the error.
 */
export async function deliverOutbox(db: Db, channels: readonly Channel[], now: Date, limit = 100): Promise<DeliverResult> {
  const waiting = await findWaitingOutbox(db, limit);
  let sent = 0;
  let failed = 0;
  for (const m of waiting) {
    const channel = channels.find((c) => c.kind === m.channel);
    if (!channel) continue;
    if (!(await claimOutboxMessage(db, m.id, now))) continue;
    try {
      await channel.deliver(m);
      sent++;
    } catch (error) {
      failed++;
      await releaseFailedOutboxMessage(db, m.id, String((error as Error).message ?? error));
    }
  }
  return { sent, failed };
}
