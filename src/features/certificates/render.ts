import { getMessages, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";
import { dateColumn } from "@/lib/dates";
import { renderCertificatePdf } from "./pdf";
import type { CertificateContents } from "./rules";

/** The certificate's PDF in the reader's language, from the stored (signed) contents. */
export async function certificatePdf(contents: CertificateContents, locale: AppLocale): Promise<Uint8Array> {
  const t = await getTranslations({ locale, namespace: "client.certificates.pdf" });
  const fmt = appFormatter(locale, await getMessages({ locale }));
  const day = (d: string) => fmt.day(dateColumn(d));
  const average = contents.feedback.averageTenths === null ? "" : fmt.oneDecimal(contents.feedback.averageTenths / 10);
  return renderCertificatePdf(contents, {
    title: t("title"),
    intro: t("intro", { name: contents.clientName, jobcenter: contents.jobcenterName, from: day(contents.periodStart), to: day(contents.periodEnd) }),
    tasks: t("tasks"),
    date: t("date"),
    task: t("task"),
    orderer: t("orderer"),
    hours: t("hours"),
    total: t("total", { hours: fmt.minutes(contents.totalMinutes), count: contents.gigs.length }),
    orderers: t("orderers", { names: contents.orderers.join(", ") }),
    feedback: contents.feedback.count ? t("feedback", { count: contents.feedback.count, average }) : t("noFeedback"),
    signed: t("signed", { name: contents.signedByName, date: day(contents.signedOn) }),
    generated: t("generated"),
    noGigs: t("noGigs"),
    category: (c) => t(`category.${c}`),
    formatDay: day,
    formatMinutes: fmt.minutes,
  });
}
