import type { TaskCategory } from "@/generated/prisma/enums";
import { dayKey } from "@/lib/dates";

// What a signed work certificate says: a snapshot of the approved gigs in the period, the
// orderers and the feedback recorded on the client's profile. Stored as JSON when the
// coordinator signs, so that later changes never alter a signed certificate (ADR 040).

export interface CertificateGigLine {
  date: string; // Helsinki day, yyyy-mm-dd
  title: string;
  category: TaskCategory;
  ordererName: string;
  minutes: number;
}

export interface CertificateContents {
  version: 1;
  clientName: string;
  jobcenterName: string;
  periodStart: string;
  periodEnd: string;
  gigs: CertificateGigLine[];
  totalMinutes: number;
  categories: TaskCategory[];
  orderers: string[];
  feedback: { count: number; averageTenths: number | null };
  signedByName: string;
  signedOn: string;
}

export interface CertificateInput {
  clientName: string;
  jobcenterName: string;
  periodStart: string;
  periodEnd: string;
  gigs: { startsAt: Date; approvedMinutes: number | null; order: { title: string; category: TaskCategory; orderer: { name: string } } }[];
  ratings: number[];
  signedByName: string;
  signedAt: Date;
}

/** The certificate's contents: gigs by date, total hours, distinct tasks and orderers, average rating. */
export function buildCertificateContents(input: CertificateInput): CertificateContents {
  const gigs = [...input.gigs]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((g) => ({
      date: dayKey(g.startsAt),
      title: g.order.title,
      category: g.order.category,
      ordererName: g.order.orderer.name,
      minutes: g.approvedMinutes ?? 0,
    }));
  const sum = input.ratings.reduce((a, b) => a + b, 0);
  return {
    version: 1,
    clientName: input.clientName,
    jobcenterName: input.jobcenterName,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    gigs,
    totalMinutes: gigs.reduce((a, g) => a + g.minutes, 0),
    categories: [...new Set(gigs.map((g) => g.category))],
    orderers: [...new Set(gigs.map((g) => g.ordererName))].sort((a, b) => a.localeCompare(b, "fi")),
    feedback: { count: input.ratings.length, averageTenths: input.ratings.length ? Math.round((sum * 10) / input.ratings.length) : null },
    signedByName: input.signedByName,
    signedOn: dayKey(input.signedAt),
  };
}

/** Requests are for a past or current period: start ≤ end, both valid calendar days. */
export function isValidPeriod(start: string, end: string): boolean {
  const re = /^\d{4}-\d{2}-\d{2}$/;
  if (!re.test(start) || !re.test(end)) return false;
  const s = new Date(`${start}T00:00:00Z`);
  const e = new Date(`${end}T00:00:00Z`);
  if (Number.isNaN(s.getTime()) || Number.isNaN(e.getTime())) return false;
  if (s.toISOString().slice(0, 10) !== start || e.toISOString().slice(0, 10) !== end) return false;
  return s.getTime() <= e.getTime();
}
