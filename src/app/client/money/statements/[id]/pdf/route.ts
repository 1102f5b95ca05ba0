import { getLocale } from "next-intl/server";
import { readStatement } from "@/features/payroll/queries";
import { payStatementDocument } from "@/features/payroll/rules";
import { payStatementPdf } from "@/features/payroll/statement-pdf";
import { dayOfDateColumn } from "@/lib/dates";
import { getContext } from "@/server/context";

export const dynamic = "force-dynamic";

// A pay statement of a confirmed run as a PDF: the worker's own, or their unit staff's or
// coordinator's (audited). Anyone else, or a draft run, gets 404 as for pages.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getContext();
  if (!ctx.user) return new Response("Not found", { status: 404 });
  const line = await readStatement(ctx.db, ctx.user, id);
  if (!line) return new Response("Not found", { status: 404 });
  const locale = await getLocale();
  const doc = payStatementDocument(
    {
      periodStart: dayOfDateColumn(line.payRun.periodStart),
      periodEnd: dayOfDateColumn(line.payRun.periodEnd),
      paymentDate: dayOfDateColumn(line.payRun.paymentDate),
      payer: { name: line.payRun.jobcenter.name, businessId: null, streetAddress: null, postalCode: null, city: null },
    },
    line,
    locale,
  );
  const bytes = await payStatementPdf(doc);
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="palkkalaskelma-${doc.periodStart.slice(0, 7)}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
