import type { Db } from "@/server/db";
import { invoiceOutput } from "@/features/invoicing/outputs";
import { findInvoice, invoiceDocument } from "@/features/invoicing/queries";
import { DeliveryError, type MessageAttachment } from "./channels";

// What an outbox row asks to attach, built when it is sent (ADR 061): the row names the invoice,
// and its PDF is made from the stored invoice, the same document the download gives.

export async function outboxAttachments(db: Db, m: { attachInvoiceId: string | null }): Promise<MessageAttachment[]> {
  if (!m.attachInvoiceId) return [];
  const inv = await findInvoice(db, m.attachInvoiceId);
  // Invoices are never deleted; should one be missing, retrying cannot bring it back.
  if (!inv) throw new DeliveryError(`invoice ${m.attachInvoiceId} to attach is missing`, false);
  const out = await invoiceOutput(invoiceDocument(inv), "pdf");
  return [{ filename: out.fileName, content: out.body, contentType: out.contentType }];
}
