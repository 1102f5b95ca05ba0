import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { SectionHeading, TextLink } from "@/components/ui/Text";
import { can } from "@/features/auth/permissions";
import { CorrectLineForm, CreditInvoiceForm, MarkPaidForm, OrdererBillingForm } from "@/features/invoicing/components/InvoiceForms";
import { InvoiceView } from "@/features/invoicing/components/InvoiceViews";
import { findInvoice, invoiceDocument, invoiceHistory, ordererBilling } from "@/features/invoicing/queries";
import { getAppFormatter } from "@/i18n/server";
import { dayKey } from "@/lib/dates";
import { requireRole } from "@/server/page";

// One invoice for the coordinator: what was sent, its downloads, credit notes and payments.
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, user, now } = await requireRole("COORDINATOR");
  const inv = await findInvoice(db, id);
  if (!inv || !can(user, "invoice.read", { jobcenterId: inv.jobcenterId, ordererId: inv.ordererId })) notFound();
  const t = await getTranslations("invoicing.pages");
  const fmt = await getAppFormatter();
  const doc = invoiceDocument(inv);
  const history = await invoiceHistory(db, inv.id);
  const creditedLineNos = new Set(inv.lines.filter((l) => history.creditedLineIds.has(l.id)).map((l) => l.lineNo));
  const gigOf = new Map(inv.lines.map((l) => [l.lineNo, l.gigId]));
  const open = inv.kind === "INVOICE" && inv.status !== "CREDITED";
  const billing = await ordererBilling(db, inv.ordererId);
  return (
    <>
      <PageHeader
        title={`${t(`kindValue.${inv.kind}`)} ${inv.number}`}
        lead={inv.kind === "INVOICE" ? undefined : t("detail.creditFor")}
        actions={<Badge>{t(`statusValue.${inv.status}`)}</Badge>}
      />
      <InvoiceView
        doc={doc}
        invoiceId={inv.id}
        creditedLineNos={creditedLineNos}
        lineExtra={(l) => {
          const gigId = gigOf.get(l.lineNo);
          return open && gigId && !creditedLineNos.has(l.lineNo) ? <CorrectLineForm gigId={gigId} minutes={l.minutes} lineNo={l.lineNo} /> : null;
        }}
      />
      {inv.creditedInvoice ? (
        <p className="mb-6">
          {t("detail.creditFor")}: <TextLink href={`/coordinator/invoices/${inv.creditedInvoice.id}`}>{inv.creditedInvoice.number}</TextLink>
        </p>
      ) : null}
      {history.creditNotes.length ? (
        <section aria-labelledby="credit-notes" className="mb-6">
          <SectionHeading id="credit-notes">{t("detail.creditNotes")}</SectionHeading>
          <ul>
            {history.creditNotes.map((c) => (
              <li key={c.id}>
                <TextLink href={`/coordinator/invoices/${c.id}`}>
                  {c.number} · {fmt.day(c.issueDate)} · {fmt.euros(c.grossCents)}
                </TextLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {inv.kind === "INVOICE" ? (
        <section aria-labelledby="payments" className="mb-6">
          <SectionHeading id="payments">{t("detail.paymentsTitle")}</SectionHeading>
          {history.payments.length ? (
            <ul className="mb-3">
              {history.payments.map((p) => (
                <li key={p.id}>
                  {fmt.day(p.paidOn)} · {fmt.euros(p.amountCents)}
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>{t("detail.noPayments")}</EmptyState>
          )}
        </section>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {inv.status === "SENT" && inv.kind === "INVOICE" ? (
          <Card>
            <MarkPaidForm invoiceId={inv.id} today={dayKey(now())} />
          </Card>
        ) : null}
        {open ? (
          <Card>
            <CreditInvoiceForm invoiceId={inv.id} />
          </Card>
        ) : null}
        {billing?.kind === "CITY_UNIT" ? (
          <Card>
            <OrdererBillingForm ordererId={billing.id} internalBilling={billing.internalBilling} costCentre={billing.costCentre} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
