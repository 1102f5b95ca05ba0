import { randomUUID } from "node:crypto";
import { hashSecret } from "@/features/auth/password";
import { priceOrder } from "@/features/pricing/queries";
import { quote } from "@/features/pricing/rules";
import type { Prisma } from "@/generated/prisma/client";
import type { ContractModel } from "@/generated/prisma/enums";
import { dateColumn, dateColumnOf, helsinkiInstant } from "@/lib/dates";
import type { Tx } from "@/server/action";
import { ActionError, ruleViolation } from "@/server/errors";
import { findJobcenter, lockOrder, termsRowsOf } from "./queries";
import { cancellationFee, isCurrentTerms, OPEN_GIG_STATES } from "./rules";
import type { RegisterAndOrderInput, SaveDraftInput, SubmitOrderInput } from "./schema";
import { moveOrderStatus } from "./status-mutations";

type Fields = Partial<Omit<SubmitOrderInput, "jobcenterId" | "orderId" | "requestKey" | "termsVersionId" | "acceptTerms">>;

/** Form fields → order columns (sessions separately). */
function columnsOf(f: Fields) {
  return {
    category: f.category,
    title: f.title,
    description: f.description,
    remote: f.remote,
    streetAddress: f.remote ? null : (f.streetAddress ?? null),
    postalCode: f.remote ? null : (f.postalCode ?? null),
    city: f.remote ? null : (f.city ?? null),
    scheduleKind: f.scheduleKind,
    windowText: f.scheduleKind === "WINDOW" ? (f.windowText ?? null) : null,
    hoursPerWorkerMin: f.minutesPerWorker,
    workerCount: f.workerCount,
    ordererProvides: f.ordererProvides ?? null,
    orientation: f.orientation ?? null,
    siteContactName: f.siteContactName ?? null,
    siteContactPhone: f.siteContactPhone ?? null,
    contractModel: f.contractModel,
    billingMethod: f.billingMethod ?? null,
    businessId: f.businessId ?? null,
    eInvoiceAddress: f.billingMethod === "E_INVOICE" ? (f.eInvoiceAddress ?? null) : null,
    eInvoiceOperator: f.billingMethod === "E_INVOICE" ? (f.eInvoiceOperator ?? null) : null,
    billingEmail: f.billingMethod === "EMAIL_INVOICE" ? (f.billingEmail ?? null) : null,
    billingReference: f.billingReference ?? null,
    billingName: f.billingName ?? null,
    billingAddress: f.billingAddress ?? null,
  };
}

function sessionRows(f: Fields) {
  if (f.scheduleKind !== "EXACT") return [];
  return (f.sessions ?? []).map((s) => ({
    startsAt: helsinkiInstant(s.date, s.start),
    endsAt: helsinkiInstant(s.date, s.end),
    workersNeeded: f.workerCount ?? 1,
  }));
}

/** The work day whose price list and VAT rate apply: the first session's day, else today. */
export function workDayOf(f: { scheduleKind?: "EXACT" | "WINDOW"; sessions?: { date: string }[] }, now: Date): Date {
  const first = f.scheduleKind === "EXACT" ? [...(f.sessions ?? [])].sort((a, b) => a.date.localeCompare(b.date))[0] : undefined;
  return first ? dateColumn(first.date) : dateColumnOf(now);
}

async function checkContractModel(tx: Tx, jobcenterId: string, model: ContractModel | undefined) {
  const jc = await findJobcenter(tx, jobcenterId);
  if (!jc) throw new ActionError("NOT_FOUND");
  if (model && !jc.contractModels.includes(model)) throw ruleViolation("CONTRACT_MODEL_NOT_OFFERED");
  return jc;
}

/**
 * Creates the order row for a request key once: a repeated submit (same key) finds the first
 * order instead of making a second. Uses INSERT … ON CONFLICT DO NOTHING so that two
 * concurrent submits cannot both insert.
 */
async function createOnce(tx: Tx, data: Omit<Prisma.OrderCreateManyInput, "id" | "requestKey">, requestKey: string) {
  const id = randomUUID();
  await tx.order.createMany({ data: { ...data, id, requestKey }, skipDuplicates: true });
  const row = await tx.order.findUniqueOrThrow({ where: { requestKey } });
  return { row, created: row.id === id };
}

interface Actor {
  ordererId: string;
  userId: string;
}

