import { can } from "@/features/auth/permissions";
import { getContext } from "@/server/context";
import { invoicesCsv } from "./csv";
import { attachmentHeader, invoiceOutput, isInvoiceFormat } from "./outputs";
import { findInvoice, invoiceDocument, runInvoices } from "./queries";

// The downloads of an invoice, behind the page's own permission (invoice.read): the seller's
// coordinators, the buyer's contacts and admins. Anyone else gets 404, as for pages.

const notFound = () => new Response("Not found", { status: 404 });
const headers = (contentType: string, fileName: string) => ({ "content-type": contentType, "content-disposition": attachmentHeader(fileName), "cache-control": "private, no-store" });

export async function invoiceDownload(invoiceId: string, format: string): Promise<Response> {
  if (!isInvoiceFormat(format)) return notFound();
  const ctx = await getContext();
  if (!ctx.user) return notFound();
  const inv = await findInvoice(ctx.db, invoiceId);
  if (!inv || !can(ctx.user, "invoice.read", { jobcenterId: inv.jobcenterId, ordererId: inv.ordererId })) return notFound();
  const out = await invoiceOutput(invoiceDocument(inv), format);
  return new Response(Buffer.from(out.body), { headers: headers(out.contentType, out.fileName) });
}

/** A run's invoices as one CSV for the city's finance system: the seller's coordinators (invoice.run). */
export async function runCsvDownload(runId: string): Promise<Response> {
  const ctx = await getContext();
  if (!ctx.user) return notFound();
  const found = await runInvoices(ctx.db, runId);
  if (!found || !can(ctx.user, "invoice.run", { jobcenterId: found.run.jobcenterId })) return notFound();
  const csv = invoicesCsv(found.invoices.map(invoiceDocument));
  const name = `laskut-${found.run.periodKey.replace(/[^0-9A-Za-z-]/g, "_")}.csv`;
  return new Response(csv, { headers: headers("text/csv; charset=utf-8", name) });
}
