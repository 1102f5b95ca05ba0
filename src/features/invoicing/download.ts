import { can } from "@/features/auth/permissions";
import { getContext } from "@/server/context";
import { finvoiceXml } from "./finvoice";
import { invoicePdf } from "./pdf";
import { findInvoice, invoiceDocument } from "./queries";

// The downloads of an invoice, behind the page's own permission (invoice.read): the seller's
// coordinators, the buyer's contacts and admins. Anyone else gets 404, as for pages.

const notFound = () => new Response("Not found", { status: 404 });

export const invoiceFormats = ["pdf", "finvoice"] as const;
export type InvoiceFormat = (typeof invoiceFormats)[number];

export async function invoiceDownload(invoiceId: string, format: string): Promise<Response> {
  if (!(invoiceFormats as readonly string[]).includes(format)) return notFound();
  const ctx = await getContext();
  if (!ctx.user) return notFound();
  const inv = await findInvoice(ctx.db, invoiceId);
  if (!inv || !can(ctx.user, "invoice.read", { jobcenterId: inv.jobcenterId, ordererId: inv.ordererId })) return notFound();
  const doc = invoiceDocument(inv);
  const base = `${doc.kind === "CREDIT_NOTE" ? "hyvityslasku" : "lasku"}-${doc.number}`;
  const headers = (type: string, name: string) => ({ "content-type": type, "content-disposition": `attachment; filename="${name}"`, "cache-control": "private, no-store" });
  switch (format as InvoiceFormat) {
    case "pdf":
      return new Response(Buffer.from(await invoicePdf(doc)), { headers: headers("application/pdf", `${base}.pdf`) });
    case "finvoice":
      return new Response(finvoiceXml(doc), { headers: headers("application/xml; charset=utf-8", `${base}-finvoice.xml`) });
  }
}