/** Saves a draft (new or existing). Nothing is priced or accepted yet. */
export async function saveDraft(tx: Tx, input: SaveDraftInput, actor: Actor): Promise<{ id: string }> {
  const jc = await checkContractModel(tx, input.jobcenterId, input.contractModel);
  const cols = columnsOf(input);
  let orderId = input.orderId;
  if (!orderId) {
    const existing = await tx.order.findUnique({ where: { requestKey: input.requestKey } });
    if (existing && existing.ordererId !== actor.ordererId) throw new ActionError("CONFLICT");
    orderId = existing?.id;
  }
  if (orderId) {
    const order = await lockOrder(tx, orderId);
    if (order.status !== "DRAFT") throw ruleViolation("ORDER_NOT_EDITABLE");
    await tx.order.update({ where: { id: orderId }, data: { ...cols, jobcenterId: jc.id } });
  } else {
    const { row } = await createOnce(
      tx,
      {
        ...cols,
        jobcenterId: jc.id,
        ordererId: actor.ordererId,
        createdById: actor.userId,
        status: "DRAFT",
        category: cols.category ?? "OTHER",
        title: cols.title ?? "",
        description: cols.description ?? "",
        remote: cols.remote ?? false,
        scheduleKind: cols.scheduleKind ?? "EXACT",
        hoursPerWorkerMin: cols.hoursPerWorkerMin ?? 0,
        workerCount: cols.workerCount ?? 1,
        contractModel: cols.contractModel ?? jc.contractModels[0] ?? "COMMISSION",
      },
      input.requestKey,
    );
    orderId = row.id;
  }
  if (input.sessions !== undefined || input.scheduleKind !== undefined) {
    await tx.orderSession.deleteMany({ where: { orderId } });
    await tx.orderSession.createMany({ data: sessionRows(input).map((s) => ({ ...s, orderId: orderId! })) });
  }
  return { id: orderId };
}

/**
 * Submits an order: a new one, or an existing draft. The server prices it from the dated rows,
 * moves it DRAFT → RECEIVED, and with the terms accepted on the form → TERMS_ACCEPTED.
 * A repeated submit with the same request key returns the same order.
 */
export async function submitOrder(tx: Tx, input: SubmitOrderInput, actor: Actor, now: Date): Promise<{ id: string; duplicate: boolean }> {
  if (!input.acceptTerms || !input.termsVersionId) throw ruleViolation("TERMS_NOT_ACCEPTED");
  const jc = await checkContractModel(tx, input.jobcenterId, input.contractModel);
  const price = await priceOrder(tx, {
    jobcenterId: jc.id,
    contractModel: input.contractModel,
    workDay: workDayOf(input, now),
    minutesPerWorker: input.minutesPerWorker,
    workerCount: input.workerCount,
  });
  const data = {
    ...columnsOf(input),
    jobcenterId: jc.id,
    priceListId: price.priceListId,
    listUnitPriceCents: price.listUnitPriceCents,
    agreedUnitPriceCents: null,
    agreedPriceReason: null,
    vatRateBp: price.vatRateBp,
    netCents: price.netCents,
    vatCents: price.vatCents,
    grossCents: price.grossCents,
    submittedAt: now,
  };

  let order;
  if (input.orderId) {
    order = await lockOrder(tx, input.orderId);
    if (order.status !== "DRAFT") {
      if (order.requestKey === input.requestKey) return { id: order.id, duplicate: true };
      throw ruleViolation("ORDER_NOT_EDITABLE");
    }
    order = await tx.order.update({ where: { id: order.id }, data });
  } else {
    const existing = await tx.order.findUnique({ where: { requestKey: input.requestKey } });
    if (existing) {
      if (existing.ordererId !== actor.ordererId) throw new ActionError("CONFLICT");
      return { id: existing.id, duplicate: true };
    }
    const { row, created } = await createOnce(tx, { ...data, ordererId: actor.ordererId, createdById: actor.userId, status: "DRAFT", category: input.category, title: input.title, description: input.description, remote: input.remote, scheduleKind: input.scheduleKind, hoursPerWorkerMin: input.minutesPerWorker, workerCount: input.workerCount, contractModel: input.contractModel }, input.requestKey);
    if (!created) {
      if (row.ordererId !== actor.ordererId) throw new ActionError("CONFLICT");
      return { id: row.id, duplicate: true };
    }
    order = row;
  }
  await tx.orderSession.deleteMany({ where: { orderId: order.id } });
  await tx.orderSession.createMany({ data: sessionRows(input).map((s) => ({ ...s, orderId: order.id })) });

  await moveOrderStatus(tx, order, "RECEIVED", actor.userId);
  await acceptTerms(tx, await tx.order.findUniqueOrThrow({ where: { id: order.id } }), input.termsVersionId!, actor.userId, now);
  return { id: order.id, duplicate: false };
}

