import { getMessages, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";
import Link from "next/link";
import { Badge, EmptyState } from "@/components/ui/Card";
import { LinkButton } from "@/components/ui/Button";
import type { listClientGigs } from "../queries";
import { homeSections } from "../rules";
import { GigFacts } from "./GigFacts";
import { Icon } from "./Icon";

type Gigs = Awaited<ReturnType<typeof listClientGigs>>;

const statusTone = { OFFERED: "warn", ACCEPTED: "info", STARTED: "info", REPORTED: "warn", APPROVED: "ok" } as const;

/** The client's home: offers waiting for an answer first, then the next gig, other upcoming gigs, done gigs. */
export async function ClientHome({
  firstName,
  unitPhone,
  gigs,
  basePath,
  locale,
}: {
  firstName: string;
  unitPhone: string | null;
  gigs: Gigs;
  /** "/client", or the support-mode path of the client */
  basePath: string;
  locale: AppLocale;
}) {
  const t = await getTranslations("client");
  const fmt = appFormatter(locale, await getMessages());
  const { next, upcoming, offers, done } = homeSections(gigs);
  const when = (g: Gigs[number]) => `${fmt.weekdayDate(g.startsAt)} ${fmt.time(g.startsAt)}`;
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("home.greeting", { name: firstName })}</h1>

      {/* What needs an answer comes first: on a 320 px phone the next gig's card is a screen long (issue 14). */}
      <section aria-labelledby="offers">
        <h2 id="offers" className="mb-1 text-2xl font-bold">
          {t("home.offers")}
        </h2>
        {offers.length ? (
          <>
            <p className="mb-3 text-lg">{t("home.offersLead")}</p>
            <ul className="space-y-3">
              {offers.map((g) => (
                <li key={g.id} className="rounded-xl border border-gray-200 bg-white p-4">
                  <p className="text-xl font-semibold">{g.order.title}</p>
                  <p className="mb-3 flex items-center gap-2 text-lg">
                    <Icon name="calendar" className="h-5 w-5" />
                    {when(g)}
                  </p>
                  <LinkButton href={`${basePath}/gigs/${g.id}`} size="lg">
                    {t("home.answer")}
                    <span className="sr-only">: {g.order.title}</span>
                  </LinkButton>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <EmptyState>{t("home.noOffers")}</EmptyState>
        )}
      </section>

      <section aria-labelledby="next-gig" className="rounded-xl border-2 border-brand-600 bg-white p-4">
        <h2 id="next-gig" className="mb-2 flex items-center gap-2 text-2xl font-bold">
          <Icon name="calendar" className="h-7 w-7 text-brand-700" />
          {t("home.nextGig")}
        </h2>
        {next ? (
          <>
            <p className="mb-2">
              <Badge tone={statusTone[next.status as keyof typeof statusTone] ?? "neutral"}>{t(`gig.status.${next.status}`)}</Badge>
            </p>
            <GigFacts gig={next} locale={locale} unitPhone={unitPhone} />
            <LinkButton href={`${basePath}/gigs/${next.id}`} size="lg" className="mt-3">
              {t("home.openGig")}
              <Icon name="arrow" />
            </LinkButton>
          </>
        ) : (
          <p className="text-lg">{t("home.noNextGig")}</p>
        )}
      </section>

      {upcoming.length ? (
        <section aria-labelledby="upcoming">
          <h2 id="upcoming" className="mb-3 text-2xl font-bold">
            {t("home.upcoming")}
          </h2>
          <ul className="space-y-2">
            {upcoming.map((g) => (
              <li key={g.id}>
                <Link href={`${basePath}/gigs/${g.id}`} className="flex min-h-14 items-center justify-between gap-2 rounded-xl border border-gray-200 bg-white p-4 text-lg">
                  <span>
                    <span className="block font-semibold text-brand-700 underline">{g.order.title}</span>
                    {when(g)}
                  </span>
                  <Icon name="arrow" />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="done">
        <h2 id="done" className="mb-3 text-2xl font-bold">
          {t("home.done")}
        </h2>
        {done.length ? (
          <ul className="space-y-2">
            {done.map((g) => (
              <li key={g.id}>
                <Link href={`${basePath}/gigs/${g.id}`} className="block rounded-xl border border-gray-200 bg-white p-4 text-lg">
                  <span className="block font-semibold text-brand-700 underline">{g.order.title}</span>
                  <span className="block">{fmt.weekdayDate(g.startsAt)}</span>
                  <span className="mt-1 flex flex-wrap items-center gap-2">
                    <Badge tone={statusTone[g.status as keyof typeof statusTone] ?? "neutral"}>{t(`gig.status.${g.status}`)}</Badge>
                    {g.approvedMinutes ?? g.reportedMinutes ? <span>{fmt.minutes((g.approvedMinutes ?? g.reportedMinutes)!)}</span> : null}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("home.noDone")}</EmptyState>
        )}
      </section>
    </div>
  );
}
