import { createTranslator } from "next-intl";
import { env } from "@/env";
import { generateToken } from "@/features/auth/password";
import { enqueueOutbox, notifyClient, notifyOrdererContacts } from "@/features/notifications/mutations";
import { findMemberUserIds } from "@/features/notifications/queries";
import { toLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";
import { hashToken } from "@/lib/hash";
import type { Tx } from "@/server/action";
import { orderForFeedbackAsk, reviewContactOf } from "./queries";
import { FEEDBACK_LINK_VALID_MS, feedbackAskRoute } from "./rules";

/** The client's own feedback on a gig: one per gig, a second answer replaces the first. */
export async function saveClientFeedback(
  tx: Tx,
  gig: { id: string; clientId: string },
  byUserId: string,
  f: { mood: number; words: string | null; shareWithOrderer: boolean },
) {
  const data = { mood: f.mood, words: f.words, shareWithOrderer: f.shareWithOrderer, byUserId };
  const row = await tx.gigClientFeedback.upsert({ where: { gigId: gig.id }, create: { ...data, gigId: gig.id, clientId: gig.clientId }, update: data });
  return { id: row.id };
}

/** The unit's debrief of a gig: one per gig; writing it again updates it (the audit keeps who and when). */
export async function saveDebrief(
  tx: Tx,
  gig: { id: string; clientId: string },
  recordedById: string,
  d: { wentWell: string | null; toPractise: string | null; clientView: string | null },
) {
  const data = { ...d, recordedById };
  const row = await tx.gigDebrief.upsert({ where: { gigId: gig.id }, create: { ...data, gigId: gig.id, clientId: gig.clientId }, update: data });
  return { id: row.id };
}

/** The orderer's feedback page: the order page for a signed-in contact (the forms are there). */
export const orderFeedbackPath = (orderId: string) => `/orderer/orders/${orderId}`;

/**
 * After the coordinator approved the order (every gig's hours): the orderer is asked for feedback.
 * Contacts with an account get a notification (their own channels); when there is none, the
 * contact the coordinator named for the order (ADR 024, known only by email) gets an email with a
 * link to the feedback page. Keyed per order: approving again (a correction) asks nobody twice.
 */
export async function askOrdererFeedback(tx: Tx, orderId: string, now: Date): Promise<"notify" | "email" | "none"> {
  const order = await orderForFeedbackAsk(tx, orderId);
  if (!order) return "none";
  const contacts = await findMemberUserIds(tx, { role: "ORDERER_CONTACT", ordererId: order.ordererId });
  const contact = contacts.length > 0 ? null : (await reviewContactOf(tx, orderId))?.user;
  const fallback = contact?.active && contact.email ? contact : null;
  const route = feedbackAskRoute(contacts.length, fallback?.email ?? null);
  if (route === "notify") {
    await notifyOrdererContacts(tx, order.ordererId, {
      kind: "feedback.asked",
      params: { title: order.title, number: order.number },
      link: orderFeedbackPath(order.id),
      key: `order:${order.id}:feedback-asked`,
      now,
    });
  } else if (route === "email" && fallback) {
    const token = generateToken();
    // One link per order: a second approval finds the row and sends nothing.
    const created = await tx.feedbackLink.createMany({
      data: [{ orderId: order.id, userId: fallback.id, email: fallback.email!, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + FEEDBACK_LINK_VALID_MS), createdAt: now }],
      skipDuplicates: true,
    });
    if (created.count === 1) {
      const lang = toLocale(fallback.locale);
      const t = createTranslator({ locale: lang, messages: await loadMessages(lang), namespace: "feedback.email" });
      const url = new URL(`/feedback/${token}`, env.NEXTAUTH_URL).toString();
      await enqueueOutbox(tx, [
        {
          channel: "EMAIL",
          to: fallback.email!,
          subject: t("subject", { title: order.title }),
          body: [t("body", { name: fallback.name, title: order.title, number: order.number, jobcenter: order.jobcenter.name }), t("open", { url }), t("footer")].join("\n\n"),
          dedupeKey: `feedback-asked:${order.id}:email`,
          createdAt: now,
        },
      ]);
    }
  }
  return route;
}

/**
 * The orderer gave feedback on the client's gig: the client hears that it came, in plain words,
 * without the rating or the words (those reach them after a coordinator recorded them, ADR 047).
 * Keyed per gig: a changed rating tells nobody again.
 */
export async function tellClientFeedbackReceived(tx: Tx, gig: { id: string; clientId: string }, title: string, now: Date) {
  return notifyClient(tx, gig.clientId, { kind: "feedback.received", params: { title }, link: `/client/gigs/${gig.id}`, key: `gig:${gig.id}:feedback-received`, now });
}

/** The orderer's rating through the emailed link: the same Feedback row a signed-in contact writes. */
export async function saveFeedbackByLink(tx: Tx, gig: { id: string; orderId: string; clientId: string }, authorUserId: string, f: { rating: number; comment: string | null }) {
  const data = { rating: f.rating, comment: f.comment };
  const row = await tx.feedback.upsert({
    where: { gigId_authorUserId: { gigId: gig.id, authorUserId } },
    create: { ...data, orderId: gig.orderId, gigId: gig.id, clientId: gig.clientId, authorUserId },
    update: data,
  });
  return { id: row.id };
}
