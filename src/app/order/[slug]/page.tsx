import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { AppShell } from "@/components/layout/AppShell";
import { LinkButton } from "@/components/ui/Button";
import { Alert, Card, PageHeader } from "@/components/ui/Card";
import { currentTermsFor, jobcenterBySlug } from "@/features/orders/queries";
import { taskCategories } from "@/features/orders/schema";
import { currentPrices } from "@/features/pricing/queries";
import { unitPriceOf } from "@/features/pricing/rules";
import { dateColumnOf } from "@/lib/dates";
import { vatOn } from "@/lib/money";
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
  const locale = await getLocale();
  const fmt = await getAppFormatter();
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
            <>
              <p className="mb-3 text-muted">{t("page.priceCaption")}</p>
              <ul className="grid gap-3 sm:grid-cols-2">
                {offered.map((p) => (
                  <li key={p.contractModel} className="rounded-lg border border-gray-200 p-3">
                    <h3 className="font-bold">{to(`contractModel.${p.contractModel}`)}</h3>
                    <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-3">
                      <dt>{t("page.perHour")}</dt>
                      <dd className="text-right text-lg font-bold">{fmt.euros(unitPriceOf(p))}</dd>
                      {vatRateBp !== null ? (
                        <>
                          <dt>{t("page.withVat", { rate: fmt.rate(vatRateBp) })}</dt>
                          <dd className="text-right">{fmt.euros(p.unitPriceCents + vatOn(p.unitPriceCents, vatRateBp))}</dd>
                        </>
                      ) : null}
                    </dl>
                    <p className="mt-1 text-sm text-muted">
                      {t("page.components", {
                        pay: fmt.euros(p.workerPayCents),
                        side: fmt.euros(p.sideCostsCents),
                        service: fmt.euros(p.serviceCostsCents),
                      })}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="mt-3 text-sm">{t("page.priceNote")}</p>
          {terms ? <p className="mt-1 text-sm">{t("page.cancellation", { fee: fmt.euros(terms.cancellationFeeCents) })}</p> : null}
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
