import { getMessages, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";
import type { ReactNode } from "react";
import type { ClientGig } from "../queries";
import { gigThings, mapUrl, telHref, travelAtOwnCost } from "../rules";
import { Icon, type IconName } from "./Icon";

type FactsGig = Pick<ClientGig, "startsAt" | "endsAt" | "plannedMinutes" | "supportMode" | "supportPerson" | "meetingPerson" | "bringItems" | "order">;

export function gigAddress(order: FactsGig["order"]): string | null {
  const parts = [order.streetAddress, [order.postalCode, order.city].filter(Boolean).join(" ")].filter((p) => p && p.trim());
  return parts.length ? parts.join(", ") : null;
}

function Fact({ icon, label, children }: { icon: IconName; label: string; children: ReactNode }) {
  return (
    <div className="py-2">
      <dt className="flex items-center gap-2 font-semibold">
        <Icon name={icon} className="h-7 w-7 text-brand-700" />
        {label}
      </dt>
      <dd className="pl-9 text-lg break-words">{children}</dd>
    </div>
  );
}

/** When, where, what to bring, who meets me, who supports me: the gig in plain words. */
export async function GigFacts({ gig, locale, unitPhone }: { gig: FactsGig; locale: AppLocale; unitPhone: string | null }) {
  const t = await getTranslations("client.gig");
  const fmt = appFormatter(locale, await getMessages());
  const address = gigAddress(gig.order);
  const things = gigThings(gig);
  return (
    <div>
      <dl className="divide-y divide-gray-200">
        <Fact icon="calendar" label={t("when")}>
          {t("timeRange", { day: fmt.weekdayDate(gig.startsAt), start: fmt.time(gig.startsAt), end: fmt.time(gig.endsAt) })}
          <span className="block text-base text-muted">
            {t("duration")}: {fmt.minutes(gig.plannedMinutes)}
          </span>
        </Fact>
        <Fact icon="pin" label={t("where")}>
          {gig.order.remote ? t("remote") : address}
          {!gig.order.remote && address ? (
            <a href={mapUrl(address)} target="_blank" rel="noopener noreferrer" className="mt-1 flex min-h-11 items-center gap-1 font-semibold text-brand-700 underline">
              <Icon name="pin" className="h-5 w-5" />
              {t("map")} <span className="sr-only">{t("mapNewWindow")}</span>
            </a>
          ) : null}
        </Fact>
        <Fact icon="work" label={t("what")}>
          {gig.order.title}
          <span className="block text-base text-muted">
            {t("orderer")}: {gig.order.orderer.name}
          </span>
        </Fact>
        {things.bring ? (
          <Fact icon="bag" label={t("bring")}>
            {things.bring}
          </Fact>
        ) : null}
        {things.provided ? (
          <Fact icon="work" label={t("provided")}>
            {things.provided}
          </Fact>
        ) : null}
        {!gig.order.remote && travelAtOwnCost(gig.order.jobcenter.kind) ? (
          <Fact icon="pin" label={t("travel")}>
            {t("travelOwnCost")}
          </Fact>
        ) : null}
        {gig.meetingPerson || gig.order.siteContactName ? (
          <Fact icon="person" label={t("meets")}>
            {gig.meetingPerson ?? gig.order.siteContactName}
          </Fact>
        ) : null}
        <Fact icon="heart" label={t("support")}>
          {gig.supportPerson ? <span className="block">{gig.supportPerson}</span> : null}
          {t(`supportMode.${gig.supportMode}`)}
        </Fact>
      </dl>
      {unitPhone ? (
        <a
          href={telHref(unitPhone)}
          className="mt-3 inline-flex min-h-14 w-full items-center justify-center gap-2 rounded-lg border-2 border-brand-600 bg-white px-6 py-3 text-lg font-semibold text-brand-700 hover:bg-brand-50"
        >
          <Icon name="phone" />
          {t("callNumber", { phone: unitPhone })}
        </a>
      ) : null}
    </div>
  );
}
