import { runCsvDownload } from "@/features/invoicing/download";

export const dynamic = "force-dynamic";

// /invoices/runs/<id>/csv: every invoice of one run for the finance system (permission checked inside).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return runCsvDownload(id);
}
