import type { ContractModel, GigStatus, OrderStatus } from "../../src/generated/prisma/enums";
import { helsinkiInstant } from "../../src/lib/dates";
import type { World } from "./world";

// Fixtures for coordination, clients and hours tests: orders in a chosen state, sessions,
// readiness confirmations and gigs, written straight to the database.

let orderSeq = 0;

export async function createOrder(
  world: World,
  opts: { jobcenter?: "D" | "R"; status?: OrderStatus; contractModel?: ContractModel; reacceptanceRequired?: boolean } = {},
) {
  const jc = opts.jobcenter === "R" ? world.jobcenterR : world.jobcenterD;
  const ordererId = opts.jobcenter === "R" ? world.ordererY.id : world.ordererX.id;
  const createdById = opts.jobcenter === "R" ? world.users.ordererY.id : world.users.ordererX.id;
  orderSeq++;
  return world.db.order.create({
    data: {
      jobcenterId: jc.id,
      ordererId,
      createdById,
      status: opts.status ?? "TERMS_ACCEPTED",
      category: "CLEANING",
      title: `Toimiston siivous ${orderSeq}`,
      description: "Pölyjen pyyhintä ja imurointi.",
      city: "Helsinki",
      hoursPerWorkerMin: 180,
      workerCount: 2,
      contractModel: opts.contractModel ?? "EMPLOYMENT",
      reacceptanceRequired: opts.reacceptanceRequired ?? false,
    },
  });
}

export function createSession(world: World, orderId: string, day: string, start: string, end: string, workersNeeded = 1) {
  return world.db.orderSession.create({
    data: { orderId, startsAt: helsinkiInstant(day, start), endsAt: helsinkiInstant(day, end), workersNeeded },
  });
}

/** A readiness confirmation by the client's unit staff (valid for 60 days unless told). */
export async function nominate(
  world: World,
  orderId: string,
  clientId: string,
  opts: { validUntil?: Date; revokedAt?: Date; skillsCheck?: "VERIFIED" | "PRACTISED_FIRST"; leavesWorkActivityConfirmed?: boolean } = {},
) {
  const client = await world.db.client.findUniqueOrThrow({ where: { id: clientId } });
  const staff = client.unitId === world.unitR1.id ? world.users.staffR1 : world.users.staffD1;
  return world.db.nomination.create({
    data: {
      orderId,
      clientId,
      nominatedById: staff.id,
      clientWantsGig: true,
      skillsCheck: opts.skillsCheck ?? "VERIFIED",
      benefitCheck: "DONE",
      supportMode: "STAFF_ALONG",
      supportPerson: "Olli Ohjaaja",
      validUntil: opts.validUntil ?? new Date(Date.now() + 60 * 86_400_000),
      revokedAt: opts.revokedAt ?? null,
      leavesWorkActivityConfirmed: opts.leavesWorkActivityConfirmed ?? false,
    },
  });
}

export async function createGig(
  world: World,
  opts: { orderId: string; clientId: string; sessionId?: string; status?: GigStatus; day: string; start: string; end: string; reportedMinutes?: number },
) {
  const startsAt = helsinkiInstant(opts.day, opts.start);
  const endsAt = helsinkiInstant(opts.day, opts.end);
  return world.db.gig.create({
    data: {
      orderId: opts.orderId,
      sessionId: opts.sessionId ?? null,
      clientId: opts.clientId,
      status: opts.status ?? "ACCEPTED",
      startsAt,
      endsAt,
      plannedMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
      reportedMinutes: opts.reportedMinutes ?? null,
      createdById: world.users.coordinatorD.id,
    },
  });
}

/** A client of a Jobcenter's first unit with no gigs yet: for tests that must not collide. */
export async function createClient(world: World, opts: { jobcenter?: "D" | "R"; firstName?: string } = {}) {
  const r = opts.jobcenter === "R";
  return world.db.client.create({
    data: {
      unitId: r ? world.unitR1.id : world.unitD1.id,
      firstName: opts.firstName ?? "Testi",
      lastName: "Asiakas",
      skills: ["cleaning"],
      benefits: r ? ["LABOUR_MARKET_SUBSIDY"] : ["DISABILITY_PENSION"],
      allowedContractModels: r ? ["EMPLOYMENT"] : ["COMMISSION", "EMPLOYMENT"],
      readiness: "READY",
    },
  });
}
