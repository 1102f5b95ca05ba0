import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Badge, PageHeader } from "@/components/ui/Card";
import { can } from "@/features/auth/permissions";
import { InvoiceView } from "@/features/invoicing/components/InvoiceViews";
import { findInvoice, invoiceDocument, invoiceHistory } from "@/features/invoicing/queries";
import { requireRole } from "@/server/page";

// One of the orderer's own invoices, as it was sent, with its downloads.
export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, user } = await requireRole("ORDERER_CONTACT");
  const inv = await findInvoice(db, id);
  if (!inv || !can(user, "invoice.read", { ordererId: inv.ordererId })) notFound();
  const t = await getTranslations("invoicing.pages");
  const history = await invoiceHistory(db, inv.id);
  const creditedLineNos = new Set(inv.lines.filter((l) => history.creditedLineIds.has(l.id)).map((l) => l.lineNo));
  return (
    <>
      <PageHeader title={`${t(`kindValue.${inv.kind}`)} ${inv.number}`} actions={<Badge>{t(`statusValue.${inv.status}`)}</Badge>} />
      <InvoiceView doc={invoiceDocument(inv)} invoiceId={inv.id} creditedLineNos={creditedLineNos} />
    </>
  );
}
