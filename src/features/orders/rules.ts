import type { GigStatus, OrderStatus } from "@/generated/prisma/enums";
import { TERMS_ACCEPTED_STATES } from "./status";

/**
 * True when the order's current terms are accepted: it may be offered to units and clients.
 * An order waiting for (re-)acceptance after a coordinator's price or scope change is not.
 * See docs/decisions/021-order-terms-acceptance.md.
 */
export function termsAccepted(order: { status: OrderStatus; reacceptanceRequired: boolean }): boolean {
  return TERMS_ACCEPTED_STATES.includes(order.status) && !order.reacceptanceRequired;
}

/** Only a draft can be edited by the orderer; after submission changes go through OrderChange. */
export function isEditable(order: { status: OrderStatus }): boolean {
  return order.status === "DRAFT";
}

/** Gig states that mean "workers have been assigned" (or have already worked) for cancellation. */
export const ASSIGNED_GIG_STATES: readonly GigStatus[] = ["PLANNED", "OFFERED", "ACCEPTED", "STARTED", "REPORTED", "APPROVED"];
/** Gig states that are still open and are cancelled together with the order. */
export const OPEN_GIG_STATES: readonly GigStatus[] = ["PLANNED", "OFFERED", "ACCEPTED", "STARTED"];
/** States in which an order can no longer be cancelled: the work is done. */
const NOT_CANCELLABLE: readonly OrderStatus[] = ["DONE", "APPROVED", "INVOICED", "CANCELLED"];

/**
 * The cancellation fee in cents, or null when the order cannot be cancelled any more.
 * Free until workers are assigned; after that the fee of the accepted terms version applies
 * (docs/decisions/022-cancellation.md).
 */
export function cancellationFee(
  order: { status: OrderStatus },
  gigs: readonly { status: GigStatus }[],
  acceptedTermsFeeCents: number | null,
): number | null {
  if (NOT_CANCELLABLE.includes(order.status)) return null;
  const assigned = gigs.some((g) => ASSIGNED_GIG_STATES.includes(g.status));
  if (!assigned) return 0;
  return acceptedTermsFeeCents ?? 0;
}

export interface TermsRow {
  id: string;
  locale: string;
  version: number;
  validFrom: Date;
}

/**
 * The terms version in force on `day` (a `@db.Date` value) for the language: the highest version
 * that has started. Falls back to Finnish when the language has none.
 */
export function currentTerms<T extends TermsRow>(rows: readonly T[], locale: string, day: Date): T | null {
  const pick = (loc: string) => {
    let best: T | null = null;
    for (const r of rows) {
      if (r.locale !== loc || r.validFrom.getTime() > day.getTime()) continue;
      if (!best || r.version > best.version) best = r;
    }
    return best;
  };
  return pick(locale) ?? (locale === "fi" ? null : pick("fi"));
}

/** Is this version the one in force for its own language today? (The orderer accepts the text they read.) */
export function isCurrentTerms(rows: readonly TermsRow[], versionId: string, day: Date): boolean {
  const row = rows.find((r) => r.id === versionId);
  if (!row) return false;
  return currentTerms(rows, row.locale, day)?.id === row.id;
}


/** Feedback can be given on a gig whose work is done (reported or approved). */
export function feedbackAllowed(gig: { status: GigStatus }): boolean {
  return gig.status === "REPORTED" || gig.status === "APPROVED";
}
