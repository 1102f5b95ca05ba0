import { getMessages, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";
import Link from "next/link";
import { Badge } from "@/components/ui/Card";
import { loadOfferWarnings } from "@/features/benefits/queries";
import { gigEarningsCents } from "@/features/benefits/rules";
import type { BenefitType } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { ClientGig } from "../queries";
import { canReportYet, isForgottenCheckOut, nextStep } from "../rules";
import { gigStartWindowMinutes } from "../settings";
import { GigActions } from "./GigActions";
import { GigFacts } from "./GigFacts";
import { Icon } from "./Icon";

/** One gig, one thing to do: the action first, then the facts. */
export async function GigScreen({
  db,
  gig,
  clientBenefits,
  unitPhone,
  basePath,
  locale,
  now,
}: {
  db: Db;
  gig: ClientGig;
  clientBenefits: BenefitType[];
  unitPhone: string | null;
  basePath: string;
  locale: AppLocale;
  now: Date;
}) {
  const t = await getTranslations("client");
  const fmt = appFormatter(locale, await getMessages());
  const step = nextStep(gig, now, gigStartWindowMinutes());
  const minutes = gig.approvedMinutes ?? gig.reportedMinutes;
  const pay = gig.order.priceList?.workerPayCents;
  // Before "Yes, I'll come": would this gig take the client near or over a limit (ADR 081)?
  const warnings =
    gig.status === "OFFERED" && pay
      ? ((
          await loadOfferWarnings(db, [{ id: gig.clientId, benefits: clientBenefits }], {
            gigId: gig.id,
            workedAt: gig.startsAt,
            minutes: gig.plannedMinutes,
            workerPayCents: pay,
            contractModel: gig.order.contractModel,
          })
        ).get(gig.clientId) ?? [])
      : [];
  const warningTexts = [...new Set(warnings.map((w) => (w.level === "over" ? t(`benefitWarning.over.${w.slot.kind}`) : t("benefitWarning.close"))))];
  return (
    <div className="space-y-4">
      <Link href={basePath} className="inline-flex min-h-11 items-center gap-2 font-semibold text-brand-700 underline">
        <Icon name="home" className="h-5 w-5" />
        {t("gig.backHome")}
      </Link>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h1 className="text-2xl font-bold break-words">{gig.order.title}</h1>
        {/* On an offer the question below says it all: the badge would only push the buttons down at 320 x 640. */}
        {gig.status === "OFFERED" ? null : (
          <Badge tone={gig.status === "APPROVED" ? "ok" : gig.status === "REPORTED" ? "warn" : "info"}>{t(`gig.status.${gig.status}`)}</Badge>
        )}
      </div>
      <GigActions
        gigId={gig.id}
        step={step}
        warningTitle={t("benefitWarning.title")}
        warnings={warningTexts}
        startedAt={gig.startedAt?.toISOString()}
        queueOffline={basePath === "/client"}
        startedAtText={gig.startedAt ? t("actions.startedAt", { time: fmt.time(gig.startedAt) }) : undefined}
        waitingText={minutes ? t("actions.waiting", { hours: fmt.minutes(minutes) }) : undefined}
        approvedText={
          gig.approvedMinutes !== null
            ? t("actions.approved", {
                hours: fmt.minutes(gig.approvedMinutes),
                euros: fmt.euros(pay ? gigEarningsCents({ workerPayCents: pay, approvedMinutes: gig.approvedMinutes }) : 0),
              })
            : undefined
        }
        notYetText={gig.status === "DECLINED" ? t("actions.declinedInfo") : gig.status === "ACCEPTED" ? t("actions.notYet") : t(`gig.status.${gig.status}`)}
        reportedMinutes={gig.reportedMinutes}
        canEnterHours={canReportYet(gig, now)}
        plannedMinutes={gig.plannedMinutes}
        forgotten={isForgottenCheckOut(gig, now)}
      />
      <section aria-labelledby="facts" className="rounded-xl border border-gray-200 bg-white p-4">
        <h2 id="facts" className="sr-only">
          {fmt.weekdayDate(gig.startsAt)}
        </h2>
        <GigFacts gig={gig} locale={locale} unitPhone={unitPhone} />
      </section>
    </div>
  );
}
