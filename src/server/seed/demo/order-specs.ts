import type { Prisma } from "@/generated/prisma/client";
import type { GigStatus, OrderStatus } from "@/generated/prisma/enums";
import { minuteOfDay } from "@/lib/dates";
import { DEMO_STAFF } from "../demo-accounts";
import type { ClientRow, SeededClients } from "./clients";
import type { SeedContext } from "./context";
import type { JobcenterKey } from "./jobcenters";
import type { OrdererKey, Orderers, WorkCategory } from "./orderers";

/** What one demo order should become; `seedOrder` turns it into rows. */
export interface OrderSpec {
  status: OrderStatus;
  jc: JobcenterKey;
  orderer: OrdererKey;
  category: WorkCategory;
  /** first work day relative to today (Helsinki) */
  dayOffset: number;
  /** further sessions, days after the first */
  extraSessionDays?: number[];
  window?: boolean;
  workers: number;
  startTime?: string;
  /** fixed clients for the first worker slots, with gig details */
  fixed?: FixedWorker[];
  /** status from which a cancelled order was cancelled */
  cancelledFrom?: OrderStatus;
  exactDay?: boolean;
  agreedPrice?: { cents: number; reason: string };
  special?: "question" | "change" | "reported-in-progress";
  /** the orderer's review of approved hours (ADR 035); without one, past hours are confirmed */
  review?: "waiting" | "disputed";
}

export interface FixedWorker {
  client: ClientRow;
  /** the status of the client's gig on the first session */
  status?: GigStatus;
  details?: Partial<Prisma.GigUncheckedCreateInput>;
}

/** How many orders of each status; the demo clients' orders count towards these. */
const ORDER_COUNTS: Partial<Record<OrderStatus, number>> = {
  DRAFT: 4,
  RECEIVED: 7,
  TERMS_ACCEPTED: 6,
  FINDING_WORKERS: 7,
  SCHEDULED: 8,
  IN_PROGRESS: 3,
  DONE: 6,
  APPROVED: 8,
  // enough past work over the year for the figures at /reports to be more than "<5" (ADR 070)
  INVOICED: 30,
  CANCELLED: 4,
};

const ORDERER_CYCLE: OrdererKey[] = ["kotikulma", "kirjasto", "nopsa", "palvelukeskus", "kanelipulla", "nuorisotalo", "arkki", "seniorit", "harju", "siisti"];
const CANCELLED_FROM: OrderStatus[] = ["RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED"];
const EARLY_STATES: OrderStatus[] = ["DRAFT", "RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS"];

/** The special orders for the demo clients first, then a spread over every state. */
export function orderSpecs(ctx: SeedContext, orderers: Orderers, demoClients: SeededClients): OrderSpec[] {
  const specs = demoClientOrders(demoClients, ctx.now);
  return [...specs, ...spreadOrders(ctx, orderers, specs)];
}

/** Maija: a gig today and tomorrow, an offer, approved gigs this year. Pekka: one of each too. */
function demoClientOrders({ maija, pekka }: SeededClients, now: Date): OrderSpec[] {
  return [
    // A gig today that has just begun, so that "I started" / "I finished" can be tried at once in the demo
    // ("I started" opens only shortly before the start, ADR 035).
    { status: "SCHEDULED", jc: "D", orderer: "kotikulma", category: "PACKING_MAILING", dayOffset: 0, exactDay: true, workers: 1, startTime: begunToday(now), fixed: [{ client: maija, status: "ACCEPTED", details: { meetingPerson: "Yrjö Yhdistys, toimiston ovella", bringItems: "Oma vesipullo", supportMode: "STAFF_ALONG", supportPerson: DEMO_STAFF.staffDisability.name } }] },
    { status: "SCHEDULED", jc: "D", orderer: "siisti", category: "CLEANING", dayOffset: 1, exactDay: true, workers: 2, fixed: [{ client: maija, status: "ACCEPTED", details: { meetingPerson: "Tiina Tilaaja, ala-aulan vastaanotossa", bringItems: "Sisäkengät ja oma vesipullo", supportMode: "STAFF_ALONG", supportPerson: DEMO_STAFF.staffDisability.name } }] },
    { status: "SCHEDULED", jc: "D", orderer: "kirjasto", category: "ARCHIVING", dayOffset: 4, exactDay: true, workers: 1, startTime: "10:00", fixed: [{ client: maija, status: "OFFERED" }] },
    // Siisti Oy's contact still has to confirm these hours; the other order has a disputed gig for the coordinator.
    { status: "APPROVED", jc: "D", orderer: "siisti", category: "CLEANING", dayOffset: -2, exactDay: true, workers: 1, review: "waiting", fixed: [{ client: maija, status: "APPROVED" }] },
    { status: "APPROVED", jc: "D", orderer: "kotikulma", category: "PACKING_MAILING", dayOffset: -8, workers: 2, review: "disputed", fixed: [{ client: maija, status: "APPROVED" }] },
    { status: "INVOICED", jc: "D", orderer: "siisti", category: "CLEANING", dayOffset: -40, workers: 1, fixed: [{ client: maija, status: "APPROVED" }] },
    { status: "INVOICED", jc: "D", orderer: "kirjasto", category: "ARCHIVING", dayOffset: -75, workers: 2, fixed: [{ client: maija, status: "APPROVED" }] },
    { status: "INVOICED", jc: "D", orderer: "arkki", category: "PACKING_MAILING", dayOffset: -120, workers: 1, fixed: [{ client: maija, status: "APPROVED" }] },
    { status: "SCHEDULED", jc: "R", orderer: "nopsa", category: "MOVING", dayOffset: 3, exactDay: true, workers: 2, startTime: "13:00", fixed: [{ client: pekka, status: "OFFERED" }] },
    { status: "SCHEDULED", jc: "R", orderer: "kotikulma", category: "CLEANING", dayOffset: 2, exactDay: true, workers: 1, startTime: "13:00", fixed: [{ client: pekka, status: "ACCEPTED", details: { supportMode: "PHONE", supportPerson: DEMO_STAFF.staffRehabilitative.name, meetingPerson: "Yrjö Yhdistys", bringItems: "Työkengät" } }] },
    // Pekka's gig today, begun: the phone spec (tests/e2e/phone.spec.ts) finishes it offline, leaving Maija's to the client spec.
    { status: "SCHEDULED", jc: "R", orderer: "siisti", category: "CLEANING", dayOffset: 0, exactDay: true, workers: 1, startTime: begunToday(now), fixed: [{ client: pekka, status: "ACCEPTED", details: { supportMode: "PHONE", supportPerson: DEMO_STAFF.staffRehabilitative.name, meetingPerson: "Sanna Siisti", bringItems: "Työkengät" } }] },
    { status: "APPROVED", jc: "R", orderer: "nopsa", category: "MOVING", dayOffset: -6, workers: 2, startTime: "13:00", fixed: [{ client: pekka, status: "APPROVED" }] },
    { status: "INVOICED", jc: "R", orderer: "siisti", category: "CLEANING", dayOffset: -30, workers: 1, startTime: "13:00", fixed: [{ client: pekka, status: "APPROVED" }] },
  ];
}