/**
 * Stores the orderer's acceptance of a terms version with the price and scope accepted, and
 * moves a RECEIVED order to TERMS_ACCEPTED. The version must be the current one of its
 * language (TERMS_OUTDATED otherwise). Clears a pending re-acceptance.
 */
export async function acceptTerms(
  tx: Tx,
  order: {
    id: string;
    jobcenterId: string;
    status: import("@/generated/prisma/enums").OrderStatus;
    listUnitPriceCents: number | null;
    agreedUnitPriceCents: number | null;
    hoursPerWorkerMin: number;
    workerCount: number;
    grossCents: number | null;
  },
  termsVersionId: string,
  userId: string,
  now: Date,
) {
  const rows = await termsRowsOf(tx, order.jobcenterId);
  if (rows.length === 0) throw ruleViolation("NO_TERMS");
  if (!isCurrentTerms(rows, termsVersionId, dateColumnOf(now))) throw ruleViolation("TERMS_OUTDATED");
  const terms = rows.find((r) => r.id === termsVersionId)!;
  const unitPriceCents = order.agreedUnitPriceCents ?? order.listUnitPriceCents;
  if (unitPriceCents === null || order.grossCents === null) throw ruleViolation("NO_PRICE_LIST");
  await tx.termsAcceptance.create({
    data: {
      orderId: order.id,
      termsVersionId: terms.id,
      termsSha256: terms.bodySha256,
      acceptedByUserId: userId,
      unitPriceCents,
      hoursPerWorkerMin: order.hoursPerWorkerMin,
      workerCount: order.workerCount,
      grossCents: order.grossCents,
      acceptedAt: now,
    },
  });
  await tx.order.update({ where: { id: order.id }, data: { reacceptanceRequired: false } });
  if (order.status === "RECEIVED") await moveOrderStatus(tx, order, "TERMS_ACCEPTED", userId);
}

/** A first-time orderer: Orderer + User + Membership + the order, in the caller's transaction. */
export async function registerAndOrder(tx: Tx, input: RegisterAndOrderInput, now: Date) {
  const r = input.registration;
  const o = input.order;
  if (await tx.user.findUnique({ where: { email: r.email }, select: { id: true } })) throw ruleViolation("EMAIL_TAKEN");
  const isPerson = r.ordererKind === "PRIVATE_PERSON";
  const orderer = await tx.orderer.create({
    data: {
      kind: r.ordererKind,
      name: isPerson ? r.contactName : r.organisationName!,
      businessId: isPerson ? null : (o.businessId ?? null),
      email: r.email,
      phone: r.phone,
      streetAddress: r.streetAddress ?? null,
      postalCode: r.postalCode ?? null,
      city: r.city ?? null,
      billingMethod: o.billingMethod,
      eInvoiceAddress: o.eInvoiceAddress ?? null,
      eInvoiceOperator: o.eInvoiceOperator ?? null,
      billingEmail: o.billingEmail ?? null,
      billingReference: o.billingReference ?? null,
    },
  });
  const user = await tx.user.create({
    data: {
      email: r.email,
      name: r.contactName,
      phone: r.phone,
      locale: r.locale,
      passwordHash: await hashSecret(r.password),
      memberships: { create: [{ role: "ORDERER_CONTACT", ordererId: orderer.id }] },
    },
  });
  const actor = { ordererId: orderer.id, userId: user.id };
  const order = input.submit
    ? await submitOrder(tx, { ...o, orderId: undefined }, actor, now)
    : await saveDraft(tx, { ...o, orderId: undefined }, actor);
  return { orderId: order.id, ordererId: orderer.id, userId: user.id };
}

/**
 * Cancels an order: free until workers are assigned, then the fee of the accepted terms.
 * The order's open gigs are cancelled too, and a pending change is withdrawn.
 */
