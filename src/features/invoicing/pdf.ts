// The invoice or credit note as a PDF, in the buyer's language (fi/sv/en), written from the one
// InvoiceDocument (ADR 062). Pure over the document: the only I/O is the font read in lib/pdf.
import { createTranslator } from "next-intl";
import { appFormatter } from "@/i18n/format";
import { intlLocales } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";
import { dateColumn } from "@/lib/dates";
import { PdfWriter } from "@/lib/pdf";
import type { InvoiceDocument, InvoiceLine, InvoiceParty } from "./document";
import { isPayable, vatNumber } from "./einvoice";
import { formatIban, formatReference, virtualBarCode } from "./reference";

export { isPayable };

export async function invoiceTexts(locale: InvoiceDocument["locale"]) {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "invoicing.document" });
  const fmt = appFormatter(locale, messages);
  const day = (d: string) => fmt.day(dateColumn(d));
  const signedMinutes = (m: number) => (m < 0 ? `−${fmt.minutes(-m)}` : fmt.minutes(m));
  // "+ 0": a negative amount that rounded to nothing (-0) must not print as "-0,00 €".
  const euros = (cents: number) => fmt.euros(cents + 0);
  return { t, fmt, day, signedMinutes, euros };
}

export async function invoicePdf(doc: InvoiceDocument): Promise<Uint8Array> {
  const { t, fmt, day, signedMinutes, euros } = await invoiceTexts(doc.locale);
  const kind = doc.kind === "CREDIT_NOTE" ? t("creditNote") : t("invoice");
  const title = t("title", { kind, number: doc.number });
  const pdf = await PdfWriter.create({
    title,
    language: intlLocales[doc.locale],
    subject: `${title} · ${doc.buyer.name}`,
    author: doc.seller.name,
    keywords: [kind, doc.number, doc.referenceNumber],
  });

  const party = (p: InvoiceParty, withVat: boolean) =>
    [
      p.name,
      p.streetAddress,
      [p.postalCode, p.city].filter(Boolean).join(" ") || null,
      p.countryCode !== "FI" ? p.countryCode : null,
      p.businessId ? `${t("businessId")} ${p.businessId}` : null,
      withVat && p.businessId && !doc.vatExempt ? `${t("vatNumber")} ${vatNumber(p.businessId)}` : null,
      p.eInvoiceAddress ? `${t("eInvoiceAddress")} ${p.eInvoiceAddress}` : null,
      p.eInvoiceOperator ? `${t("operator")} ${p.eInvoiceOperator}` : null,
      p.email,
      p.phone,
    ].filter((l): l is string => !!l);

  pdf.heading(title);
  pdf.columns([
    { title: t("seller"), lines: party(doc.seller, true) },
    { title: t("buyer"), lines: party(doc.buyer, false) },
  ]);

  const facts: [string, string][] = [
    [t("number"), doc.number],
    [t("issueDate"), day(doc.issueDate)],
  ];
  if (doc.kind === "INVOICE") facts.push([t("dueDate"), day(doc.dueDate)]);
  facts.push([t("period"), t("periodValue", { from: day(doc.periodStart), to: day(doc.periodEnd) })]);
  if (doc.buyerReference) facts.push([t("buyerReference"), doc.buyerReference]);
  facts.push([t("reference"), formatReference(doc.referenceNumber)]);
  pdf.keyValues(facts, { labelWidth: 170 });
  if (doc.creditedInvoice) {
    pdf.paragraph(t("creditFor", { number: doc.creditedInvoice.number, date: day(doc.creditedInvoice.issueDate) }), { bold: true, gap: 8 });
  }

  pdf.heading(t("lines"), 2);
  const quantity = (l: InvoiceLine) => (l.unitCount !== null ? t("pieces", { count: l.unitCount }) : signedMinutes(l.minutes));
  const unitPrice = (l: InvoiceLine) => (l.unitCount !== null ? euros(l.unitPriceCents) : t("perHour", { price: euros(l.unitPriceCents) }));
  pdf.table(
    [
      // Weights measured so "−10 h 30 min", "1 234,50 €/h", "25,5 %" and "−123 456,78 €" fit on one line.
      { header: t("lineNo"), width: 0.5 },
      { header: t("date"), width: 1.3 },
      { header: t("description"), width: 3.5 },
      { header: t("order"), width: 0.9 },
      { header: t("quantity"), width: 1.6, align: "right" },
      { header: t("unitPrice"), width: 1.7, align: "right" },
      { header: t("vatRate"), width: 1, align: "right" },
      { header: t("net"), width: 2, align: "right" },
    ],
    doc.lines.map((l) => [
      String(l.lineNo),
      day(l.workDate),
      l.description,
      String(l.orderNumber),
      quantity(l),
      unitPrice(l),
      fmt.rate(l.vatRateBp),
      euros(l.netCents),
    ]),
    { size: 8.5 },
  );

  if (doc.vatExempt) pdf.paragraph(t("vatExempt"), { bold: true, gap: 8 });
  else {
    // VAT per rate with the totals as its last row: the usual Finnish layout, one table.
    pdf.heading(t("vat"), 2);
    const rows = doc.vatBreakdown.map((v) => [fmt.rate(v.rateBp), euros(v.netCents), euros(v.vatCents), euros(v.netCents + v.vatCents)]);
    rows.push([t("totalGross"), euros(doc.totals.netCents), euros(doc.totals.vatCents), euros(doc.totals.grossCents)]);
    pdf.table(
      [
        { header: t("rate"), width: 1.5 },
        { header: t("vatBase"), width: 1.5, align: "right" },
        { header: t("vatAmount"), width: 1.5, align: "right" },
        { header: t("totalGross"), width: 1.5, align: "right" },
      ],
      rows,
      { boldRows: [rows.length - 1], ruleAbove: [rows.length - 1] },
    );
  }
  pdf.keyValues([[doc.kind === "CREDIT_NOTE" ? t("toCredit") : t("toPay"), euros(doc.totals.grossCents)]], { labelWidth: 170, size: 12 });

  pdf.heading(t("payment"), 2);
  if (isPayable(doc)) {
    pdf.keyValues(
      [
        [t("iban"), formatIban(doc.seller.iban)],
        [t("bic"), doc.seller.bic],
        [t("reference"), formatReference(doc.referenceNumber)],
        [t("rfReference"), formatReference(doc.rfReference)],
      ],
      { labelWidth: 170 },
    );
    pdf.paragraph(t("payWithReference"));
    const barCode = virtualBarCode(doc.seller.iban, doc.totals.grossCents, doc.referenceNumber, doc.dueDate);
    if (barCode) {
      // On a line of its own, never wrapped: the payer copies all 54 digits at once.
      pdf.paragraph(t("virtualBarCode"), { size: 9, muted: true, gap: 0 });
      pdf.paragraph(barCode, { size: 10, bold: true, gap: 2 });
      pdf.paragraph(t("barCodeHelp"), { muted: true, size: 9 });
    }
  } else {
    pdf.paragraph(t("creditNoPayment"), { bold: true });
  }
  if (doc.notes) pdf.paragraph(doc.notes, { gap: 6 });
  const contact = [doc.seller.email, doc.seller.phone].filter(Boolean).join(" · ");
  if (contact) pdf.paragraph(t("contact", { contact }), { muted: true, size: 9 });

  return pdf.save(doc.seller.businessId ? t("footer", { seller: doc.seller.name, businessId: doc.seller.businessId }) : doc.seller.name);
}
