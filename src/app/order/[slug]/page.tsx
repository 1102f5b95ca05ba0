import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/AppShell";
import { LinkButton } from "@/components/ui/Button";
import { Alert, Card, PageHeader } from "@/components/ui/Card";
import { currentTermsFor, jobcenterBySlug } from "@/features/orders/queries";
import { taskCategories } from "@/features/orders/schema";
import { currentPrices } from "@/features/pricing/queries";
import { unitPriceOf } from "@/features/pricing/rules";
import { dateColumnOf, type Locale } from "@/lib/dates";
import { formatEuros, formatRate, vatOn } from "@/lib/money";
import { getContext } from "@/server/context";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }) {
  const { db } = await getContext();
  const jc = await jobcenterBySlug(db, (await params).slug);
  return { title: jc?.name };
}

/** The public page of one Jobcenter: what can be ordered, how it works, what it costs. */
export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const t = await getTranslations("public");
  const to = await getTranslations("orders");
  const locale = (await getLocale()) as Locale;
  const { db, user, now } = await getContext();
  const jc = await jobcenterBySlug(db, slug);
  if (!jc) notFound();
  const today = dateColumnOf(now());
  const { prices, vatRateBp } = await currentPrices(db, jc.id, today);
  const terms = await currentTermsFor(db, jc.id, locale, today);
  const offered = prices.filter((p) => jc.contractModels.includes(p.contractModel));
  const isOrderer = user?.grants.some((g) => g.role === "ORDERER_CONTACT");
  const orderHref = isOrderer ? `/orderer/orders/new?jobcenter=${jc.slug}` : `/order/${jc.slug}/new`;

  return (
    <AppShell>
      <PageHeader title={jc.name} lead={t("page.lead")} actions={<LinkButton href={orderHref}>{t("page.orderCta")}</LinkButton>} />
      <div className="space-y-6">
        <Alert tone="info">
          <p className="font-semibold">{t("page.notEmployerTitle")}</p>
          <p>{t("page.notEmployerText")}</p>
        </Alert>

        <Card>
          <h2 className="mb-2 text-xl font-bold">{t("page.whatTitle")}</h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {taskCategories
              .filter((c) => c !== "OTHER")
              .map((c) => (
                <li key={c}>
                  <p className="font-semibold">{to(`category.${c}`)}</p>
                  <p className="text-sm">{t(`examples.${c}`)}</p>
                </li>
              ))}
          </ul>
          <p className="mt-3">{t("page.whatOther")}</p>
        </Card>

        <Card>
          <h2 className="mb-2 text-xl font-bold">{t("page.howTitle")}</h2>
          <ol className="list-decimal space-y-1 pl-6">
            {(["1", "2", "3", "4", "5", "6"] as const).map((n) => (
              <li key={n}>{t(`how.${n}`)}</li>
            ))}
          </ol>
        </Card>

        <Card>
          <h2 className="mb-2 text-xl font-bold">{t("page.priceTitle")}</h2>
          {offered.length === 0 ? (
            <p>{t("page.noPrices")}</p>
          ) : (
            <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("page.priceTitle")}>
              <table className="w-full text-left">
                <caption className="mb-2 text-left text-muted">{t("page.priceCaption")}</caption>
                <thead>
                  <tr className="border-b border-gray-300">
                    <th scope="col" className="py-2 pr-3">{t("page.model")}</th>
                    <th scope="col" className="py-2 pr-3 text-right">{t("page.perHour")}</th>
                    {vatRateBp !== null ? <th scope="col" className="py-2 text-right">{t("page.withVat", { rate: formatRate(vatRateBp, locale) })}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {offered.map((p) => (
                    <tr key={p.contractModel} className="border-b border-gray-200 align-top">
                      <th scope="row" className="py-2 pr-3 font-normal">
                        <span className="font-semibold">{to(`contractModel.${p.contractModel}`)}</span>
                        <span className="block text-sm text-muted">
                          {t("page.components", {
                            pay: formatEuros(p.workerPayCents, locale),
                            side: formatEuros(p.sideCostsCents, locale),
                            service: formatEuros(p.serviceCostsCents, locale),
                          })}
                        </span>
                      </th>
                      <td className="py-2 pr-3 text-right">{formatEuros(unitPriceOf(p), locale)}</td>
                      {vatRateBp !== null ? <td className="py-2 text-right">{formatEuros(p.unitPriceCents + vatOn(p.unitPriceCents, vatRateBp), locale)}</td> : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="mt-3 text-sm">{t("page.priceNote")}</p>
          {terms ? <p className="mt-1 text-sm">{t("page.cancellation", { fee: formatEuros(terms.cancellationFeeCents, locale) })}</p> : null}
        </Card>

        <Card>
          <h2 className="mb-2 text-xl font-bold">{t("page.contactTitle")}</h2>
          <p>{t("page.contactText")}</p>
          {jc.phone ? <p className="mt-1">{t("page.phone", { phone: jc.phone })}</p> : null}
          {jc.email ? <p>{t("page.email", { email: jc.email })}</p> : null}
          <div className="mt-4 flex flex-wrap gap-2">
            <LinkButton href={orderHref}>{t("page.orderCta")}</LinkButton>
            {!user ? (
              <LinkButton href="/signin?as=staff" variant="secondary">
                {t("page.signIn")}
              </LinkButton>
            ) : null}
          </div>
        </Card>
      </div>
    </AppShell>
  );
}
