import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/ActionButton";
import { Badge, Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { termsAccepted } from "@/features/orders/rules";
import { CLOSED_ORDER_STATES, isOrderIn } from "@/features/orders/status";
import { withdrawOffer } from "../actions";
import { offerMessages, type CoordinatorOrder } from "../queries";
import { LIVE_OFFER_STATES, offerIsOpen } from "../rules";
import { OfferMessages } from "./OfferMessages";
import { getContext } from "@/server/context";
import { OfferForm } from "./OfferForm";

/** The order's offers to units with their answers; new offers once the terms are accepted. */
export async function OffersCard({ order }: { order: CoordinatorOrder }) {
  const t = await getTranslations("coordination");
  const closed = isOrderIn(CLOSED_ORDER_STATES, order.status);
  const offeredTo = (unitId: string) => order.offers.some((o) => o.unitId === unitId && o.status !== "WITHDRAWN");
  const { db } = await getContext();
  const messages = await offerMessages(db, order.offers.map((o) => o.id));
  const texts = { title: t("offers.thread"), none: t("offers.noMessages"), label: t("offers.messageLabel"), send: t("offers.send") };
  return (
    <Card>
      <SectionHeading id="offers" className="mb-1">
        {t("offers.title")}
      </SectionHeading>
      <p className="mb-3 text-muted">{t("offers.lead")}</p>
      {order.offers.length === 0 ? <p>{t("offers.none")}</p> : null}
      <ul className="space-y-3">
        {order.offers.map((o) => (
          <li key={o.id} className="flex flex-wrap items-start justify-between gap-2 border-b border-gray-100 pb-3">
            <div>
              <p className="font-semibold">
                {o.unit.name} <Badge tone={!LIVE_OFFER_STATES.includes(o.status) ? "neutral" : o.status === "PENDING" ? "warn" : "ok"}>{t(`offerStatus.${o.status}`)}</Badge>
              </p>
              {o.responseNote ? (
                <p className="text-sm">
                  {t("offers.answer")}: {o.responseNote}
                </p>
              ) : null}
              {/* The unit's messages about the offer, and the coordinator's answers. */}
              <OfferMessages
                offerId={o.id}
                messages={messages.filter((m) => m.unitOfferId === o.id)}
                canPost={offerIsOpen({ status: o.status, order })}
                texts={texts}
              />
            </div>
            {o.status !== "WITHDRAWN" && !closed ? (
              <ActionButton action={withdrawOffer} input={{ offerId: o.id }} variant="ghost">
                {t("offers.withdraw")}
              </ActionButton>
            ) : null}
          </li>
        ))}
      </ul>
      {termsAccepted(order) && !closed ? <OfferForm orderId={order.id} units={order.jobcenter.units.map((u) => ({ ...u, offered: offeredTo(u.id) }))} /> : null}
    </Card>
  );
}
