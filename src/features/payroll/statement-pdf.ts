// A worker's pay statement (palkka- tai palkkiolaskelma) as a PDF the client opens on the phone
// ("My money"): plain language in the client's language, large type, what is paid first.
// Pure over the document; the only I/O is the font read in lib/pdf (ADR 062).
import { createTranslator } from "next-intl";
import { intlLocales } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";
import { loadMessages } from "@/i18n/messages";
import { dateColumn } from "@/lib/dates";
import { PdfWriter } from "@/lib/pdf";
import type { PayStatementDocument } from "./document";

export async function payStatementPdf(doc: PayStatementDocument): Promise<Uint8Array> {
  const messages = await loadMessages(doc.locale);
  const t = createTranslator({ locale: doc.locale, messages, namespace: "payroll.statement" });
  const fmt = appFormatter(doc.locale, messages);
  const day = (d: string) => fmt.day(dateColumn(d));
  const title = doc.kind === "WAGES" ? t("wagesTitle") : t("commissionTitle");
  const period = t("periodValue", { from: day(doc.periodStart), to: day(doc.periodEnd) });

  const pdf = await PdfWriter.create({
    title: `${title} ${period}`,
    language: intlLocales[doc.locale],
    subject: `${title}: ${doc.workerName}`,
    author: doc.payer.name,
  });

  pdf.heading(title);
  pdf.paragraph(t("intro"), { size: 12, gap: 8 });

  // What reaches the account comes first: it is what the reader opened the document for.
  pdf.keyValues(
    [
      [t("net"), fmt.euros(doc.netCents)],
      [t("paymentDate"), day(doc.paymentDate)],
    ],
    { size: 14, labelWidth: 220 },
  );
  pdf.paragraph(doc.ibanEnding ? t("account", { ending: doc.ibanEnding }) : t("noAccount"), { size: 12, gap: 10 });

  pdf.keyValues(
    [
      [t("worker"), doc.workerName],
      [t("payer"), [doc.payer.name, doc.payer.businessId ? `${t("businessId")} ${doc.payer.businessId}` : null].filter(Boolean).join(", ")],
      [t("period"), period],
      [t("kindLabel"), t(`kind_${doc.kind}`)],
    ],
    { size: 11, labelWidth: 160 },
  );

  pdf.heading(t("gigs"), 2);
  if (doc.gigs.length === 0) pdf.paragraph(t("noGigs"), { size: 11 });
  else {
    pdf.table(
      [
        { header: t("date"), width: 1.3 },
        { header: t("task"), width: 3.4 },
        { header: t("time"), width: 1.4, align: "right" },
        { header: t("hourly"), width: 1.4, align: "right" },
        { header: t("gross"), width: 1.5, align: "right" },
      ],
      doc.gigs.map((g) => [day(g.workDate), g.description, fmt.minutes(g.minutes), fmt.euros(g.hourlyPayCents), fmt.euros(g.grossCents)]),
      { size: 10 },
    );
  }

  const rows = [
    [t("grossTotal"), fmt.euros(doc.grossCents)],
    [t("withholding", { rate: fmt.rate(doc.withholdingBp) }), `−${fmt.euros(doc.withholdingCents)}`],
    [t("net"), fmt.euros(doc.netCents)],
  ];
  pdf.table([{ header: "", width: 3 }, { header: "", width: 1.2, align: "right" }], rows, { size: 12, boldRows: [2], ruleAbove: [2] });
  pdf.paragraph(doc.taxCardRecorded ? t("taxCardRecorded") : t("noTaxCard"), { size: 11, gap: 8 });
  pdf.paragraph(t("questions"), { size: 11, muted: true });

  return pdf.save(doc.payer.name);
}
