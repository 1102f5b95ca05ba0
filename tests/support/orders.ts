import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { submitOrderSchema } from "../../src/features/orders/schema";
import { isOrderIn, TERMS_ACCEPTED_STATES } from "../../src/features/orders/status";
import type { GigStatus, OrderStatus } from "../../src/generated/prisma/enums";
import { addHelsinkiDays, dayKey } from "../../src/lib/dates";
import type { World } from "./world";

type OrderForm = z.input<typeof submitOrderSchema>;

/**
 * A session two weeks from the real clock, for tests that run on it (the matrix): a fixed date
 * would fall into the past, and sessions cannot start in the past.
 */
export function upcomingSessions(): OrderForm["sessions"] {
  return [{ date: dayKey(addHelsinkiDays(Date.now(), 14)), start: "09:00", end: "13:00" }];
}

/** A complete, valid order form for the disability Jobcenter (as the browser sends it). */
export async function orderForm(world: World, overrides: Partial<OrderForm> = {}): Promise<OrderForm> {
  const terms = await world.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId: world.jobcenterD.id, locale: "fi" }, orderBy: { version: "desc" } });
  return {
    jobcenterId: world.jobcenterD.id,
    requestKey: `rk-${randomUUID()}`,
    category: "CLEANING",
    title: "Varaston siivous",
    description: "Varaston hyllyjen pyyhintä ja lattian imurointi.",
    remote: false,
    streetAddress: "Teollisuuskatu 5",
    postalCode: "00510",
    city: "Helsinki",
    scheduleKind: "EXACT",
    sessions: [{ date: "2026-12-01", start: "09:00", end: "13:00" }],
    minutesPerWorker: 240,
    workerCount: 2,
    ordererProvides: "Siivousvälineet ja käsineet",
    orientation: "Esimies näyttää tilat aamulla",
    siteContactName: "Seppo Siisti",
    siteContactPhone: "040 123 4567",
    contractModel: "COMMISSION",
    billingMethod: "E_INVOICE",
    businessId: "0737546-2",
    eInvoiceAddress: "003707375462",
    eInvoiceOperator: "003721291126",
    billingReference: "KP-100",
    termsVersionId: terms.id,
    acceptTerms: true,
    ...overrides,
  };
}

/** The order's fields without the terms acceptance (a coordinator's entry, ADR 024). */
export function withoutTerms(form: OrderForm): Omit<OrderForm, "termsVersionId" | "acceptTerms"> {
  const rest: Partial<OrderForm> = { ...form };
  delete rest.termsVersionId;
  delete rest.acceptTerms;
  return rest as Omit<OrderForm, "termsVersionId" | "acceptTerms">;
}

/** An order row made directly in the database, in any state, with optional gigs. */
export async function makeOrder(
  world: World,
  opts: { ordererId?: string; jobcenterId?: string; status?: OrderStatus; gigs?: GigStatus[]; accepted?: boolean } = {},
) {
  const ordererId = opts.ordererId ?? world.ordererX.id;
  const jobcenterId = opts.jobcenterId ?? world.jobcenterD.id;
  const createdById = ordererId === world.ordererX.id ? world.users.ordererX.id : world.users.ordererY.id;
  const order = await world.db.order.create({
    data: {
      jobcenterId,
      ordererId,
      createdById,
      status: opts.status ?? "TERMS_ACCEPTED",
      category: "CLEANING",
      title: "Testitilaus",
      description: "Testitilauksen kuvaus",
      hoursPerWorkerMin: 180,
      workerCount: 1,
      contractModel: "COMMISSION",
      listUnitPriceCents: 1450,
      vatRateBp: 2550,
      netCents: 4350,
      vatCents: 1109,
      grossCents: 5459,
      submittedAt: new Date(),
    },
  });
  if (opts.accepted ?? isOrderIn(TERMS_ACCEPTED_STATES, order.status)) {
    const terms = await world.db.orderTermsVersion.findFirstOrThrow({ where: { jobcenterId, locale: "fi" }, orderBy: { version: "desc" } });
    await world.db.termsAcceptance.create({
      data: {
        orderId: order.id,
        termsVersionId: terms.id,
        termsSha256: terms.bodySha256,
        acceptedByUserId: createdById,
        unitPriceCents: 1450,
        hoursPerWorkerMin: 180,
        workerCount: 1,
        grossCents: 5459,
      },
    });
  }
  const gigs = [];
  for (const status of opts.gigs ?? []) {
    const clientId = jobcenterId === world.jobcenterD.id ? world.clientD1.id : world.clientR1.id;
    gigs.push(
      await world.db.gig.create({
        data: {
          orderId: order.id,
          clientId,
          status,
          startsAt: new Date("2026-12-01T07:00:00Z"),
          endsAt: new Date("2026-12-01T10:00:00Z"),
          plannedMinutes: 180,
          createdById: world.users.coordinatorD.id,
        },
      }),
    );
  }
  return { order, gigs };
}
