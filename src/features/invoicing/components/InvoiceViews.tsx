import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge, EmptyState } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { SectionHeading, TextLink } from "@/components/ui/Text";
import { dateColumn } from "@/lib/dates";
import { getAppFormatter } from "@/i18n/server";
import type { InvoiceDocument } from "../document";
import { formatIban, formatReference } from "../reference";

interface ListRow {
  id: string;
  kind: "INVOICE" | "CREDIT_NOTE";
  number: number;
  status: "SENT" | "PAID" | "CREDITED";
  issueDate: Date;
  dueDate: Date;
  grossCents: number;
  orderer: { name: string };
  jobcenter: { name: string };
}

const statusTone = { SENT: "info", PAID: "ok", CREDITED: "neutral" } as const;

/** A page of invoices; `hrefOf` gives each row's page, `next` the following page. */
export async function InvoiceList({ rows, hrefOf, next, first, party }: { rows: ListRow[]; hrefOf: (id: string) => string; next: string | null; first: string | null; party: "buyer" | "seller" }) {
  const t = await getTranslations("invoicing.pages");
  const fmt = await getAppFormatter();
  if (rows.length === 0) return <EmptyState>{t("none")}</EmptyState>;
  return (
    <>
      <DataTable
        label={t("title")}
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: t("number"), cell: (r) => <TextLink href={hrefOf(r.id)}>{r.number}</TextLink>, className: "font-semibold" },
          { header: t("kind"), cell: (r) => t(`kindValue.${r.kind}`) },
          { header: party === "buyer" ? t("buyer") : t("sellerName"), cell: (r) => (party === "buyer" ? r.orderer.name : r.jobcenter.name) },
          { header: t("issueDate"), cell: (r) => fmt.day(r.issueDate) },
          { header: t("dueDate"), cell: (r) => fmt.day(r.dueDate) },
          { header: t("total"), cell: (r) => fmt.euros(r.grossCents), className: "text-right tabular-nums" },
          { header: t("status"), cell: (r) => <Badge tone={statusTone[r.status]}>{t(`statusValue.${r.status}`)}</Badge> },
        ]}
      />
      <nav aria-label={t("title")} className="mt-3 flex gap-4">
        {first ? <TextLink href={first}>{t("first")}</TextLink> : null}
        {next ? <TextLink href={next}>{t("next")}</TextLink> : null}
      </nav>
    </>
  );
}

/**
 * One invoice as it was sent: the parties, dates, references, lines, VAT per rate and totals,
 * with its downloads. `lineExtra` lets the coordinator's page add a correction per line.
 */
