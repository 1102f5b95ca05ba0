import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/ActionButton";
import { Alert, Badge, Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { effectiveUnitPrice, quote } from "@/features/pricing/rules";
import { getAppFormatter } from "@/i18n/server";
import { formatEuros } from "@/lib/money";
import { confirmOrderHours } from "../actions";
import type { OrdererHours } from "../queries";
import { awaitsReview, confirmationDeadline, countedGigs, hoursTotals, reviewState } from "../rules";
import { DisputeHoursForm } from "./ReviewForms";

type PriceFacts = { listUnitPriceCents: number | null; agreedUnitPriceCents: number | null; vatRateBp: number | null };

/**
 * The orderer's view of the work done: approved hours per gig (the worker's first name only),
 * what they cost, and confirming them or disputing a gig before the terms' deadline (ADR 035).
 */
export async function OrdererHoursCard({ hours, order, asOrderer }: { hours: OrdererHours; order: PriceFacts; asOrderer: boolean }) {
  const t = await getTranslations("hours.review");
  const tc = await getTranslations("coordination");
  const fmt = await getAppFormatter();
  const gigs = countedGigs(hours.gigs);
  if (!gigs.some((g) => g.status === "APPROVED" || g.status === "REPORTED")) return null;
  const totals = hoursTotals(gigs);
  const state = reviewState(gigs);
  const deadline = hours.confirmationDays === null ? null : confirmationDeadline(gigs, hours.confirmationDays);
  const unitPrice = effectiveUnitPrice(order);
  const price = unitPrice !== null && order.vatRateBp !== null ? quote({ unitPriceCents: unitPrice, vatRateBp: order.vatRateBp, minutesPerWorker: totals.approvedMinutes, workerCount: 1 }) : null;
  return (
    <Card>
      <SectionHeading className="mb-1">{t("title")}</SectionHeading>
      <p className="mb-3">{t("approvedCount", { approved: totals.approvedGigs, total: totals.gigs })}</p>
      <ul className="divide-y divide-gray-200">
        {gigs.map((g) => {
          const title = t("gigTitle", { name: g.firstName, date: fmt.dateTime(g.startsAt) });
          const last = g.reviews[g.reviews.length - 1];
          return (
            <li key={g.id} className="py-3">
              <p className="font-semibold">
                {fmt.dateTime(g.startsAt)}–{fmt.time(g.endsAt)} · {g.firstName}
              </p>
              <p>
                {g.status === "APPROVED" && g.approvedMinutes !== null ? t("approvedHours", { hours: fmt.minutes(g.approvedMinutes) }) : tc(`gigStatus.${g.status}`)}{" "}
                {g.hoursConfirmedAt ? <Badge tone="ok">{t("confirmed")}</Badge> : g.hoursDisputedAt ? <Badge tone="warn">{t("disputed")}</Badge> : null}
              </p>
              {last ? (
                <p className="text-sm text-muted">
                  {t("trail", { kind: t(`kinds.${last.kind}`), date: fmt.dateTime(last.createdAt), reason: last.reason ? ` (${last.reason})` : "" })}
                </p>
              ) : null}
              {asOrderer && state !== "open" && awaitsReview(g) ? <DisputeHoursForm gigId={g.id} title={title} /> : null}
            </li>
          );
        })}
      </ul>
      <dl className="mt-3 divide-y divide-gray-200">
        <div className="flex justify-between py-2">
          <dt>{t("totalApproved")}</dt>
          <dd>{fmt.minutes(totals.approvedMinutes)}</dd>
        </div>
        {price ? (
          <>
            <div className="flex justify-between py-2">
              <dt>{t("priceNet")}</dt>
              <dd>{formatEuros(price.netCents)}</dd>
            </div>
            <div className="flex justify-between py-2">
              <dt>{t("priceGross", { rate: fmt.rate(price.vatRateBp) })}</dt>
              <dd>
                <strong>{formatEuros(price.grossCents)}</strong>
              </dd>
            </div>
          </>
        ) : null}
      </dl>
      <p className="mt-2 text-sm text-muted">{t("priceNote")}</p>
      <div className="mt-4 space-y-3">
        {state === "open" ? <p>{t("stateOpen")}</p> : null}
        {state === "disputed" ? <Alert tone="info">{t("stateDisputed")}</Alert> : null}
        {state === "confirmed" ? <Alert tone="ok">{t("stateConfirmed")}</Alert> : null}
        {state === "toConfirm" || (state === "disputed" && gigs.some(awaitsReview)) ? (
          <>
            {deadline ? <p>{t("deadline", { date: fmt.date(deadline) })}</p> : null}
            {asOrderer ? (
              <ActionButton action={confirmOrderHours} input={{ orderId: hours.id }} variant="primary">
                {t("confirm")}
              </ActionButton>
            ) : null}
          </>
        ) : null}
      </div>
    </Card>
  );
}
