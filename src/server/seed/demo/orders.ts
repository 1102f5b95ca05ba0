import { intlFormatter } from "@/i18n/format";
import type { ContractModel, GigStatus, OrderStatus } from "@/generated/prisma/enums";
import { addHelsinkiDays, dateColumnOf } from "@/lib/dates";
import { centsForMinutes, vatOn } from "@/lib/money";
import { DAY, HOUR, type SeedContext, type World } from "./context";
import type { JobcenterKey, Organisations } from "./jobcenters";
import type { OrderSpec } from "./order-specs";
import type { OrdererKey } from "./orderers";
import { planSessions, statePath } from "./plan";
import { STREETS, TASKS } from "./tasks";
import { seedWorkers } from "./workers";

/** An order as the steps after the orders (the hire) need it. */
export interface SeededOrder {
  id: string;
  status: OrderStatus;
  jc: JobcenterKey;
  orderer: OrdererKey;
  gigs: { clientId: string; status: GigStatus }[];
  lastEnd: Date | null;
}

export type OrderPlan = ReturnType<typeof planOrder>;

/** Every order in spec order, each with its history, terms, sessions and workers. */
export async function seedOrders(ctx: SeedContext, world: World, specs: OrderSpec[]): Promise<{ orders: SeededOrder[]; gigCount: number }> {
  const orders: SeededOrder[] = [];
  let gigCount = 0;
  // Tasks and streets are used in turn over all orders.
  const turn = { task: 0, street: 0 };
  for (const spec of specs) {
    const plan = planOrder(ctx, world, spec, turn, orders.length);
    const order = await createOrder(ctx, spec, plan);
    await recordOrderHistory(ctx, spec, plan, order.id);
    if (plan.reached.includes("TERMS_ACCEPTED")) await acceptTerms(ctx, plan, order.id);
    const sessionRows = [];
    for (const s of plan.sessions) {
      sessionRows.push(await ctx.tx.orderSession.create({ data: { orderId: order.id, startsAt: s.startsAt, endsAt: s.endsAt, workersNeeded: plan.workerCount } }));
    }
    if (spec.special === "question") await seedQuestion(ctx, plan, order.id);
    if (spec.special === "change") await seedPendingChange(ctx, plan, order.id);
    const workers = plan.reached.includes("FINDING_WORKERS")
      ? await seedWorkers(ctx, world, spec, plan, { id: order.id, sessionIds: sessionRows.map((r) => r.id), index: orders.length })
      : { gigs: [], gigCount: 0 };
    gigCount += workers.gigCount;
    orders.push({ id: order.id, status: plan.finalStatus, jc: plan.jc, orderer: spec.orderer, gigs: workers.gigs, lastEnd: plan.lastEnd });
  }
  return { orders, gigCount };
}

/** The order's task, site, schedule, price snapshot and state times, before anything is written. */
function planOrder(ctx: SeedContext, { orgs, staff, orderers }: World, spec: OrderSpec, turn: { task: number; street: number }, index: number) {
  const { rand } = ctx;
  const jc = spec.jc;
  const jobcenter = orgs.jobcenters[jc];
  const orderer = orderers[spec.orderer];
  const coord = staff.coordinator[jc];
  const tasks = TASKS[spec.category];
  const task = tasks[turn.task++ % tasks.length]!;
  const [street, postal] = spec.orderer === "harju" ? ["Mäkelänkatu 40 B 12", "00550"] : STREETS[turn.street++ % STREETS.length]!;
  const contractModel: ContractModel =
    jc === "D" ? (spec.orderer === "nopsa" || rand() < 0.25 ? "EMPLOYMENT" : "COMMISSION") : rand() < 0.3 ? "PARTNER_EMPLOYER" : "EMPLOYMENT";
  const startTime = spec.startTime ?? (jc === "R" ? "13:00" : "09:00");
  const minutes = task.minutes;
  const { sessions, workDay, lastEnd } = planSessions(ctx.today, spec, startTime, minutes);
  const workerCount = spec.workers;
  const hoursPerWorkerMin = minutes * Math.max(1, sessions.length);
  const price = priceSnapshot(orgs, jobcenter.id, contractModel, workDay, spec.agreedPrice?.cents, hoursPerWorkerMin * workerCount);

  const finalStatus = spec.status;
  const reached = statePath(finalStatus, sessions.length, spec.cancelledFrom);
  const { created, times } = stateTimes(ctx, finalStatus, reached, workDay, lastEnd);
  const at = (s: OrderStatus) => times.get(s)!;
  const terms = orgs.termsFi.find((t) => t.jobcenterId === jobcenter.id)!;
  return {
    jc,
    jobcenter,
    orderer,
    coord,
    task,
    street,
    postal,
    contractModel,
    minutes,
    sessions,
    workDay,
    lastEnd,
    workerCount,
    hoursPerWorkerMin,
    ...price,
    finalStatus,
    reached,
    created,
    at,
    lastStatusAt: at(reached[reached.length - 1]!),
    terms,
    // Some orders still finding workers already have readiness confirmations, some do not.
    nominated: reached.includes("SCHEDULED") || (finalStatus === "FINDING_WORKERS" && index % 2 === 0),
    feeCents: finalStatus === "CANCELLED" && spec.cancelledFrom === "SCHEDULED" ? terms.cancellationFeeCents : 0,
  };
}

