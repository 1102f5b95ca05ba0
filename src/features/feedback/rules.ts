import type { GigStatus } from "@/generated/prisma/enums";

// Feedback both ways (ADR 047). Pure rules: who may give which feedback when, and what each
// reader is shown of the client's own words.

/** The client's faces, worst first: three, each with a text label (plain language, not colour alone). */
export const MOODS = [1, 2, 3] as const;
export type Mood = (typeof MOODS)[number];

/** Work that is done: the client has reported it or the hours are approved. */
const DONE_GIG_STATES: readonly GigStatus[] = ["REPORTED", "APPROVED"];

/** Feedback (the client's own, the unit's debrief) is about a gig whose work is done. */
export function gigIsDone(gig: { status: GigStatus }): boolean {
  return DONE_GIG_STATES.includes(gig.status);
}

/** The feedback link for an orderer known only by email lasts a month: long enough to answer after the invoice arrives. */
export const FEEDBACK_LINK_VALID_MS = 30 * 24 * 3_600_000;

export function feedbackLinkUsable(link: { expiresAt: Date } | null, now: Date): boolean {
  return link !== null && link.expiresAt.getTime() > now.getTime();
}

export interface ClientOwnFeedback {
  mood: number;
  words: string | null;
  shareWithOrderer: boolean;
}

/**
 * What the orderer is shown of the client's own feedback: nothing at all unless the client chose
 * to share it; the face goes with the words (a face alone, unasked, is still the client's own view).
 */
export function forOrderer<T extends ClientOwnFeedback>(f: T | null): { mood: number; words: string | null } | null {
  if (!f || !f.shareWithOrderer) return null;
  return { mood: f.mood, words: f.words };
}

/**
 * The orderer's words reach the client only after a coordinator recorded the feedback on the
 * client's profile (`onProfile`): a rating or a sharp comment is gone through with the client first.
 */
export function ordererWordsForClient<T extends { onProfile: boolean; rating: number; comment: string | null }>(f: T): { rating: number; comment: string | null } | null {
  return f.onProfile ? { rating: f.rating, comment: f.comment } : null;
}

/**
 * Who is asked for the orderer's feedback: the contacts with an account get a notification; with
 * none, the address the order came from gets an email with a link (the review contact's, else the
 * orderer's own).
 */
export function feedbackAskRoute(contactsWithAccount: number, fallbackEmail: string | null): "notify" | "email" | "none" {
  if (contactsWithAccount > 0) return "notify";
  return fallbackEmail ? "email" : "none";
}
