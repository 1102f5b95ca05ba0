import { getTranslations } from "next-intl/server";
import { formatDateColumn, formatMinutes, dateColumn, type Locale } from "@/lib/dates";
import { renderCertificatePdf } from "./pdf";
import type { CertificateContents } from "./rules";

/** The certificate's PDF in the reader's language, from the stored (signed) contents. */
export async function certificatePdf(contents: CertificateContents, locale: Locale): Promise<Uint8Array> {
  const t = await getTranslations({ locale, namespace: "client.certificates.pdf" });
  const day = (d: string) => formatDateColumn(dateColumn(d), locale);
  const average = contents.feedback.averageTenths === null ? "" : new Intl.NumberFormat(locale === "en" ? "en-GB" : `${locale}-FI`, { maximumFractionDigits: 1 }).format(contents.feedback.averageTenths / 10);
  return renderCertificatePdf(contents, {
    title: t("title"),
    intro: t("intro", { name: contents.clientName, jobcenter: contents.jobcenterName, from: day(contents.periodStart), to: day(contents.periodEnd) }),
    tasks: t("tasks"),
    date: t("date"),
    task: t("task"),
    orderer: t("orderer"),
    hours: t("hours"),
    total: t("total", { hours: formatMinutes(contents.totalMinutes), count: contents.gigs.length }),
    orderers: t("orderers", { names: contents.orderers.join(", ") }),
    feedback: contents.feedback.count ? t("feedback", { count: contents.feedback.count, average }) : t("noFeedback"),
    signed: t("signed", { name: contents.signedByName, date: day(contents.signedOn) }),
    generated: t("generated"),
    noGigs: t("noGigs"),
    category: (c) => t(`category.${c}`),
    formatDay: day,
  });
}