/** The price list and VAT rate valid on the work day, and the totals they give. */
function priceSnapshot(orgs: Organisations, jobcenterId: string, contractModel: ContractModel, workDay: Date, agreedCents: number | undefined, totalMinutes: number) {
  const workDate = dateColumnOf(workDay);
  const priceList = orgs.priceLists.find(
    (p) => p.jobcenterId === jobcenterId && p.contractModel === contractModel && p.validFrom <= workDate && (!p.validTo || p.validTo >= workDate),
  )!;
  const vat = orgs.vatRates.find((v) => v.validFrom <= workDate && (!v.validTo || v.validTo >= workDate))!;
  const listUnit = priceList.workerPayCents + priceList.sideCostsCents + priceList.serviceCostsCents;
  const unitPrice = agreedCents ?? listUnit;
  const net = centsForMinutes(unitPrice, totalMinutes);
  return { priceList, vat, listUnit, unitPrice, net, vatCents: vatOn(net, vat.rateBp) };
}

/**
 * When the order was created and reached each state. Worked orders were made one to two weeks
 * before the work; the others moved evenly from their creation to an hour ago.
 */
function stateTimes({ between, ago }: SeedContext, finalStatus: OrderStatus, reached: OrderStatus[], workDay: Date, lastEnd: Date | null) {
  const times = new Map<OrderStatus, Date>();
  let created: Date;
  if (["IN_PROGRESS", "DONE", "APPROVED", "INVOICED"].includes(finalStatus)) {
    created = new Date(workDay.getTime() - between(8, 14) * DAY);
    const pre: [OrderStatus, number][] = [["DRAFT", 0], ["RECEIVED", 0.25 * HOUR], ["TERMS_ACCEPTED", 1 * DAY], ["FINDING_WORKERS", 1 * DAY + 2 * HOUR], ["SCHEDULED", 3 * DAY]];
    for (const [s, offset] of pre) times.set(s, new Date(created.getTime() + offset));
    times.set("IN_PROGRESS", workDay);
    times.set("DONE", new Date(lastEnd!.getTime() + HOUR));
    times.set("APPROVED", new Date(lastEnd!.getTime() + DAY));
    times.set("INVOICED", new Date(lastEnd!.getTime() + 5 * DAY));
  } else {
    const leadDays = finalStatus === "DRAFT" ? between(1, 3) : between(2, 9);
    const start = ago(leadDays * DAY + between(1, 8) * HOUR);
    const steps = reached.length;
    const span = ago(HOUR).getTime() - start.getTime();
    reached.forEach((s, i) => times.set(s, new Date(start.getTime() + (steps <= 1 ? 0 : (span * i) / (steps - 1)))));
    created = start;
  }
  return { created, times };
}

/** The order row; a draft has no price snapshot yet. */
async function createOrder(ctx: SeedContext, spec: OrderSpec, plan: OrderPlan) {
  const { orderer, task, finalStatus, at } = plan;
  const orderRow = orderer.row;
  return ctx.tx.order.create({
    data: {
      jobcenterId: plan.jobcenter.id,
      ordererId: orderer.id,
      createdById: orderer.contactId,
      status: finalStatus,
      category: spec.category,
      title: task.title,
      description: task.description,
      streetAddress: plan.street,
      postalCode: plan.postal,
      city: "Helsinki",
      scheduleKind: spec.window ? "WINDOW" : "EXACT",
      windowText: spec.window ? `${intlFormatter("fi").date(plan.workDay)}–${intlFormatter("fi").date(addHelsinkiDays(plan.workDay, 4))} arkipäivisin klo 9–15` : null,
      hoursPerWorkerMin: plan.hoursPerWorkerMin,
      workerCount: plan.workerCount,
      ordererProvides: task.ordererProvides ?? null,
      orientation: task.orientation ?? null,
      siteContactName: orderer.seed.contact.name,
      siteContactPhone: orderer.seed.contact.phone,
      contractModel: plan.contractModel,
      billingMethod: orderRow.billingMethod ?? null,
      businessId: orderRow.businessId ?? null,
      eInvoiceAddress: orderRow.eInvoiceAddress ?? null,
      eInvoiceOperator: orderRow.eInvoiceOperator ?? null,
      billingEmail: orderRow.billingEmail ?? null,
      billingReference: orderRow.billingReference ?? null,
      billingName: orderRow.name,
      billingAddress: `${orderRow.streetAddress}, ${orderRow.postalCode} ${orderRow.city}`,
      ...(finalStatus !== "DRAFT"
        ? {
            priceListId: plan.priceList.id,
            listUnitPriceCents: plan.listUnit,
            agreedUnitPriceCents: spec.agreedPrice?.cents ?? null,
            agreedPriceReason: spec.agreedPrice?.reason ?? null,
            vatRateBp: plan.vat.rateBp,
            netCents: plan.net,
            vatCents: plan.vatCents,
            grossCents: plan.net + plan.vatCents,
            submittedAt: at("RECEIVED"),
          }
        : {}),
      reacceptanceRequired: spec.special === "change",
      cancelledAt: finalStatus === "CANCELLED" ? at("CANCELLED") : null,
      cancelReason: finalStatus === "CANCELLED" ? ctx.pick(["Tapahtuma peruttiin.", "Työ tehtiin omin voimin.", "Aikataulu muuttui, tilaamme myöhemmin uudelleen."]) : null,
      cancellationFeeCents: finalStatus === "CANCELLED" ? plan.feeCents : null,
      createdAt: plan.created,
      updatedAt: plan.lastStatusAt,
    },
  });
}

