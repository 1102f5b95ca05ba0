import { getMessages, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";
import { Alert } from "@/components/ui/Card";
import type { MoneyView } from "@/features/benefits/queries";
import { hoursLeft, type ForecastMeter } from "@/features/benefits/rules";
import { Icon } from "./Icon";

const barColour = { below: "bg-brand-600", close: "bg-warn", over: "bg-danger" } as const;

async function LimitCard({ m, locale, payPerHourCents, showSource }: { m: ForecastMeter; locale: AppLocale; payPerHourCents: number | null; showSource: boolean }) {
  const t = await getTranslations("client.money");
  const fmt = appFormatter(locale, await getMessages());
  const eur = (c: number) => fmt.euros(c);
  const headingId = `limit-${m.slot.kind}-${m.slot.period}`;
  // The housing allowance figure is where Kela reviews the allowance, not a limit (ADR 081).
  const review = m.slot.kind === "PENSIONERS_HOUSING_ALLOWANCE_REVIEW";
  const level = m.meter?.level;
  return (
    <li className="rounded-xl border border-gray-200 bg-white p-4" aria-labelledby={headingId}>
      <h3 id={headingId} className="text-xl font-bold break-words">
        {t(`kind.${m.slot.kind}`)}
        {m.slot.period === "FOUR_WEEKS" ? ` (${t("fourWeeks")})` : null}
      </h3>
      <p className="mb-2 text-muted">{t(`explain.${m.slot.kind}`)}</p>
      {m.limit && m.meter && level ? (
        <>
          <p className="text-lg">{review ? t("limitReview", { limit: eur(m.meter.limitCents) }) : t(`limit.${m.slot.period}`, { limit: eur(m.meter.limitCents) })}</p>
          <dl className="my-2 space-y-1 text-lg" aria-label={t("partsLabel")}>
            <div className="flex flex-wrap justify-between gap-x-3">
              <dt>{t("parts.approved")}</dt>
              <dd className="font-semibold">{eur(m.parts.approved)}</dd>
            </div>
            <div className="flex flex-wrap justify-between gap-x-3">
              <dt>{t("parts.waiting")}</dt>
              <dd className="font-semibold">{eur(m.parts.waiting)}</dd>
            </div>
            <div className="flex flex-wrap justify-between gap-x-3">
              <dt>{t("parts.planned")}</dt>
              <dd className="font-semibold">{eur(m.parts.planned)}</dd>
            </div>
            <div className="flex flex-wrap justify-between gap-x-3 border-t border-gray-300 pt-1">
              <dt className="font-semibold">{t(`parts.total.${m.slot.period}`)}</dt>
              <dd className="font-bold">{eur(m.parts.total)}</dd>
            </div>
          </dl>
          <p className="text-lg">
            {level === "over"
              ? m.meter.overCents > 0
                ? t("overBy", { over: eur(m.meter.overCents) })
                : null
              : t("remaining", { remaining: eur(m.meter.remainingCents) })}
            {level !== "over" && payPerHourCents && m.slot.kind !== "YEL_COMMISSION_INCOME"
              ? ` ${t("remainingHours", { hours: hoursLeft(m.meter.remainingCents, payPerHourCents) })}`
              : null}
          </p>
          <div className="my-3" aria-hidden="true">
            <div className="h-6 w-full overflow-hidden rounded-full border border-gray-500 bg-gray-100">
              <div className={`h-full ${barColour[level]}`} style={{ width: `${Math.min(100, m.meter.percent)}%` }} />
            </div>
          </div>
          <p className="font-semibold">{t("percent", { percent: m.meter.percent })}</p>
          <p className={`mt-2 flex items-start gap-2 text-lg font-semibold ${level === "below" ? "text-ok" : level === "close" ? "text-warn" : "text-danger"}`}>
            <Icon name={level === "below" ? "check" : "warn"} className="mt-0.5 h-6 w-6 shrink-0" />
            {review ? t(`reviewLevel.${level}`) : t(`level.${level}`)}
          </p>
          {showSource && m.limit.source ? <p className="mt-2 text-sm text-muted">{t("source", { source: m.limit.source })}</p> : null}
        </>
      ) : (
        <p className="text-lg">{t("missing")}</p>
      )}
    </li>
  );
}

/** My money: this month's and this year's earnings, and a meter for each limit that matters. */
export async function MoneyScreen({ view, locale, showSource = false }: { view: MoneyView; locale: AppLocale; /** staff (support mode) see where the figures come from; clients never */ showSource?: boolean }) {
  const t = await getTranslations("client.money");
  const fmt = appFormatter(locale, await getMessages());
  const { earnings } = view;
  // The figures' age is said once, above the meters (the oldest year of an outdated row).
  const outdatedYears = view.forecast.filter((m) => m.outdated && m.limit).map((m) => m.limit!.validFrom.getUTCFullYear());
  const outdatedYear = outdatedYears.length ? Math.min(...outdatedYears) : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="flex items-center gap-2 text-3xl font-bold break-words">
          <Icon name="euro" className="h-8 w-8 text-brand-700" />
          {t("title")}
        </h1>
        <p className="mt-2 text-lg">{t("lead")}</p>
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <section aria-labelledby="this-month" className="rounded-xl border-2 border-brand-600 bg-white p-4">
          <h2 id="this-month" className="text-lg font-semibold">
            {t("thisMonth")}
          </h2>
          <p className="text-3xl font-bold break-words">{fmt.euros(earnings.monthCents)}</p>
          <p>{t("workHours", { hours: fmt.minutes(earnings.monthMinutes) })}</p>
        </section>
        <section aria-labelledby="this-year" className="rounded-xl border border-gray-200 bg-white p-4">
          <h2 id="this-year" className="text-lg font-semibold">
            {t("thisYear")}
          </h2>
          <p className="text-3xl font-bold break-words">{fmt.euros(earnings.yearCents)}</p>
          <p>{t("workHours", { hours: fmt.minutes(earnings.yearMinutes) })}</p>
        </section>
      </div>
      <section aria-labelledby="limits">
        <h2 id="limits" className="text-2xl font-bold">
          {t("limitsTitle")}
        </h2>
        {view.forecast.length ? (
          <>
            <p className="mb-3 text-lg">{t("limitsLead")}</p>
            {outdatedYear ? (
              <div className="mb-4">
                <Alert tone="warn">
                  <span className="flex items-start gap-2">
                    <Icon name="warn" className="h-6 w-6 shrink-0" />
                    {t("outdated", { year: outdatedYear })}
                  </span>
                </Alert>
              </div>
            ) : null}
            <ul className="space-y-4">
              {view.forecast.map((m) => (
                <LimitCard key={`${m.slot.kind}-${m.slot.period}`} m={m} locale={locale} payPerHourCents={view.payPerHourCents} showSource={showSource} />
              ))}
            </ul>
            <div className="mt-4">
              <Alert tone="info">
                <span className="flex items-start gap-2 text-lg font-semibold">
                  <Icon name="info" className="h-6 w-6 shrink-0" />
                  {t("advice")}
                </span>
              </Alert>
            </div>
          </>
        ) : (
          <p className="text-lg">{t("noLimits")}</p>
        )}
      </section>
    </div>
  );
}
