import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";

import { formatEuros } from "@/lib/money";
import type { OrderDetail } from "../queries";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
      <dt className="font-semibold">{label}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}

/** The order's price as the server computed it: an agreed price shows the list price and the reason beside it. */
export async function OrderPriceCard({ order }: { order: OrderDetail }) {
  const t = await getTranslations("orders");
  const tp = await getTranslations("pricing");
  const fmt = await getAppFormatter();
  const unitPrice = order.agreedUnitPriceCents ?? order.listUnitPriceCents;
  return (
    <Card>
      <SectionHeading className="mb-2">{t("detail.priceEstimate")}</SectionHeading>
      {unitPrice !== null && order.netCents !== null && order.vatRateBp !== null ? (
        <dl className="divide-y divide-gray-200">
          <Row label={tp("quote.unitPrice")}>
            {formatEuros(unitPrice)}
            {order.agreedUnitPriceCents !== null && order.listUnitPriceCents !== null
              ? ` (${t("detail.agreedPrice", { list: formatEuros(order.listUnitPriceCents), reason: order.agreedPriceReason ?? "" })})`
              : ""}
          </Row>
          <Row label={tp("quote.hours")}>{t("detail.scope", { hours: fmt.minutes(order.hoursPerWorkerMin), workers: order.workerCount, total: fmt.minutes(order.hoursPerWorkerMin * order.workerCount) })}</Row>
          <Row label={tp("quote.net")}>{formatEuros(order.netCents)}</Row>
          <Row label={tp("quote.vat", { rate: fmt.rate(order.vatRateBp) })}>{formatEuros(order.vatCents ?? 0)}</Row>
          <Row label={tp("quote.gross")}>
            <strong>{formatEuros(order.grossCents ?? 0)}</strong>
          </Row>
        </dl>
      ) : (
        <p>{t("detail.noPrice")}</p>
      )}
      <p className="mt-2 text-sm text-muted">{tp("quote.note")}</p>
    </Card>
  );
}

/** What the orderer asked for: the task, where and when, the contract model and the billing details. */
export async function OrderDetailsCard({ order }: { order: OrderDetail }) {
  const t = await getTranslations("orders");
  const fmt = await getAppFormatter();
  return (
    <Card>
      <SectionHeading className="mb-2">{t("detail.details")}</SectionHeading>
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
  );
}
