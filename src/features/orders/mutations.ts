import { randomUUID } from "node:crypto";
import { issueToken } from "@/features/admin/mutations";
import { hashSecret } from "@/features/auth/password";
import { staffableContractModelsOf } from "@/features/clients/queries";
import { contractModelProblem } from "@/features/clients/rules";
import { accountEmail } from "@/features/orderers/emails";
import { queueEmail } from "@/features/orderers/mutations";
import { orderersWithBusinessId, accountByEmail } from "@/features/orderers/queries";
import { duplicateOf } from "@/features/orderers/rules";
import { OPEN_GIG_STATES } from "@/features/gigs/rules";
import { priceOrder } from "@/features/pricing/queries";
import { moveGigs } from "@/features/gigs/mutations";
import { quote } from "@/features/pricing/rules";
import type { Prisma } from "@/generated/prisma/client";
import type { ContractModel, OrderStatus, ScheduleKind } from "@/generated/prisma/enums";
import { dateColumn, dateColumnOf, helsinkiInstant } from "@/lib/dates";
import type { Tx } from "@/server/action";
import { ActionError, ruleViolation } from "@/server/errors";
import { findJobcenter, firstSessionStart, hasPendingChange, lastQuestionOrAnswerKind, liveGigClientsOf, lockOrder, termsRowsOf } from "./queries";
import { cancellationFee, changeAllowed, estimatedMinutesPerWorker, isCurrentTerms, isEditable, messageKind, startsInPast } from "./rules";
import type { RegisterAndOrderInput, SaveDraftInput, SubmitOrderInput } from "./schema";
import { canMoveOrder, isOrderIn, TERMS_ACCEPTED_STATES } from "./status";
import { tellClientGigCancelled } from "@/features/notifications/events";

/**
 * Moves an order to a new state and records the step (with who and when) for the orderer's
 * timeline. Throws INVALID_STATE for a move the state machine does not allow.
 */
export async function moveOrderStatus(
  tx: Tx,
  order: { id: string; status: OrderStatus },
  to: OrderStatus,
  byUserId: string | null,
  note?: string | null,
): Promise<void> {
  if (order.status === to) return;
  if (!canMoveOrder(order.status, to)) throw ruleViolation("INVALID_STATE");
  // Guarded by the old state, so that two concurrent moves cannot both win.
  const updated = await tx.order.updateMany({ where: { id: order.id, status: order.status }, data: { status: to } });
  if (updated.count !== 1) throw ruleViolation("INVALID_STATE");
  await tx.orderStatusEvent.create({ data: { orderId: order.id, status: to, byUserId, note: note ?? null } });
}

type Fields = Partial<Omit<SubmitOrderInput, "jobcenterId" | "orderId" | "requestKey" | "termsVersionId" | "acceptTerms">>;

