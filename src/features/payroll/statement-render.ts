// The pay statement PDF until einv's `payroll/statement-pdf.ts` (payStatementPdf) is merged:
// the same document and the same `payroll.statement` messages, on the shared PdfWriter. The
// merger replaces this file's body with a call to payStatementPdf.
import { createTranslator } from "next-intl";
import { intlLocales } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";
import { loadMessages } from "@/i18n/messages";
import { dateColumn } from "@/lib/dates";
import { PdfWriter } from "@/lib/pdf";
import type { PayStatementDocument } from "./document";

export async function renderPayStatement(doc: PayStatementDocument): Promise<Uint8Array> {
  const messages = await loadMessages(doc.locale);
  const t = createTranslator({ locale: doc.locale, messages, namespace: "payroll.statement" });
  const fmt = appFormatter(doc.locale, messages);
  const day = (d: string) => fmt.day(dateColumn(d));
  const title = doc.kind === "COMMISSION_FEE" ? t("commissionTitle") : t("wagesTitle");
  const pdf = await PdfWriter.create({ title, language: intlLocales[doc.locale], subject: `${title} · ${doc.workerName}`, author: doc.payer.name });
  pdf.heading(title);
  pdf.paragraph(t("intro"));
  pdf.keyValues([
    [t("worker"), doc.workerName],
    [t("payer"), [doc.payer.name, doc.payer.businessId ? `${t("businessId")} ${doc.payer.businessId}` : null].filter(Boolean).join(", ")],
    [t("period"), t("periodValue", { from: day(doc.periodStart), to: day(doc.periodEnd) })],
    [t("paymentDate"), day(doc.paymentDate)],
    [t("kindLabel"), doc.kind === "COMMISSION_FEE" ? t("kind_COMMISSION_FEE") : t("kind_WAGES")],
  ]);
  pdf.heading(t("gigs"), 2);
  if (doc.gigs.length === 0) pdf.paragraph(t("noGigs"));
  else {
    pdf.table(
      [
        { header: t("date"), width: 2 },
        { header: t("task"), width: 5 },
        { header: t("time"), width: 2, align: "right" },
        { header: t("hourly"), width: 2, align: "right" },
        { header: t("gross"), width: 2, align: "right" },
      ],
      doc.gigs.map((g) => [day(g.workDate), g.description, fmt.minutes(g.minutes), fmt.euros(g.hourlyPayCents), fmt.euros(g.grossCents)]),
    );
  }
  pdf.space(8);
  pdf.keyValues([
    [t("grossTotal"), fmt.euros(doc.grossCents)],
    [t("withholding", { rate: fmt.rate(doc.withholdingBp) }), `−${fmt.euros(doc.withholdingCents)}`],
    [t("net"), fmt.euros(doc.netCents)],
  ]);
  pdf.paragraph(doc.taxCardRecorded ? t("taxCardRecorded") : t("noTaxCard"), { muted: true });
  pdf.paragraph(doc.ibanEnding ? t("account", { ending: doc.ibanEnding }) : t("noAccount"));
  pdf.paragraph(t("questions"), { muted: true });
  return pdf.save();
}
