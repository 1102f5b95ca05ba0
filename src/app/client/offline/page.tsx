import { getMessages, getTranslations } from "next-intl/server";
import { GigFacts } from "@/features/client-app/components/GigFacts";
import { clientPageContext } from "@/features/client-app/page-data";
import { listClientGigs } from "@/features/client-app/queries";
import { homeSections } from "@/features/client-app/rules";
import { appFormatter } from "@/i18n/format";

export async function generateMetadata() {
  const t = await getTranslations("client.offline");
  return { title: t("title") };
}

/**
 * The next gig's facts (when, where, whom to call) as one page that the service worker keeps
 * for this client and shows when a page load finds no network (ADR 080).
 */
export default async function Page() {
  const { db, client, locale, now } = await clientPageContext({ view: "offline" });
  const { next } = homeSections(await listClientGigs(db, client.id));
  const t = await getTranslations("client.offline");
  const fmt = appFormatter(locale, await getMessages());
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">
        {t("lead")} {t("saved", { time: `${fmt.weekdayDate(now)} ${fmt.time(now)}` })}
      </p>
      <section className="rounded-xl border-2 border-brand-600 bg-white p-4">
        {next ? <GigFacts gig={next} locale={locale} unitPhone={client.unit.phone} /> : <p className="text-lg">{t("none")}</p>}
      </section>
    </div>
  );
}