/** Form fields → order columns (sessions separately). */
export function columnsOf(f: Fields) {
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

export function sessionRows(f: Fields) {
  if (f.scheduleKind !== "EXACT") return [];
  return (f.sessions ?? []).map((s) => ({
    startsAt: helsinkiInstant(s.date, s.start),
    endsAt: helsinkiInstant(s.date, s.end),
    workersNeeded: f.workerCount ?? 1,
  }));
}

/** The work day whose price list and VAT rate apply: the first session's day, else today. */
export function workDayOf(f: { scheduleKind?: ScheduleKind; sessions?: { date: string }[] }, now: Date): Date {
  const first = f.scheduleKind === "EXACT" ? [...(f.sessions ?? [])].sort((a, b) => a.date.localeCompare(b.date))[0] : undefined;
  return first ? dateColumn(first.date) : dateColumnOf(now);
}

/**
 * The Jobcenter, if it offers this model and can staff it (ADR 034): an order under a model
 * no client of the Jobcenter can work under would wait for workers who can never come.
 * `staffable` is what a draft without a model starts from.
 */
export async function checkContractModel(tx: Tx, jobcenterId: string, model: ContractModel | undefined) {
  const jc = await findJobcenter(tx, jobcenterId);
  if (!jc) throw new ActionError("NOT_FOUND");
  if (model && !jc.contractModels.includes(model)) throw ruleViolation("CONTRACT_MODEL_NOT_OFFERED");
  const staffable = await staffableContractModelsOf(tx, jc);
  if (model && !staffable.includes(model)) throw ruleViolation("CONTRACT_MODEL_NOT_STAFFABLE");
  return { ...jc, staffable };
}

/**
 * Creates the order row for a request key once: a repeated submit (same key) finds the first
 * order instead of making a second. Uses INSERT … ON CONFLICT DO NOTHING so that two
 * concurrent submits cannot both insert.
 */
export async function createOnce(tx: Tx, data: Omit<Prisma.OrderCreateManyInput, "id" | "requestKey">, requestKey: string) {
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
    if (!isEditable(order)) throw ruleViolation("ORDER_NOT_EDITABLE");
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
        contractModel: cols.contractModel ?? jc.staffable[0] ?? jc.contractModels[0] ?? "COMMISSION",
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
  if (sessionRows(input).some((s) => startsInPast(s.startsAt, now))) throw ruleViolation("SESSION_IN_PAST");
  const jc = await checkContractModel(tx, input.jobcenterId, input.contractModel);
  // Exact sessions make the estimate; a window keeps the orderer's own (ADR 035).
  const minutesPerWorker = estimatedMinutesPerWorker(input) ?? input.minutesPerWorker;
  const price = await priceOrder(tx, {
    jobcenterId: jc.id,
    contractModel: input.contractModel,
    workDay: workDayOf(input, now),
    minutesPerWorker,
    workerCount: input.workerCount,
  });
  const data = {
    ...columnsOf(input),
    hoursPerWorkerMin: minutesPerWorker,
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
    if (!isEditable(order)) {
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
    const { row, created } = await createOnce(tx, { ...data, ordererId: actor.ordererId, createdById: actor.userId, status: "DRAFT", category: input.category, title: input.title, description: input.description, remote: input.remote, scheduleKind: input.scheduleKind, hoursPerWorkerMin: minutesPerWorker, workerCount: input.workerCount, contractModel: input.contractModel }, input.requestKey);
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
    status: OrderStatus;
    listUnitPriceCents: number | null;
    agreedUnitPriceCents: number | null;
    hoursPerWorkerMin: number;
    workerCount: number;
    grossCents: number | null;
  },
  termsVersionId: string,
  userId: string,
  now: Date,
  /** Accepted from the emailed review link (ADR 024), not on the signed-in order page. */
  viaReviewLink = false,
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
      viaReviewLink,
    },
  });
  await tx.order.update({ where: { id: order.id }, data: { reacceptanceRequired: false } });
  if (order.status === "RECEIVED") await moveOrderStatus(tx, order, "TERMS_ACCEPTED", userId);
}

/**
 * The orderer accepts the terms of a submitted order later (not on the form), or again after
 * a change; not while a proposed change waits for their decision.
 */
export async function acceptOrderTerms(tx: Tx, orderId: string, termsVersionId: string, userId: string, now: Date) {
  const order = await lockOrder(tx, orderId);
  if (order.status !== "RECEIVED" && !order.reacceptanceRequired) throw ruleViolation("INVALID_STATE");
  if (await hasPendingChange(tx, order.id)) throw ruleViolation("INVALID_STATE");
  await acceptTerms(tx, order, termsVersionId, userId, now);
  return { id: order.id };
}

/** A message on an order; the orderer's reply to an open question is stored as its answer. */
export async function postMessage(tx: Tx, m: { orderId: string; authorUserId: string; asOrderer: boolean; question: boolean; body: string }) {
  const kind = messageKind(m.asOrderer, m.question, m.asOrderer ? await lastQuestionOrAnswerKind(tx, m.orderId) : null);
  const msg = await tx.orderMessage.create({ data: { orderId: m.orderId, authorUserId: m.authorUserId, kind, body: m.body } });
  return { id: msg.id, kind };
}

