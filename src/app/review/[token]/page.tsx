import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/AppShell";
import { Alert, Card } from "@/components/ui/Card";
import { ReviewLinkForm } from "@/features/intake/components/ReviewLinkForm";
import { reviewLinkPage } from "@/features/intake/queries";
import { getAppFormatter } from "@/i18n/server";
import { getContext } from "@/server/context";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("intake.review");
  // The token stays out of the referrer when the person follows a link from this page.
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

/** The emailed link of an order a coordinator entered (ADR 024): no account needed. */
export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("intake.review");
  const to = await getTranslations("orders");
  const fmt = await getAppFormatter();
  const { db, now } = await getContext();
  const page = token.length <= 200 ? await reviewLinkPage(db, token, now()) : null;
  if (!page) {
    return (
      <AppShell narrow>
        <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
        <Alert tone="danger">{t("invalid")}</Alert>
      </AppShell>
    );
  }
  const { order, terms, contact } = page;
  return (
    <AppShell narrow>
      <h1 className="mb-2 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-4">{t("lead", { name: contact.name, jobcenter: order.jobcenter.name })}</p>
      <Card className="mb-6">
        <h2 className="text-2xl font-semibold">
          #{order.number} {order.title}
        </h2>
        <p className="text-muted">{order.orderer.name}</p>
        <p className="mt-2 whitespace-pre-line">{order.description}</p>
        <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("where")}</dt>
          <dd>{order.remote ? to("fields.remote.label") : [order.streetAddress, [order.postalCode, order.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")}</dd>
          <dt className="font-semibold">{t("when")}</dt>
          <dd className="whitespace-pre-line">
            {order.scheduleKind === "WINDOW" ? order.windowText : order.sessions.map((s) => `${fmt.weekdayDate(s.startsAt)} ${fmt.time(s.startsAt)}–${fmt.time(s.endsAt)}`).join("\n")}
          </dd>
          <dt className="font-semibold">{t("scope")}</dt>
          <dd>{t("scopeText", { hours: fmt.minutes(order.hoursPerWorkerMin), workers: order.workerCount })}</dd>
          <dt className="font-semibold">{t("contractModel")}</dt>
          <dd>{to(`contractModel.${order.contractModel}`)}</dd>
          <dt className="font-semibold">{t("price")}</dt>
          <dd>{t("priceText", { net: fmt.euros(order.netCents ?? 0), gross: fmt.euros(order.grossCents ?? 0) })}</dd>
        </dl>
      </Card>
      <Card className="mb-6">
        {terms ? (
          <>
            <h2 className="mb-2 text-xl font-semibold">{t("termsTitle", { title: terms.title, version: terms.version })}</h2>
            {/* A scrolling box must be reachable by keyboard (axe: scrollable-region-focusable). */}
            <div tabIndex={0} role="region" aria-label={t("termsTitle", { title: terms.title, version: terms.version })} className="max-h-96 overflow-y-auto whitespace-pre-line rounded-lg border border-gray-200 p-3">
              {terms.body}
            </div>
            <p className="mt-2 text-sm">{t("cancellation", { fee: fmt.euros(terms.cancellationFeeCents) })}</p>
          </>
        ) : (
          <Alert tone="warn">{t("noTerms")}</Alert>
        )}
      </Card>
      {terms ? (
        <Card>
          <ReviewLinkForm token={token} termsVersionId={terms.id} billing={order} hasAccount={contact.hasAccount} showBusinessId={order.orderer.kind !== "PRIVATE_PERSON"} />
        </Card>
      ) : null}
    </AppShell>
  );
}