export async function cancelOrder(tx: Tx, orderId: string, reason: string | undefined, userId: string, now: Date) {
  const order = await lockOrder(tx, orderId);
  const gigs = await tx.gig.findMany({ where: { orderId }, select: { id: true, status: true } });
  const lastAcceptance = await tx.termsAcceptance.findFirst({
    where: { orderId },
    orderBy: { acceptedAt: "desc" },
    include: { termsVersion: { select: { cancellationFeeCents: true } } },
  });
  const fee = cancellationFee(order, gigs, lastAcceptance?.termsVersion.cancellationFeeCents ?? null);
  if (fee === null) throw ruleViolation("ORDER_NOT_CANCELLABLE");
  await moveOrderStatus(tx, order, "CANCELLED", userId, reason);
  await tx.order.update({ where: { id: orderId }, data: { cancelledAt: now, cancelReason: reason ?? null, cancellationFeeCents: fee } });
  await tx.gig.updateMany({
    where: { orderId, status: { in: [...OPEN_GIG_STATES] } },
    data: { status: "CANCELLED", cancelReason: reason ?? "order cancelled" },
  });
  await tx.orderChange.updateMany({ where: { orderId, status: "PENDING" }, data: { status: "WITHDRAWN" } });
  return { id: orderId, feeCents: fee };
}

/** The coordinator proposes a new price and/or scope; the orderer must accept it again. */
export async function proposeChange(
  tx: Tx,
  orderId: string,
  c: { description: string; reason?: string; newUnitPriceCents?: number; newMinutesPerWorker?: number; newWorkerCount?: number },
  userId: string,
) {
  const order = await lockOrder(tx, orderId);
  if (!["RECEIVED", "TERMS_ACCEPTED", "FINDING_WORKERS", "SCHEDULED", "IN_PROGRESS"].includes(order.status)) throw ruleViolation("INVALID_STATE");
  await tx.orderChange.updateMany({ where: { orderId, status: "PENDING" }, data: { status: "WITHDRAWN" } });
  const change = await tx.orderChange.create({
    data: {
      orderId,
      proposedById: userId,
      description: c.description,
      reason: c.reason ?? null,
      newUnitPriceCents: c.newUnitPriceCents ?? null,
      newHoursPerWorkerMin: c.newMinutesPerWorker ?? null,
      newWorkerCount: c.newWorkerCount ?? null,
    },
  });
  // After acceptance the order may not go on to workers until the orderer has decided.
  if (order.status !== "RECEIVED") await tx.order.update({ where: { id: orderId }, data: { reacceptanceRequired: true } });
  return { id: change.id };
}

/** The orderer accepts (new terms acceptance, new price snapshot) or declines a proposed change. */
export async function decideChange(tx: Tx, changeId: string, decision: "ACCEPT" | "DECLINE", termsVersionId: string | undefined, userId: string, now: Date) {
  const change = await tx.orderChange.findUniqueOrThrow({ where: { id: changeId } });
  const order = await lockOrder(tx, change.orderId);
  const fresh = await tx.orderChange.findUniqueOrThrow({ where: { id: changeId } });
  if (fresh.status !== "PENDING") throw ruleViolation("CHANGE_NOT_PENDING");
  if (decision === "DECLINE") {
    await tx.orderChange.update({ where: { id: changeId }, data: { status: "DECLINED", decidedById: userId, decidedAt: now } });
    // The earlier acceptance stands.
    if (order.status !== "RECEIVED" && order.status !== "CANCELLED")
      await tx.order.update({ where: { id: order.id }, data: { reacceptanceRequired: false } });
    return { id: changeId, orderId: order.id, status: "DECLINED" as const };
  }
  if (order.vatRateBp === null || order.listUnitPriceCents === null) throw ruleViolation("NO_PRICE_LIST");
  const agreed = change.newUnitPriceCents ?? order.agreedUnitPriceCents;
  const minutes = change.newHoursPerWorkerMin ?? order.hoursPerWorkerMin;
  const workers = change.newWorkerCount ?? order.workerCount;
  const q = quote({ unitPriceCents: agreed ?? order.listUnitPriceCents, vatRateBp: order.vatRateBp, minutesPerWorker: minutes, workerCount: workers });
  const updated = await tx.order.update({
    where: { id: order.id },
    data: {
      agreedUnitPriceCents: agreed,
      agreedPriceReason: change.newUnitPriceCents !== null ? change.reason : order.agreedPriceReason,
      hoursPerWorkerMin: minutes,
      workerCount: workers,
      netCents: q.netCents,
      vatCents: q.vatCents,
      grossCents: q.grossCents,
    },
  });
  await tx.orderChange.update({ where: { id: changeId }, data: { status: "ACCEPTED", decidedById: userId, decidedAt: now } });
  await acceptTerms(tx, updated, termsVersionId!, userId, now);
  return { id: changeId, orderId: order.id, status: "ACCEPTED" as const };
}
