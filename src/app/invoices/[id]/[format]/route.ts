import { invoiceDownload } from "@/features/invoicing/download";

export const dynamic = "force-dynamic";

// /invoices/<id>/pdf, /finvoice, /peppol, /csv: one invoice's outputs (permission checked inside).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format } = await params;
  return invoiceDownload(id, format);
}
