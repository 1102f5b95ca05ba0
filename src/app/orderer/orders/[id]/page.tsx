import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import type { ReactNode } from "react";
import { LinkButton } from "@/components/ui/Button";
import { Alert, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { can } from "@/features/auth/permissions";
import { OrderMessages } from "@/features/orders/components/OrderMessages";
import { AcceptTermsForm, CancelOrderForm, GigFeedbackForm, HireForm, PendingChange } from "@/features/orders/components/OrdererForms";
import { OrderTimeline } from "@/features/orders/components/OrderTimeline";
import { OrderStatusBadge } from "@/features/orders/components/StatusBadge";
import { TermsAcceptanceHistory } from "@/features/orders/components/TermsAcceptanceHistory";
import { currentTermsFor, orderDetail, orderMessages } from "@/features/orders/queries";
import { cancellationFee, feedbackAllowed } from "@/features/orders/rules";
import { dateColumnOf } from "@/lib/dates";
import { requireUser } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("orders");
  return { title: t("detail.title") };
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const t = await getTranslations("orders");
  const tp = await getTranslations("pricing");
  const locale = await getLocale();
  const fmt = await getAppFormatter();
  const { db, user, now } = await requireUser();
  const order = await orderDetail(db, id);
  if (!order || !can(user, "order.read", { ordererId: order.ordererId, jobcenterId: order.jobcenterId })) notFound();
  const isOrderer = can(user, "order.edit", { ordererId: order.ordererId });
  const messages = await orderMessages(db, order.id);
  const terms = await currentTermsFor(db, order.jobcenterId, locale, dateColumnOf(now()));
  const termsView = terms && { id: terms.id, title: terms.title, body: terms.body, version: terms.version };
  const pending = order.changes.find((c) => c.status === "PENDING");
  const lastAcceptance = order.acceptances.at(-1);
  const fee = cancellationFee(order, order.gigs, lastAcceptance?.termsVersion.cancellationFeeCents ?? null);
  const unitPrice = order.agreedUnitPriceCents ?? order.listUnitPriceCents;
  const hiredNames = new Set(order.hires.map((h) => h.client.firstName));

  return (
    <>
      <PageHeader
        title={order.title || t("list.untitled")}
        lead={t("detail.lead", { number: order.number, jobcenter: order.jobcenter.name })}
        actions={<OrderStatusBadge status={order.status} />}
      />
      <div className="space-y-6">
        {order.status === "DRAFT" && isOrderer ? (
          <Alert tone="info">
            <p className="mb-2">{t("detail.draft")}</p>
            <LinkButton href={`/orderer/orders/new?draft=${order.id}`}>{t("detail.continueDraft")}</LinkButton>
          </Alert>
        ) : null}

        {pending && isOrderer ? (
          <Card>
            <h2 className="mb-2 text-xl font-bold">{t("changes.pendingTitle")}</h2>
            <PendingChange
              change={{ id: pending.id, description: pending.description, reason: pending.reason, newUnitPriceCents: pending.newUnitPriceCents, newHoursPerWorkerMin: pending.newHoursPerWorkerMin, newWorkerCount: pending.newWorkerCount }}
              terms={termsView}
            />
          </Card>
        ) : null}

        {order.status === "RECEIVED" && isOrderer && !pending && termsView ? (
          <Card>
            <h2 className="mb-2 text-xl font-bold">{t("terms.acceptTitle")}</h2>
            <p className="mb-3">{t("terms.acceptLead")}</p>
            <AcceptTermsForm orderId={order.id} terms={termsView} />
          </Card>
        ) : null}

        {order.status === "CANCELLED" ? (
          <Alert tone="warn">
            {t("detail.cancelled", { date: order.cancelledAt ? fmt.date(order.cancelledAt) : "", fee: fmt.euros(order.cancellationFeeCents ?? 0) })}
            {order.cancelReason ? ` ${t("detail.cancelReason", { reason: order.cancelReason })}` : ""}
          </Alert>
        ) : null}

        {order.status !== "DRAFT" ? (
          <Card>
            <h2 className="mb-3 text-xl font-bold">{t("detail.timeline")}</h2>
            <OrderTimeline status={order.status} events={order.statusEvents} />
          </Card>
        ) : null}

        <Card>
          <h2 className="mb-2 text-xl font-bold">{t("detail.price")}</h2>
          {unitPrice !== null && order.netCents !== null && order.vatRateBp !== null ? (
            <dl className="divide-y divide-gray-200">
              <Row label={tp("quote.unitPrice")}>
                {fmt.euros(unitPrice)}
                {order.agreedUnitPriceCents !== null && order.listUnitPriceCents !== null
                  ? ` (${t("detail.agreedPrice", { list: fmt.euros(order.listUnitPriceCents), reason: order.agreedPriceReason ?? "" })})`
                  : ""}
              </Row>
              <Row label={tp("quote.hours")}>{t("detail.scope", { hours: fmt.minutes(order.hoursPerWorkerMin), workers: order.workerCount, total: fmt.minutes(order.hoursPerWorkerMin * order.workerCount) })}</Row>
              <Row label={tp("quote.net")}>{fmt.euros(order.netCents)}</Row>
              <Row label={tp("quote.vat", { rate: fmt.rate(order.vatRateBp) })}>{fmt.euros(order.vatCents ?? 0)}</Row>
              <Row label={tp("quote.gross")}>
                <strong>{fmt.euros(order.grossCents ?? 0)}</strong>
              </Row>
            </dl>
          ) : (
            <p>{t("detail.noPrice")}</p>
          )}
          <p className="mt-2 text-sm text-muted">{tp("quote.note")}</p>
        </Card>

        <Card>
          <h2 className="mb-2 text-xl font-bold">{t("detail.workers")}</h2>
          {order.gigs.length === 0 ? (
            <EmptyState>{t("detail.noWorkers")}</EmptyState>
          ) : (
            <ul className="space-y-4">
              {order.gigs.map((g) => {
                const fb = order.feedback.find((f) => f.gigId === g.id);
                return (
                  <li key={g.id} className="rounded-lg border border-gray-200 p-3">
                    <p className="font-semibold">
                      {g.client.firstName} · {fmt.weekdayDate(g.startsAt)} {fmt.time(g.startsAt)}–{fmt.time(g.endsAt)}
                    </p>
                    <p className="text-sm">
                      {t(`gigStatus.${g.status}`)} · {fmt.minutes(g.approvedMinutes ?? g.plannedMinutes)}
                    </p>
                    {isOrderer && feedbackAllowed(g) && order.status !== "CANCELLED" ? (
                      <div className="mt-3 space-y-4">
                        <GigFeedbackForm gigId={g.id} workerFirstName={g.client.firstName} current={fb ? { rating: fb.rating, comment: fb.comment } : undefined} />
                        {hiredNames.has(g.client.firstName) ? null : <HireForm gigId={g.id} workerFirstName={g.client.firstName} />}
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
          {order.hires.length > 0 ? (
            <p className="mt-3">{t("hire.list", { names: order.hires.map((h) => h.client.firstName).join(", ") })}</p>
          ) : null}
        </Card>

        <Card>
          <h2 className="mb-2 text-xl font-bold">{t("detail.details")}</h2>
          <dl className="divide-y divide-gray-200">
            <Row label={t("fields.category.label")}>{t(`category.${order.category}`)}</Row>
            <Row label={t("fields.description.label")}>{order.description}</Row>
            <Row label={t("form.sectionWhere")}>{order.remote ? t("detail.remote") : [order.streetAddress, [order.postalCode, order.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")}</Row>
            <Row label={t("form.sectionWhen")}>
              {order.scheduleKind === "WINDOW"
                ? order.windowText
                : order.sessions.map((s) => `${fmt.weekdayDate(s.startsAt)} ${fmt.time(s.startsAt)}–${fmt.time(s.endsAt)}`).join("\n")}
            </Row>
            <Row label={t("fields.contractModel.label")}>{t(`contractModel.${order.contractModel}`)}</Row>
            {order.ordererProvides ? <Row label={t("fields.ordererProvides.label")}>{order.ordererProvides}</Row> : null}
            {order.orientation ? <Row label={t("fields.orientation.label")}>{order.orientation}</Row> : null}
            {order.siteContactName ? <Row label={t("fields.siteContactName.label")}>{`${order.siteContactName} ${order.siteContactPhone ?? ""}`}</Row> : null}
            {order.billingMethod ? (
              <Row label={t("form.sectionBilling")}>
                {[
                  t(`billingMethod.${order.billingMethod}`),
                  order.businessId && `${t("fields.businessId.label")}: ${order.businessId}`,
                  order.eInvoiceAddress && `${t("fields.eInvoiceAddress.label")}: ${order.eInvoiceAddress}`,
                  order.eInvoiceOperator && `${t("fields.eInvoiceOperator.label")}: ${order.eInvoiceOperator}`,
                  order.billingEmail,
                  order.billingName,
                  order.billingAddress,
                  order.billingReference && `${t("fields.billingReference.label")}: ${order.billingReference}`,
                ]
                  .filter(Boolean)
                  .join("\n")}
              </Row>
            ) : null}
          </dl>
        </Card>

        <Card>
          <h2 className="mb-2 text-xl font-bold">{t("terms.historyTitle")}</h2>
          <TermsAcceptanceHistory acceptances={order.acceptances} />
        </Card>

        <Card>
          <h2 className="mb-2 text-xl font-bold">{t("messages.title")}</h2>
          <p className="mb-3 text-muted">{t("messages.lead")}</p>
          <OrderMessages orderId={order.id} messages={messages} canPost={can(user, "order.message", { ordererId: order.ordererId, jobcenterId: order.jobcenterId }) && order.status !== "CANCELLED"} />
        </Card>

        {fee !== null && isOrderer ? (
          <Card>
            <h2 className="mb-2 text-xl font-bold">{t("cancel.title")}</h2>
            <CancelOrderForm orderId={order.id} feeCents={fee} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
