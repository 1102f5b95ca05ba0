import type { GigStatus } from "../../src/generated/prisma/enums";
import type { World } from "./world";

/**
 * An order of orderer X in Jobcenter D (or the given Jobcenter) with one gig for a client,
 * priced from the Jobcenter's price list (10.00 €/h worker pay).
 */
export async function createClientGig(
  world: World,
  opts: {
    clientId?: string;
    status?: GigStatus;
    startsAt?: Date;
    minutes?: number;
    contractModel?: "COMMISSION" | "EMPLOYMENT" | "PARTNER_EMPLOYER";
    jobcenterId?: string;
    approvedMinutes?: number;
    startedAt?: Date;
    title?: string;
  } = {},
) {
  const jobcenterId = opts.jobcenterId ?? world.jobcenterD.id;
  const contractModel = opts.contractModel ?? "EMPLOYMENT";
  const priceList = await world.db.priceList.findFirstOrThrow({ where: { jobcenterId, contractModel } });
  const startsAt = opts.startsAt ?? new Date(Date.now() + 3_600_000);
  const minutes = opts.minutes ?? 180;
  const order = await world.db.order.create({
    data: {
      jobcenterId,
      ordererId: world.ordererX.id,
      createdById: world.users.ordererX.id,
      status: "SCHEDULED",
      category: "CLEANING",
      title: opts.title ?? "Toimiston siivous",
      description: "Pölyjen pyyhintä ja imurointi.",
      streetAddress: "Esimerkkikatu 5",
      postalCode: "00100",
      city: "Helsinki",
      hoursPerWorkerMin: minutes,
      workerCount: 1,
      contractModel,
      priceListId: priceList.id,
      siteContactName: "Sanna Siisti",
      siteContactPhone: "040 123 4567",
    },
  });
  const gig = await world.db.gig.create({
    data: {
      orderId: order.id,
      clientId: opts.clientId ?? world.clientD1.id,
      status: opts.status ?? "OFFERED",
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      plannedMinutes: minutes,
      startedAt: opts.startedAt,
      approvedMinutes: opts.approvedMinutes,
      approvedAt: opts.approvedMinutes !== undefined ? new Date() : undefined,
      meetingPerson: "Sanna Siisti",
      bringItems: "Sisäkengät",
      supportMode: "STAFF_ALONG",
      supportPerson: "Olli Ohjaaja",
      createdById: world.users.coordinatorD.id,
    },
  });
  return { order, gig };
}
