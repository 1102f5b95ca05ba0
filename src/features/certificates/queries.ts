import type { Tx } from "@/server/action";
import type { Db } from "@/server/db";
import { addHelsinkiDays, dayOfDateColumn, helsinkiInstant } from "@/lib/dates";

type Reader = Db | Tx;

/** The approved gigs and profile feedback of a client in a period of Helsinki days. */
export async function loadCertificateSource(db: Reader, clientId: string, periodStart: Date, periodEnd: Date) {
  const from = helsinkiInstant(dayOfDateColumn(periodStart));
  const to = addHelsinkiDays(helsinkiInstant(dayOfDateColumn(periodEnd)), 1);
  const gigs = await db.gig.findMany({
    where: { clientId, status: "APPROVED", startsAt: { gte: from, lt: to } },
    select: { id: true, startsAt: true, approvedMinutes: true, order: { select: { title: true, category: true, orderer: { select: { name: true } } } } },
  });
  const feedback = await db.feedback.findMany({
    where: { clientId, onProfile: true, gigId: { in: gigs.map((g) => g.id) } },
    select: { rating: true },
  });
  return { gigs, ratings: feedback.map((f) => f.rating) };
}

export function findClientForCertificate(db: Reader, clientId: string) {
  return db.client.findUnique({ where: { id: clientId }, select: { id: true, unitId: true } });
}

export function findRequestForAction(db: Reader, requestId: string) {
  return db.certificateRequest.findUnique({
    where: { id: requestId },
    include: { client: { select: { id: true, firstName: true, lastName: true, unitId: true, unit: { select: { jobcenterId: true, jobcenter: { select: { name: true } } } } } } },
  });
}

export function listClientCertificates(db: Reader, clientId: string) {
  return db.certificateRequest.findMany({
    where: { clientId },
    select: { id: true, periodStart: true, periodEnd: true, createdAt: true, certificate: { select: { id: true, signedAt: true } } },
    orderBy: { createdAt: "desc" },
  });
}

/** The coordinator's list: requests of the Jobcenter's clients, pending first. */
export function listRequestsForJobcenters(db: Reader, jobcenterIds: string[]) {
  return db.certificateRequest.findMany({
    where: { client: { unit: { jobcenterId: { in: jobcenterIds } } } },
    select: {
      id: true,
      periodStart: true,
      periodEnd: true,
      createdAt: true,
      clientId: true,
      client: { select: { firstName: true, lastName: true, unit: { select: { name: true } } } },
      certificate: { select: { id: true, signedAt: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
}

export function findCertificateForDownload(db: Reader, id: string) {
  return db.workCertificate.findUnique({
    where: { id },
    select: { id: true, clientId: true, contents: true, signedAt: true, client: { select: { unitId: true, unit: { select: { jobcenterId: true } } } } },
  });
}
