import Link from "next/link";
import { getMessages, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";
import { EmptyState } from "@/components/ui/Card";
import { RequestCertificateForm } from "@/features/certificates/components/RequestCertificateForm";
import { listClientCertificates } from "@/features/certificates/queries";
import { Icon } from "./Icon";
import { listApprovedGigs, listProfileFeedback } from "../queries";
import type { Db } from "@/server/db";
import { dayKey, startOfHelsinkiYear } from "@/lib/dates";

/** My work history: certificates (ask for one, download signed ones), feedback, the work done. */
export async function HistoryScreen({ db, clientId, locale, now, after, href = "/client/history" }: { db: Db; clientId: string; locale: AppLocale; now: Date; after?: string; href?: string }) {
  const client = { id: clientId };
  const [feedback, { rows: gigs, next }, certificates] = await Promise.all([
    listProfileFeedback(db, client.id),
    listApprovedGigs(db, client.id, after),
    listClientCertificates(db, client.id),
  ]);
  const t = await getTranslations("client.history");
  const tp = await getTranslations("common.pages");
  const fmt = appFormatter(locale, await getMessages());
  return (
    <div className="space-y-8">
      <div>
        <h1 className="flex items-center gap-2 text-3xl font-bold">
          <Icon name="doc" className="h-8 w-8 text-brand-700" />
          {t("title")}
        </h1>
        <p className="mt-2 text-lg">{t("lead")}</p>
      </div>

      <section aria-labelledby="certificates">
        <h2 id="certificates" className="text-2xl font-bold">
          {t("certificates")}
        </h2>
        <p className="mb-3 text-lg">{t("certificatesLead")}</p>
        {certificates.length ? (
          <ul className="mb-4 space-y-3">
            {certificates.map((c) => (
              <li key={c.id} className="rounded-xl border border-gray-200 bg-white p-4">
                <p className="text-lg font-semibold">{t("period", { from: fmt.day(c.periodStart), to: fmt.day(c.periodEnd) })}</p>
                {c.certificate ? (
                  <>
                    <p className="mb-3">{t("signed", { date: fmt.date(c.certificate.signedAt) })}</p>
                    <a
                      href={`/client/certificates/${c.certificate.id}/pdf`}
                      className="inline-flex min-h-14 w-full items-center justify-center gap-2 rounded-lg bg-brand-600 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-700"
                    >
                      <Icon name="download" />
                      {t("download")}
                    </a>
                  </>
                ) : (
                  <p className="flex items-center gap-2">
                    <Icon name="clock" className="h-5 w-5" />
                    {t("pending")}
                  </p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <div className="mb-4">
            <EmptyState>{t("noCertificates")}</EmptyState>
          </div>
        )}
        <div className="rounded-xl border border-gray-200 bg-white p-4">
          <RequestCertificateForm clientId={client.id} defaultStart={dayKey(startOfHelsinkiYear(now))} defaultEnd={dayKey(now)} />
        </div>
      </section>

      <section aria-labelledby="feedback">
        <h2 id="feedback" className="mb-3 text-2xl font-bold">
          {t("feedback")}
        </h2>
        {feedback.length ? (
          <ul className="space-y-3">
            {feedback.map((f) => (
              <li key={f.id} className="rounded-xl border border-gray-200 bg-white p-4">
                <p className="font-semibold">{f.order.title}</p>
                <p className="text-muted">
                  {f.order.orderer.name} · {fmt.date(f.createdAt)}
                </p>
                <p className="mt-1 flex items-center gap-1 text-lg">
                  <Icon name="star" className="h-5 w-5 text-warn" />
                  {t("rating", { rating: f.rating })}
                </p>
                {f.comment ? <blockquote className="mt-2 border-l-4 border-brand-100 pl-3 text-lg">{f.comment}</blockquote> : null}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("noFeedback")}</EmptyState>
        )}
      </section>

      <section aria-labelledby="work-done">
        <h2 id="work-done" className="mb-3 text-2xl font-bold">
          {t("gigsTitle")}
        </h2>
        {gigs.length ? (
          <ul className="divide-y divide-gray-200 rounded-xl border border-gray-200 bg-white">
            {gigs.map((g) => (
              <li key={g.id} className="p-4">
                <p className="font-semibold">{g.order.title}</p>
                <p>
                  {fmt.date(g.startsAt)} · {g.order.orderer.name} · {fmt.minutes(g.approvedMinutes ?? 0)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("noGigs")}</EmptyState>
        )}
        {/* The work done a page at a time, newest first (ADR 090). */}
        {next || after ? (
          <p className="mt-3 flex flex-wrap gap-4 text-lg">
            {next ? (
              <Link href={`${href}?after=${encodeURIComponent(next)}#work-done`} className="inline-flex min-h-14 items-center font-semibold text-brand-700 underline">
                {tp("more")}
              </Link>
            ) : null}
            {after ? (
              <Link href={`${href}#work-done`} className="inline-flex min-h-14 items-center font-semibold text-brand-700 underline">
                {tp("first")}
              </Link>
            ) : null}
          </p>
        ) : null}
      </section>
    </div>
  );
}
