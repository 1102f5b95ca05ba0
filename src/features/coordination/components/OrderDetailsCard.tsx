import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { getAppFormatter } from "@/i18n/server";

import type { CoordinatorOrder } from "../queries";

/** What was ordered, where and how much: the facts the coordinator staffs the order by. */
export async function OrderDetailsCard({ order }: { order: CoordinatorOrder }) {
  const t = await getTranslations("coordination");
  const fmt = await getAppFormatter();
  return (
    <Card>
      <SectionHeading>{t("order.details")}</SectionHeading>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("order.orderer")}</dt>
        <dd>{order.orderer.name}</dd>
        <dt className="font-semibold">{t("order.category")}</dt>
        <dd>{t(`category.${order.category}`)}</dd>
        <dt className="font-semibold">{t("order.contractModel")}</dt>
        <dd>{t(`contractModel.${order.contractModel}`)}</dd>
        <dt className="font-semibold">{t("order.place")}</dt>
        <dd>{order.remote ? t("order.remote") : [order.streetAddress, order.postalCode, order.city].filter(Boolean).join(", ") || "–"}</dd>
        <dt className="font-semibold">{t("order.scope")}</dt>
        <dd>{t("order.scopeValue", { hours: fmt.minutes(order.hoursPerWorkerMin), workers: order.workerCount })}</dd>
        {order.windowText ? (
          <>
            <dt className="font-semibold">{t("order.window")}</dt>
            <dd>{order.windowText}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("order.description")}</dt>
        <dd className="whitespace-pre-line">{order.description}</dd>
      </dl>
    </Card>
  );
}