export async function InvoiceView({
  doc,
  invoiceId,
  creditedLineNos,
  lineExtra,
}: {
  doc: InvoiceDocument;
  invoiceId: string;
  creditedLineNos: ReadonlySet<number>;
  lineExtra?: (line: InvoiceDocument["lines"][number]) => ReactNode;
}) {
  const t = await getTranslations("invoicing.pages");
  const fmt = await getAppFormatter();
  const day = (d: string) => fmt.day(dateColumn(d));
  const downloads = (["pdf", "finvoice", "peppol"] as const).map((f) => ({ f, href: `/invoices/${invoiceId}/${f}` }));
  return (
    <>
      <dl className="mb-6 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("sellerName")}</dt>
        <dd>
          {doc.seller.name} · {doc.seller.businessId} · {formatIban(doc.seller.iban)} · {doc.seller.bic}
        </dd>
        <dt className="font-semibold">{t("buyer")}</dt>
        <dd>
          {doc.buyer.name}
          {doc.buyer.businessId ? ` · ${doc.buyer.businessId}` : ""}
        </dd>
        <dt className="font-semibold">{t("issueDate")}</dt>
        <dd>{day(doc.issueDate)}</dd>
        <dt className="font-semibold">{t("dueDate")}</dt>
        <dd>{day(doc.dueDate)}</dd>
        <dt className="font-semibold">{t("detail.period")}</dt>
        <dd>
          {day(doc.periodStart)}–{day(doc.periodEnd)}
        </dd>
        <dt className="font-semibold">{t("detail.reference")}</dt>
        <dd className="tabular-nums">{formatReference(doc.referenceNumber)}</dd>
        <dt className="font-semibold">{t("detail.rf")}</dt>
        <dd className="tabular-nums">{doc.rfReference}</dd>
        {doc.buyerReference ? (
          <>
            <dt className="font-semibold">{t("detail.buyerReference")}</dt>
            <dd>{doc.buyerReference}</dd>
          </>
        ) : null}
        {doc.creditedInvoice ? (
          <>
            <dt className="font-semibold">{t("detail.creditFor")}</dt>
            <dd>
              {doc.creditedInvoice.number} ({day(doc.creditedInvoice.issueDate)})
            </dd>
          </>
        ) : null}
      </dl>
      {doc.vatExempt ? <p className="mb-4 font-semibold">{t("detail.vatExempt")}</p> : null}
      <SectionHeading>{t("lines.title")}</SectionHeading>
      <DataTable
        label={t("lines.title")}
        className="mb-6"
        rows={doc.lines}
        rowKey={(l) => String(l.lineNo)}
        columns={[
          { header: "#", cell: (l) => l.lineNo },
          { header: t("lines.date"), cell: (l) => day(l.workDate) },
          {
            header: t("lines.description"),
            cell: (l) => (
              <>
                {l.kind === "CANCELLATION_FEE" ? `${t("lines.fee")}: ` : ""}
                {l.description}
                {creditedLineNos.has(l.lineNo) ? (
                  <>
                    {" "}
                    <Badge>{t("lines.credited")}</Badge>
                  </>
                ) : null}
                {lineExtra?.(l)}
              </>
            ),
          },
          { header: t("lines.hours"), cell: (l) => (l.unitCount != null ? `${l.unitCount}` : fmt.minutes(Math.abs(l.minutes)) + (l.minutes < 0 ? " −" : "")), className: "tabular-nums" },
          { header: t("lines.unitPrice"), cell: (l) => fmt.euros(l.unitPriceCents), className: "text-right tabular-nums" },
          { header: t("lines.vat"), cell: (l) => fmt.rate(l.vatRateBp), className: "text-right tabular-nums" },
          { header: t("lines.net"), cell: (l) => fmt.euros(l.netCents), className: "text-right tabular-nums" },
        ]}
      />
      <SectionHeading>{t("vatRows.title")}</SectionHeading>
      <DataTable
        label={t("vatRows.title")}
        className="mb-3"
        rows={doc.vatBreakdown}
        rowKey={(r) => String(r.rateBp)}
        columns={[
          { header: t("vatRows.rate"), cell: (r) => fmt.rate(r.rateBp) },
          { header: t("vatRows.net"), cell: (r) => fmt.euros(r.netCents), className: "text-right tabular-nums" },
          { header: t("vatRows.vat"), cell: (r) => fmt.euros(r.vatCents), className: "text-right tabular-nums" },
        ]}
      />
      <dl className="mb-6 grid max-w-md grid-cols-[1fr_auto] gap-x-6 gap-y-1">
        <dt>{t("vatRows.totalNet")}</dt>
        <dd className="text-right tabular-nums">{fmt.euros(doc.totals.netCents)}</dd>
        <dt>{t("vatRows.totalVat")}</dt>
        <dd className="text-right tabular-nums">{fmt.euros(doc.totals.vatCents)}</dd>
        <dt className="font-bold">{t("vatRows.totalGross")}</dt>
        <dd className="text-right font-bold tabular-nums">{fmt.euros(doc.totals.grossCents)}</dd>
      </dl>
      <SectionHeading>{t("detail.downloads")}</SectionHeading>
      <ul className="mb-6 flex flex-wrap gap-4">
        {downloads.map((d) => (
          <li key={d.f}>
            <a href={d.href} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline" download>
              {t(`detail.${d.f}`)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
