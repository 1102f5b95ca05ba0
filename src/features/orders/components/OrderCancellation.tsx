import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Alert, Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";

import { formatEuros } from "@/lib/money";
import type { OrderDetail } from "../queries";
import { cancellationFee } from "../rules";
import { CancelOrderForm } from "./OrdererForms";

/** A cancelled order says when, at what fee and why. */
export async function OrderCancelledNotice({ order }: { order: OrderDetail }) {
  if (order.status !== "CANCELLED") return null;
  const t = await getTranslations("orders");
  const fmt = await getAppFormatter();
  return (
    <Alert tone="warn">
      {t("detail.cancelled", { date: order.cancelledAt ? fmt.date(order.cancelledAt) : "", fee: formatEuros(order.cancellationFeeCents ?? 0) })}
      {order.cancelReason ? ` ${t("detail.cancelReason", { reason: order.cancelReason })}` : ""}
    </Alert>
  );
}

/** Cancelling, while it is still possible, at the fee of the terms the orderer last accepted. */
export async function CancelOrderCard({ order }: { order: OrderDetail }) {
  const fee = cancellationFee(order, order.gigs, order.acceptances.at(-1)?.termsVersion.cancellationFeeCents ?? null);
  if (fee === null) return null;
  const t = await getTranslations("orders");
  return (
    <Card>
      <SectionHeading className="mb-2">{t("cancel.title")}</SectionHeading>
      <CancelOrderForm orderId={order.id} feeCents={fee} />
    </Card>
  );
}