/** The last quarter hour before now (Helsinki), at the latest 19:00 so that the gig ends today. */
function begunToday(now: Date): string {
  const quarter = Math.min(19 * 60, Math.floor(minuteOfDay(now) / 15) * 15);
  return `${String(Math.floor(quarter / 60)).padStart(2, "0")}:${String(quarter % 60).padStart(2, "0")}`;
}

/**
 * Fills every status up to its count. Siisti Oy gets one order of each status it does not have
 * yet (its orderer sees many states); its RECEIVED and TERMS_ACCEPTED orders carry the question
 * and the pending change.
 */
function spreadOrders(ctx: SeedContext, orderers: Orderers, fixedSpecs: OrderSpec[]): OrderSpec[] {
  const { rand, pick, between } = ctx;
  const specs: OrderSpec[] = [];
  let cycle = 0;
  for (const status of Object.keys(ORDER_COUNTS) as OrderStatus[]) {
    const ofStatus = () => [...fixedSpecs, ...specs].filter((s) => s.status === status);
    const n = Math.max(0, ORDER_COUNTS[status]! - ofStatus().length);
    for (let i = 0; i < n; i++) {
      const siistiHas = ofStatus().some((s) => s.orderer === "siisti");
      const orderer: OrdererKey = !siistiHas ? "siisti" : ORDERER_CYCLE[cycle++ % ORDERER_CYCLE.length]!;
      const jc: JobcenterKey = i % 2 === 0 ? "D" : "R";
      const category = pick(orderers[orderer].seed.categories);
      const early = EARLY_STATES.includes(status);
      specs.push({
        status,
        jc,
        orderer,
        category,
        dayOffset: firstDayOffset(ctx, status),
        extraSessionDays: status === "IN_PROGRESS" ? [3, 6] : (early || status === "SCHEDULED") && category === "MOVING" && rand() < 0.5 ? [1] : undefined,
        window: early && rand() < 0.35,
        workers: between(1, 3),
        startTime: jc === "R" ? "13:00" : pick(["09:00", "10:00"]),
        cancelledFrom: status === "CANCELLED" ? CANCELLED_FROM[i % CANCELLED_FROM.length] : undefined,
        agreedPrice: status === "FINDING_WORKERS" && i === 0 ? { cents: 1300, reason: "Suuri tilaus: yli 40 tuntia, neuvoteltu hinta" } : undefined,
        special:
          status === "RECEIVED" && orderer === "siisti" && !siistiHas ? "question"
          : status === "TERMS_ACCEPTED" && orderer === "siisti" && !siistiHas ? "change"
          : status === "IN_PROGRESS" && i === 0 ? "reported-in-progress"
          : undefined,
      });
    }
  }
  return specs;
}

/** Days from today to the first work day: ahead for orders not yet worked, behind for the rest. */
function firstDayOffset({ between }: SeedContext, status: OrderStatus): number {
  switch (status) {
    case "DRAFT": return between(7, 25);
    case "RECEIVED": return between(5, 25);
    case "TERMS_ACCEPTED": return between(4, 20);
    case "FINDING_WORKERS": return between(3, 14);
    case "SCHEDULED": return between(1, 12);
    case "IN_PROGRESS": return -2;
    case "DONE": return -between(1, 6);
    case "APPROVED": return -between(4, 35);
    case "INVOICED": return -between(20, 220);
    default: return between(3, 15);
  }
}
