import { decodeCursor, encodeCursor, keysetPage } from "@/lib/keyset";
import type { GigStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/server/action";
import { CLIENT_VISIBLE_GIG_STATES, SUPPORT_WATCH_STATES } from "./rules";
import type { Db } from "@/server/db";

type Reader = Db | Tx;

/** A gig with what it belongs to, for the client's actions. */
export function findGigForAction(db: Reader, gigId: string) {
  return db.gig.findUnique({
    where: { id: gigId },
    select: {
      id: true,
      orderId: true,
      status: true,
      startsAt: true,
      endsAt: true,
      startedAt: true,
      finishedAt: true,
      reportedMinutes: true,
      reportNote: true,
      clientId: true,
      client: { select: { id: true, unitId: true, userId: true } },
    },
  });
}

/** The client a staff member issues a sign-in for. */
export function findClientForSignIn(db: Reader, clientId: string) {
  return db.client.findUnique({ where: { id: clientId }, select: { id: true, unitId: true, firstName: true, userId: true, active: true, language: true } });
}

const gigDetails = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  plannedMinutes: true,
  startedAt: true,
  finishedAt: true,
  reportedMinutes: true,
  reportNote: true,
  approvedMinutes: true,
  supportMode: true,
  supportPerson: true,
  meetingPerson: true,
  bringItems: true,
  declineReason: true,
  updatedAt: true,
  order: {
    select: {
      title: true,
      category: true,
      description: true,
      remote: true,
      streetAddress: true,
      postalCode: true,
      city: true,
      ordererProvides: true,
      orientation: true,
      siteContactName: true,
      siteContactPhone: true,
      contractModel: true,
      orderer: { select: { name: true } },
      priceList: { select: { workerPayCents: true } },
      // disability work activity: the trip to a gig is at the client's own cost (002: 1940)
      jobcenter: { select: { kind: true } },
    },
  },
} as const;

/** The client's own pages: who they are, their unit (phone) and their gigs. */
export function findClientForApp(db: Reader, clientId: string) {
  return db.client.findUnique({
    where: { id: clientId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      unitId: true,
      benefits: true,
      userId: true,
      unit: { select: { id: true, name: true, phone: true, email: true, address: true, jobcenterId: true } },
    },
  });
}

/** How many done gigs the client's home shows; the history pages through the rest (ADR 090). */
export const HOME_DONE_GIGS = 10;

/**
 * The client's gigs for the home: every open one (offered, accepted, started; few by nature,
 * capped all the same) and the latest done ones, not every gig the client ever did.
 */
export async function listClientGigs(db: Reader, clientId: string) {
  const done: readonly GigStatus[] = CLIENT_VISIBLE_GIG_STATES.filter((s) => s === "REPORTED" || s === "APPROVED");
  const open = await db.gig.findMany({
    where: { clientId, status: { in: CLIENT_VISIBLE_GIG_STATES.filter((s) => !done.includes(s)) } },
    select: gigDetails,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 100,
  });
  const latestDone = await db.gig.findMany({
    where: { clientId, status: { in: [...done] } },
    select: gigDetails,
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: HOME_DONE_GIGS,
  });
  return [...open, ...latestDone.reverse()];
}

export function findGigDetails(db: Reader, gigId: string) {
  return db.gig.findUnique({ where: { id: gigId }, select: { ...gigDetails, clientId: true, client: { select: { unitId: true } } } });
}

export type ClientGig = NonNullable<Awaited<ReturnType<typeof findGigDetails>>>;

/**
 * The gig that now stands for this one: a rescheduled gig is REPLACED by a new gig at the new
 * time (ADR 030), so an old link follows the chain to the client's current gig. Null when the
 * gig went to another client (a swap) or was not replaced.
 */
export async function currentReplacementOf(db: Reader, gigId: string, clientId: string): Promise<string | null> {
  let id = gigId;
  let found: string | null = null;
  // A chain is a handful of reschedules at most; the bound keeps a bad row from looping.
  for (let i = 0; i < 20; i++) {
    const next = await db.gig.findFirst({ where: { replacesGigId: id }, orderBy: { createdAt: "desc" }, select: { id: true, clientId: true } });
    if (!next || next.clientId !== clientId) break;
    found = next.id;
    id = next.id;
  }
  return found;
}

/** Orderer feedback that the coordinator recorded on the client's profile. */
export function listProfileFeedback(db: Reader, clientId: string) {
  return db.feedback.findMany({
    where: { clientId, onProfile: true },
    select: { id: true, rating: true, comment: true, createdAt: true, order: { select: { title: true, orderer: { select: { name: true } } } } },
    orderBy: { createdAt: "desc" },
    // The newest feedback on the profile: a page of it is what a phone shows.
    take: 30,
  });
}

/** Unit staff's support list: the unit's clients with their sign-in and open gigs. */
export function listUnitClientsForSupport(db: Reader, unitIds: string[]) {
  return db.client.findMany({
    where: { unitId: { in: unitIds }, active: true },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      unitId: true,
      user: { select: { clientUsername: true, lastSignInAt: true, active: true } },
      gigs: {
        where: { status: { in: [...SUPPORT_WATCH_STATES] } },
        select: { id: true, status: true, startsAt: true, endsAt: true, updatedAt: true, order: { select: { title: true } } },
        orderBy: { startsAt: "asc" },
      },
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
  });
}

/** The work that builds the client's CV: approved gigs, newest first. */
/** Approved gigs shown on a page of the client's history (ADR 090). */
export const HISTORY_PAGE_SIZE = 20;

/** The client's approved gigs, newest first, one keyset page at a time on `(startsAt, id)`. */
export async function listApprovedGigs(db: Reader, clientId: string, after?: string) {
  const c = decodeCursor(after);
  const rows = await db.gig.findMany({
    where: { clientId, status: "APPROVED", ...(c ? { OR: [{ startsAt: { lt: c.createdAt } }, { startsAt: c.createdAt, id: { lt: c.id } }] } : {}) },
    select: { id: true, startsAt: true, approvedMinutes: true, order: { select: { title: true, orderer: { select: { name: true } } } } },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    take: HISTORY_PAGE_SIZE + 1,
  });
  return keysetPage(rows, HISTORY_PAGE_SIZE, (g) => encodeCursor({ createdAt: g.startsAt, id: g.id }));
}
