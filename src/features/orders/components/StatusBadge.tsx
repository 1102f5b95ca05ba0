"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/Card";
import type { OrderStatus } from "@/generated/prisma/enums";

const tone: Record<OrderStatus, "neutral" | "info" | "ok" | "warn" | "danger"> = {
  DRAFT: "neutral",
  RECEIVED: "warn",
  TERMS_ACCEPTED: "info",
  FINDING_WORKERS: "info",
  SCHEDULED: "info",
  IN_PROGRESS: "info",
  DONE: "ok",
  APPROVED: "ok",
  INVOICED: "ok",
  CANCELLED: "danger",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("orders");
  return <Badge tone={tone[status]}>{t(`status.${status}`)}</Badge>;
}
