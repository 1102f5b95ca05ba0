"use client";

import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import type { OrderStatus } from "@/generated/prisma/enums";
import { ORDER_TIMELINE } from "../status";

/** The order's states in process order, each with the date it was reached. */
export function OrderTimeline({ status, events }: { status: OrderStatus; events: { status: OrderStatus; createdAt: Date }[] }) {
  const t = useTranslations("orders");
  const fmt = useAppFormatter();
  const reached = new Map<OrderStatus, Date>();
  for (const e of events) reached.set(e.status, e.createdAt);
  const steps = status === "CANCELLED" ? ORDER_TIMELINE.filter((s) => reached.has(s)).concat("CANCELLED") : ORDER_TIMELINE;
  return (
    <ol className="space-y-2" aria-label={t("detail.timeline")}>
      {steps.map((s) => {
        const at = reached.get(s);
        const current = s === status;
        return (
          <li key={s} className="flex items-start gap-3" aria-current={current ? "step" : undefined}>
            <span
              aria-hidden="true"
              className={`mt-1 inline-block h-4 w-4 shrink-0 rounded-full border-2 ${at ? (s === "CANCELLED" ? "border-danger bg-danger" : "border-brand-600 bg-brand-600") : "border-gray-400 bg-white"}`}
            />
            <span>
              <span className={current ? "font-bold" : at ? "font-semibold" : "text-muted"}>{t(`status.${s}`)}</span>
              {at ? <span className="block text-sm text-muted">{fmt.dateTime(at)}</span> : <span className="sr-only"> – {t("detail.notYet")}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