/** A status event per state reached, and the audit rows of submitting, cancelling and approving. */
async function recordOrderHistory(ctx: SeedContext, spec: OrderSpec, plan: OrderPlan, orderId: string) {
  const { orderer, coord, finalStatus, reached, at } = plan;
  if (finalStatus !== "DRAFT") ctx.auditRows.push({ actorUserId: orderer.contactId, action: "order.submit", entityType: "Order", entityId: orderId, details: { title: plan.task.title }, createdAt: at("RECEIVED") });
  if (finalStatus === "CANCELLED") ctx.auditRows.push({ actorUserId: orderer.contactId, action: "order.cancel", entityType: "Order", entityId: orderId, details: { feeCents: plan.feeCents }, createdAt: at("CANCELLED") });
  if (reached.includes("APPROVED")) ctx.auditRows.push({ actorUserId: coord.id, action: "order.approve", entityType: "Order", entityId: orderId, createdAt: at("APPROVED") });
  await ctx.tx.orderStatusEvent.createMany({
    data: reached.map((s) => ({
      orderId,
      status: s,
      // The orderer drafts, submits and accepts, and cancels before scheduling; the coordinator does the rest.
      byUserId: ["DRAFT", "RECEIVED", "TERMS_ACCEPTED"].includes(s) || (s === "CANCELLED" && spec.cancelledFrom !== "SCHEDULED") ? orderer.contactId : coord.id,
      note: s === "CANCELLED" ? "Tilaaja perui tilauksen." : null,
      createdAt: at(s),
    })),
  });
}

/** The orderer's acceptance of the Jobcenter's terms text (with its hash) and the price. */
async function acceptTerms(ctx: SeedContext, plan: OrderPlan, orderId: string) {
  await ctx.tx.termsAcceptance.create({
    data: {
      orderId,
      termsVersionId: plan.terms.id,
      termsSha256: plan.terms.bodySha256,
      acceptedByUserId: plan.orderer.contactId,
      unitPriceCents: plan.unitPrice,
      hoursPerWorkerMin: plan.hoursPerWorkerMin,
      workerCount: plan.workerCount,
      grossCents: plan.net + plan.vatCents,
      acceptedAt: plan.at("TERMS_ACCEPTED"),
    },
  });
}

/** The coordinator's question about the site and the orderer's answer. */
async function seedQuestion(ctx: SeedContext, plan: OrderPlan, orderId: string) {
  const { created } = plan;
  await ctx.tx.orderMessage.createMany({
    data: [
      { orderId, authorUserId: plan.coord.id, kind: "QUESTION", body: "Onko kohteessa hissi, ja mistä avaimet noudetaan?", createdAt: new Date(created.getTime() + 2 * HOUR) },
      { orderId, authorUserId: plan.orderer.contactId, kind: "ANSWER", body: "Hissi on. Avaimet saa vahtimestarilta ala-aulasta klo 8 alkaen.", createdAt: new Date(created.getTime() + 3 * HOUR) },
    ],
  });
}

/** A proposed longer working time that waits for the orderer to accept the terms again. */
async function seedPendingChange(ctx: SeedContext, plan: OrderPlan, orderId: string) {
  const { hoursPerWorkerMin } = plan;
  await ctx.tx.orderChange.create({
    data: {
      orderId,
      proposedById: plan.coord.id,
      description: `Työaika pitenee ${hoursPerWorkerMin / 60} tunnista ${(hoursPerWorkerMin + 60) / 60} tuntiin tekijää kohden.`,
      reason: "Tilaaja pyysi lisäämään varaston siivouksen.",
      newHoursPerWorkerMin: hoursPerWorkerMin + 60,
      createdAt: ctx.ago(3 * HOUR),
    },
  });
}
