import { createTranslator } from "next-intl";
import type { Db } from "@/server/db";
import { toLocale, type AppLocale } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";
import { loadMessages } from "@/i18n/messages";
import { addHelsinkiDays, startOfHelsinkiDay } from "@/lib/dates";
import type { Channel } from "./channels";
import { claimOutboxMessage, enqueueOutbox, markGigsReminded, releaseFailedOutboxMessage, type OutboxDraft } from "./mutations";
import { findGigsToRemind, findWaitingOutbox } from "./queries";
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
  const textsFor = async (locale: AppLocale) => {
    const messages = await loadMessages(locale);
    return { t: createTranslator({ locale, messages, namespace: "client.reminder" }), fmt: appFormatter(locale, messages) };
  };
  const texts = new Map<AppLocale, Awaited<ReturnType<typeof textsFor>>>();

  const data: OutboxDraft[] = [];
  let noAddress = 0;
  for (const g of gigs) {
    const clientEmail = g.client.user?.email ?? null;
    const to = clientEmail ?? g.client.unit.email;
    if (!to) {
      noAddress++;
      continue;
    }
    const locale = toLocale(g.client.user?.locale);
    const { t, fmt } = texts.get(locale) ?? (await textsFor(locale));
    texts.set(locale, { t, fmt });
    const place = g.order.remote ? t("remote") : [g.order.streetAddress, [g.order.postalCode, g.order.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    const lines = [
      clientEmail ? null : t("viaUnit", { name: `${g.client.firstName} ${g.client.lastName}` }),
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
  const waiting = await findWaitingOutbox(db, limit, now);
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
