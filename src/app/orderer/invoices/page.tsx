import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/Card";
import { InvoiceList } from "@/features/invoicing/components/InvoiceViews";
import { listOrdererInvoices } from "@/features/invoicing/queries";
import { requireRole } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("invoicing.pages");
  return { title: t("title") };
}

// The orderer's own invoices and credit notes, newest first.
export default async function Page({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { db, user } = await requireRole("ORDERER_CONTACT");
  const ordererIds = user.grants.filter((g) => g.role === "ORDERER_CONTACT" && g.ordererId).map((g) => g.ordererId!);
  const { after } = await searchParams;
  const cursor = typeof after === "string" && /^[\w-]{1,64}$/.test(after) ? after : undefined;
  const page = await listOrdererInvoices(db, ordererIds, cursor);
  const t = await getTranslations("invoicing.pages");
  return (
    <>
      <PageHeader title={t("title")} lead={t("ordererLead")} />
      <InvoiceList
        rows={page.rows}
        party="seller"
        hrefOf={(id) => `/orderer/invoices/${id}`}
        next={page.nextAfter ? `/orderer/invoices?after=${page.nextAfter}` : null}
        first={cursor ? "/orderer/invoices" : null}
      />
    </>
  );
}