/** The orderer's rating of a gig: one per gig and author, a second one replaces the first. */
export async function saveFeedback(
  tx: Tx,
  gig: { id: string; orderId: string; clientId: string },
  authorUserId: string,
  f: { rating: number; comment: string | null },
) {
  const data = { rating: f.rating, comment: f.comment };
  const fb = await tx.feedback.upsert({
    where: { gigId_authorUserId: { gigId: gig.id, authorUserId } },
    create: { ...data, orderId: gig.orderId, gigId: gig.id, clientId: gig.clientId, authorUserId },
    update: data,
  });
  return { id: fb.id, orderId: gig.orderId };
}

export async function markFeedbackOnProfile(tx: Tx, feedbackId: string, recordedById: string) {
  await tx.feedback.update({ where: { id: feedbackId }, data: { onProfile: true, recordedById } });
}

/** The orderer hired the worker: recorded once per worker and orderer (a repeat changes nothing). */
export async function recordHire(tx: Tx, gig: { orderId: string; clientId: string; order: { ordererId: string } }, reportedById: string, hiredOn: string) {
  return tx.hire.upsert({
    where: { clientId_ordererId: { clientId: gig.clientId, ordererId: gig.order.ordererId } },
    create: { clientId: gig.clientId, ordererId: gig.order.ordererId, orderId: gig.orderId, reportedById, hiredOn: dateColumn(hiredOn) },
    update: {},
  });
}

/**
 * A first-time orderer: Orderer + User + Membership + the order, in the caller's transaction
 * (ADR 023, 055). The account cannot sign in and the order reaches nobody until the link in
 * the email is opened; the orderer then waits for a coordinator's verification. An address
 * that already has an account gets an email telling its owner, and the visitor gets the same
 * answer as a new registration. A business ID an orderer already has is flagged as its twin.
 */
export async function registerAndOrder(tx: Tx, input: RegisterAndOrderInput, now: Date): Promise<{ existingUserId: string } | { orderId: string; ordererId: string; userId: string }> {
  const r = input.registration;
  const o = input.order;
  // Hashed either way, so that the answer takes as long whether or not the address is known.
  const passwordHash = await hashSecret(r.password);
  const existing = await accountByEmail(tx, r.email);
  if (existing) {
    if (existing.active && existing.email) {
      const message = await accountEmail("alreadyRegistered", existing.locale, existing.name);
      await queueEmail(tx, { to: existing.email, subject: message.subject, body: message.body(""), now });
    }
    return { existingUserId: existing.id };
  }
  const isPerson = r.ordererKind === "PRIVATE_PERSON";
  const businessId = isPerson ? null : (o.businessId ?? null);
  const twin = businessId ? duplicateOf(await orderersWithBusinessId(tx, businessId)) : null;
  const orderer = await tx.orderer.create({
    data: {
      kind: r.ordererKind,
      name: isPerson ? r.contactName : r.organisationName!,
      businessId,
      status: "EMAIL_PENDING",
      duplicateOfId: twin?.id ?? null,
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
      passwordHash,
      memberships: { create: [{ role: "ORDERER_CONTACT", ordererId: orderer.id }] },
    },
  });
  const actor = { ordererId: orderer.id, userId: user.id };
  const order = input.submit
    ? await submitOrder(tx, { ...o, orderId: undefined }, actor, now)
    : await saveDraft(tx, { ...o, orderId: undefined }, actor);
  const message = await accountEmail("verify", r.locale, r.contactName);
  await issueToken(tx, { userId: user.id, email: r.email, name: r.contactName, kind: "EMAIL_VERIFY", now, message });
  return { orderId: order.id, ordererId: orderer.id, userId: user.id };
}

/**
 * Cancels an order: free until workers are assigned, then the fee of the accepted terms.
 * The order's open gigs are cancelled too, and a pending change is withdrawn.
 */
export async function cancelOrder(tx: Tx, orderId: string, reason: string | null | undefined, userId: string, now: Date) {
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
  await moveGigs(tx, { orderId }, OPEN_GIG_STATES, "CANCELLED", { cancelReason: reason ?? "order cancelled" });
  for (const g of gigs) await tellClientGigCancelled(tx, g, now);
  await tx.orderChange.updateMany({ where: { orderId, status: "PENDING" }, data: { status: "WITHDRAWN" } });
  return { id: orderId, feeCents: fee };
}

