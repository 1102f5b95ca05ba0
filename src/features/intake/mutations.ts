import { createTranslator } from "next-intl";
import { env } from "@/env";
import { ORDER_REVIEW_VALID_MS, tokenPathOf } from "@/features/admin/rules";
import { generateToken, hashSecret } from "@/features/auth/password";
import { emailConfirmed } from "@/features/orderers/mutations";
import { accountByEmail, orderersWithBusinessId } from "@/features/orderers/queries";
import { duplicateOf } from "@/features/orderers/rules";
import { acceptTerms, checkContractModel, columnsOf, createOnce, moveOrderStatus, sessionRows, workDayOf } from "@/features/orders/mutations";
import { findJobcenter, lockOrder } from "@/features/orders/queries";
import { estimatedMinutesPerWorker, startsInPast } from "@/features/orders/rules";
import { priceOrder } from "@/features/pricing/queries";
import { toLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";
import { hashToken } from "@/lib/hash";
import type { Tx } from "@/server/action";
import { ActionError, ruleViolation } from "@/server/errors";
import { reviewLinkUsable } from "./rules";
import type { EnterOrderInput, ReviewByLinkInput } from "./schema";

// Orders from any channel (ADR 024). The coordinator's entry and the orderer's review link.

async function reviewEmail(locale: string, name: string, orderTitle: string, jobcenterName: string) {
  const l = toLocale(locale);
  const t = createTranslator({ locale: l, messages: await loadMessages(l), namespace: "intake.emails" });
  return { subject: t("review.subject", { title: orderTitle }), body: (link: string) => t("review.body", { name, link, title: orderTitle, jobcenter: jobcenterName }) };
}

/**
 * The orderer named by the coordinator: an existing one (not refused or merged), or a new one.
 * A new orderer the coordinator checked (at least one check ticked) is VERIFIED with the
 * review row that says what was checked; without checks it waits as UNVERIFIED, like a
 * registration whose email is confirmed. A business ID another live orderer has is refused:
 * the coordinator picks that orderer instead of making its twin.
 */
async function ordererFor(tx: Tx, e: EnterOrderInput) {
  if (e.ordererMode === "existing") {
    const o = await tx.orderer.findUnique({ where: { id: e.ordererId! }, select: { id: true, status: true, businessId: true } });
    if (!o) throw new ActionError("NOT_FOUND");
    if (o.status === "REFUSED" || o.status === "MERGED") throw ruleViolation("ORDERER_CLOSED");
    return { id: o.id, created: false, businessId: o.businessId };
  }
  const businessId = e.kind === "PRIVATE_PERSON" ? null : (e.ordererBusinessId ?? null);
  if (businessId && duplicateOf(await orderersWithBusinessId(tx, businessId))) throw ruleViolation("ORDERER_BUSINESS_ID_EXISTS");
  const o = e.order;
  const created = await tx.orderer.create({
    data: {
      kind: e.kind,
      name: e.name!,
      businessId,
      status: e.checks.length > 0 ? "VERIFIED" : "UNVERIFIED",
      email: e.contactEmail,
      phone: e.contactPhone,
      billingMethod: o.billingMethod ?? null,
      eInvoiceAddress: o.billingMethod === "E_INVOICE" ? (o.eInvoiceAddress ?? null) : null,
      eInvoiceOperator: o.billingMethod === "E_INVOICE" ? (o.eInvoiceOperator ?? null) : null,
      billingEmail: o.billingMethod === "EMAIL_INVOICE" ? (o.billingEmail ?? null) : null,
      billingReference: o.billingReference ?? null,
    },
  });
  return { id: created.id, created: true, businessId };
}

/** The contact's account: the one the address already has, else a new one without a password. */
async function contactUser(tx: Tx, e: EnterOrderInput) {
  const existing = await accountByEmail(tx, e.contactEmail);
  if (existing) {
    if (!existing.active) throw ruleViolation("CONTACT_INACTIVE");
    return { id: existing.id, locale: existing.locale, name: existing.name };
  }
  const u = await tx.user.create({ data: { email: e.contactEmail, name: e.contactName, phone: e.contactPhone, locale: e.contactLocale } });
  return { id: u.id, locale: u.locale, name: u.name };
}

/**
 * A phoned-in order: priced from the dated rows like the orderer's own, stored as RECEIVED
 * (waiting for the orderer: not offerable until the terms are accepted), and a review link
 * goes to the contact. A repeated submit (same request key) returns the first order.
 */
export async function enterOrder(tx: Tx, e: EnterOrderInput, byUserId: string, now: Date) {
  const o = e.order;
  const existing = await tx.order.findUnique({ where: { requestKey: o.requestKey }, select: { id: true, createdById: true, ordererId: true } });
  if (existing) {
    if (existing.createdById !== byUserId) throw new ActionError("CONFLICT");
    return { id: existing.id, ordererId: existing.ordererId, duplicate: true, ordererCreated: false };
  }
  if (sessionRows(o).some((s) => startsInPast(s.startsAt, now))) throw ruleViolation("SESSION_IN_PAST");
  // The same checks as the orderer's own form: a model the Jobcenter offers and can staff (ADR 034).
  const jc = await checkContractModel(tx, o.jobcenterId, o.contractModel);
  const orderer = await ordererFor(tx, e);
  const user = await contactUser(tx, e);
  // With exact sessions the estimate is their lengths (ADR 035), as on the orderer's form.
  const minutesPerWorker = estimatedMinutesPerWorker(o) ?? o.minutesPerWorker;
  const price = await priceOrder(tx, { jobcenterId: jc.id, contractModel: o.contractModel, workDay: workDayOf(o, now), minutesPerWorker, workerCount: o.workerCount });
  const cols = columnsOf(o);
  const { row, created } = await createOnce(
    tx,
    {
      ...cols,
      // the invoice's business ID is the orderer's (the coordinator's form does not ask it twice)
      businessId: cols.businessId ?? orderer.businessId,
      category: o.category,
      title: o.title,
      description: o.description,
      remote: o.remote,
      scheduleKind: o.scheduleKind,
      hoursPerWorkerMin: minutesPerWorker,
      workerCount: o.workerCount,
      contractModel: o.contractModel,
      jobcenterId: jc.id,
      ordererId: orderer.id,
      createdById: byUserId,
      status: "DRAFT",
      priceListId: price.priceListId,
      listUnitPriceCents: price.listUnitPriceCents,
      vatRateBp: price.vatRateBp,
      netCents: price.netCents,
      vatCents: price.vatCents,
      grossCents: price.grossCents,
      submittedAt: now,
    },
    o.requestKey,
  );
  if (!created) throw new ActionError("CONFLICT");
  await tx.orderSession.createMany({ data: sessionRows(o).map((s) => ({ ...s, orderId: row.id })) });
  await moveOrderStatus(tx, row, "RECEIVED", byUserId, "entered by the coordinator");
  if (orderer.created && e.checks.length > 0)
    await tx.ordererReview.create({
      data: { ordererId: orderer.id, decision: "VERIFIED", checks: e.checks, note: e.checkNote ?? null, orderId: row.id, byUserId, createdAt: now },
    });
  await issueReviewLink(tx, { orderId: row.id, title: o.title, jobcenterName: jc.name, userId: user.id, email: e.contactEmail, name: e.contactName, locale: user.locale, now });
  return { id: row.id, ordererId: orderer.id, duplicate: false, ordererCreated: orderer.created };
}

/** Only the SHA-256 of a 256-bit token is stored (ADR 010/055); earlier links to the same order end. */
export async function issueReviewLink(tx: Tx, a: { orderId: string; title: string; jobcenterName: string; userId: string; email: string; name: string; locale: string; now: Date }) {
  const token = generateToken();
  await tx.authToken.updateMany({ where: { orderId: a.orderId, kind: "ORDER_REVIEW", usedAt: null }, data: { usedAt: a.now } });
  await tx.authToken.create({
    data: { userId: a.userId, kind: "ORDER_REVIEW", orderId: a.orderId, tokenHash: hashToken(token), expiresAt: new Date(a.now.getTime() + ORDER_REVIEW_VALID_MS), createdAt: a.now },
  });
  const message = await reviewEmail(a.locale, a.name, a.title, a.jobcenterName);
  await tx.outboxMessage.create({ data: { to: a.email, subject: message.subject, body: message.body(`${env.NEXTAUTH_URL}${tokenPathOf("ORDER_REVIEW", token)}`), createdAt: a.now } });
}

/**
 * The contact accepts from the link: the token is claimed once (a second use, an expired or an
 * unknown one changes nothing), billing is stored on the order and as the orderer's defaults,
 * the terms acceptance is recorded as made through the link, the address counts as verified,
 * and with a password the person gets an account: an ORDERER_CONTACT membership of the orderer.
 */
export async function acceptByLink(tx: Tx, r: ReviewByLinkInput, now: Date) {
  const row = await tx.authToken.findUnique({ where: { tokenHash: hashToken(r.token) }, include: { user: { select: { id: true, active: true, emailVerifiedAt: true, passwordHash: true } } } });
  if (!row || !row.user.active || !reviewLinkUsable(row, now)) throw new ActionError("NOT_FOUND");
  const claimed = await tx.authToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  if (claimed.count !== 1) throw new ActionError("NOT_FOUND");
  const order = await lockOrder(tx, row.orderId!);
  if (order.status !== "RECEIVED") throw ruleViolation("INVALID_STATE");
  const billing = {
    billingMethod: r.billingMethod,
    businessId: r.businessId ?? order.businessId,
    eInvoiceAddress: r.billingMethod === "E_INVOICE" ? (r.eInvoiceAddress ?? null) : null,
    eInvoiceOperator: r.billingMethod === "E_INVOICE" ? (r.eInvoiceOperator ?? null) : null,
    billingEmail: r.billingMethod === "EMAIL_INVOICE" ? (r.billingEmail ?? null) : null,
    billingReference: r.billingReference ?? null,
  };
  const updated = await tx.order.update({ where: { id: order.id }, data: { ...billing, billingName: r.billingName ?? null, billingAddress: r.billingAddress ?? null } });
  await tx.orderer.update({ where: { id: order.ordererId }, data: { billingMethod: billing.billingMethod, eInvoiceAddress: billing.eInvoiceAddress, eInvoiceOperator: billing.eInvoiceOperator, billingEmail: billing.billingEmail, billingReference: billing.billingReference } });
  await acceptTerms(tx, updated, r.termsVersionId, row.userId, now, true);
  if (!row.user.emailVerifiedAt) {
    await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: now } });
    await emailConfirmed(tx, row.userId);
  }
  let account: "created" | "existing" | "none" = "none";
  // An account that already has a password keeps it (the person signs in or resets it); the
  // mailbox the coordinator named is proven, so it becomes a contact of the orderer.
  if (row.user.passwordHash) account = "existing";
  else if (r.createAccount && r.password) {
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash: await hashSecret(r.password), sessionVersion: { increment: 1 } } });
    account = "created";
  }
  if (account !== "none") {
    const has = await tx.membership.findFirst({ where: { userId: row.userId, role: "ORDERER_CONTACT", ordererId: order.ordererId }, select: { id: true, active: true } });
    if (!has) await tx.membership.create({ data: { userId: row.userId, role: "ORDERER_CONTACT", ordererId: order.ordererId } });
    else if (!has.active) await tx.membership.update({ where: { id: has.id }, data: { active: true } });
  }
  return { orderId: order.id, userId: row.userId, account };
}


/**
 * A new review link for an order still waiting for its orderer (the first expired or was
 * lost): to the same contact, ending the earlier link.
 */
export async function resendReviewLink(tx: Tx, orderId: string, now: Date) {
  const order = await lockOrder(tx, orderId);
  if (order.status !== "RECEIVED") throw ruleViolation("INVALID_STATE");
  const last = await tx.authToken.findFirst({ where: { orderId, kind: "ORDER_REVIEW" }, orderBy: { createdAt: "desc" }, include: { user: { select: { id: true, name: true, email: true, locale: true, active: true } } } });
  if (!last || !last.user.email) throw ruleViolation("INVALID_STATE");
  if (!last.user.active) throw ruleViolation("CONTACT_INACTIVE");
  const jc = await findJobcenter(tx, order.jobcenterId);
  await issueReviewLink(tx, { orderId, title: order.title, jobcenterName: jc?.name ?? "", userId: last.user.id, email: last.user.email, name: last.user.name, locale: last.user.locale, now });
  return { orderId, to: last.user.email };
}
