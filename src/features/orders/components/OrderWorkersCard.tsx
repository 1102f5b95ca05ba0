import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Card, EmptyState } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";

import type { OrderDetail } from "../queries";
import { feedbackAllowed } from "../rules";
import { GigFeedbackForm, HireForm } from "./OrdererForms";

/**
 * The order's workers by first name, with each gig's time and hours. The orderer rates a
 * finished gig and may say they hired the worker.
 */
export async function OrderWorkersCard({ order, asOrderer }: { order: OrderDetail; asOrderer: boolean }) {
  const t = await getTranslations("orders");
  const fmt = await getAppFormatter();
  const hiredNames = new Set(order.hires.map((h) => h.client.firstName));
  return (
    <Card>
      <SectionHeading className="mb-2">{t("detail.workers")}</SectionHeading>
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
                {asOrderer && feedbackAllowed(g) && order.status !== "CANCELLED" ? (
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
      {order.hires.length > 0 ? <p className="mt-3">{t("hire.list", { names: order.hires.map((h) => h.client.firstName).join(", ") })}</p> : null}
    </Card>
  );
}