/** The coordinator proposes a new price and/or scope; the orderer must accept it again. */
export async function proposeChange(
  tx: Tx,
  orderId: string,
  c: { description: string; reason?: string | null; newUnitPriceCents?: number; newMinutesPerWorker?: number; newWorkerCount?: number; newContractModel?: ContractModel },
  userId: string,
) {
  const order = await lockOrder(tx, orderId);
  if (!changeAllowed(order)) throw ruleViolation("INVALID_STATE");
  if (c.newContractModel !== undefined) {
    if (c.newContractModel === order.contractModel) throw ruleViolation("CONTRACT_MODEL_UNCHANGED");
    const jc = await checkContractModel(tx, order.jobcenterId, c.newContractModel);
    // The clients already on the order's gigs must be able to work under the new model too.
    for (const client of await liveGigClientsOf(tx, orderId)) {
      const problem = contractModelProblem(jc, client, c.newContractModel);
      if (problem) throw ruleViolation(problem);
    }
  }
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
      newContractModel: c.newContractModel ?? null,
    },
  });
  // After acceptance the order may not go on to workers until the orderer has decided.
  if (isOrderIn(TERMS_ACCEPTED_STATES, order.status)) await tx.order.update({ where: { id: orderId }, data: { reacceptanceRequired: true } });
  return { id: change.id };
}

/** The day whose price list and VAT apply to a placed order: its first session's day, else today. */
async function workDayOfOrder(tx: Tx, orderId: string, now: Date): Promise<Date> {
  const first = await firstSessionStart(tx, orderId);
  return dateColumnOf(first ?? now);
}

/** The orderer accepts (new terms acceptance, new price snapshot) or declines a proposed change. */
export async function decideChange(tx: Tx, changeId: string, decision: "ACCEPT" | "DECLINE", termsVersionId: string | undefined, userId: string, now: Date) {
  const change = await tx.orderChange.findUniqueOrThrow({ where: { id: changeId } });
  const order = await lockOrder(tx, change.orderId);
  const fresh = await tx.orderChange.findUniqueOrThrow({ where: { id: changeId } });
  if (fresh.status !== "PENDING") throw ruleViolation("CHANGE_NOT_PENDING");
  if (decision === "DECLINE") {
    await tx.orderChange.update({ where: { id: changeId }, data: { status: "DECLINED", decidedById: userId, decidedAt: now } });
    // The earlier acceptance stands; an order still waiting for its first one has none to restore.
    if (isOrderIn(TERMS_ACCEPTED_STATES, order.status))
      await tx.order.update({ where: { id: order.id }, data: { reacceptanceRequired: false } });
    return { id: changeId, orderId: order.id, status: "DECLINED" as const };
  }
  if (order.vatRateBp === null || order.listUnitPriceCents === null) throw ruleViolation("NO_PRICE_LIST");
  const minutes = change.newHoursPerWorkerMin ?? order.hoursPerWorkerMin;
  const workers = change.newWorkerCount ?? order.workerCount;
  // A new contract model takes the price list's row for that model on the order's work day; a
  // price agreed for the old model does not carry over (ADR 034).
  const model = change.newContractModel;
  const list = model
    ? await priceOrder(tx, { jobcenterId: order.jobcenterId, contractModel: model, workDay: await workDayOfOrder(tx, order.id, now), minutesPerWorker: minutes, workerCount: workers })
    : null;
  const listUnitPriceCents = list?.listUnitPriceCents ?? order.listUnitPriceCents;
  const vatRateBp = list?.vatRateBp ?? order.vatRateBp;
  const agreed = change.newUnitPriceCents ?? (model ? null : order.agreedUnitPriceCents);
  const q = quote({ unitPriceCents: agreed ?? listUnitPriceCents, vatRateBp, minutesPerWorker: minutes, workerCount: workers });
  const updated = await tx.order.update({
    where: { id: order.id },
    data: {
      ...(model && list ? { contractModel: model, priceListId: list.priceListId, listUnitPriceCents, vatRateBp } : {}),
      agreedUnitPriceCents: agreed,
      agreedPriceReason: change.newUnitPriceCents !== null ? change.reason : model ? null : order.agreedPriceReason,
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
