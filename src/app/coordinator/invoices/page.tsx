import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/Card";
import { SectionHeading, TextLink } from "@/components/ui/Text";
import { ImportPaymentsForm, RunInvoicesForm, RunOrderInvoiceForm } from "@/features/invoicing/components/InvoiceForms";
import { InvoiceList } from "@/features/invoicing/components/InvoiceViews";
import { jobcenterAutoInvoicing, listJobcenterInvoices, listRuns, ordersReadyToInvoice } from "@/features/invoicing/queries";
import { AutoInvoicingCard } from "@/features/invoicing/components/AutoInvoicingCard";
import { getAppFormatter } from "@/i18n/server";
import { dayKey } from "@/lib/dates";
import { requireRole } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("invoicing.pages");
  return { title: t("title") };
}

/** The previous month, "YYYY-MM": the run's usual choice. */
function lastMonth(today: string): string {
  const [y, m] = today.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

// The coordinator's invoices: the month's run, the bank's payments, and every invoice of their Jobcenter.
export default async function Page({ searchParams }: { searchParams: Promise<{ before?: string }> }) {
  const { db, user, now } = await requireRole("COORDINATOR");
  const jobcenterId = user.grants.find((g) => g.role === "COORDINATOR" && g.jobcenterId)?.jobcenterId;
  const t = await getTranslations("invoicing.pages");
  const fmt = await getAppFormatter();
  if (!jobcenterId) return <PageHeader title={t("title")} />;
  const before = Number((await searchParams).before);
  const page = await listJobcenterInvoices(db, jobcenterId, Number.isSafeInteger(before) && before > 0 ? before : undefined);
  const runs = await listRuns(db, jobcenterId);
  const ready = await ordersReadyToInvoice(db, jobcenterId);
  const auto = await jobcenterAutoInvoicing(db, jobcenterId);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="mb-8 grid gap-6 lg:grid-cols-2">
        <Card>
          <RunInvoicesForm jobcenterId={jobcenterId} defaultMonth={lastMonth(dayKey(now()))} />
        </Card>
        <Card>
          <ImportPaymentsForm jobcenterId={jobcenterId} />
        </Card>
        <Card>
          <AutoInvoicingCard jobcenterId={jobcenterId} on={auto?.autoInvoicing ?? false} />
        </Card>
        {ready.length ? (
          <Card>
            <RunOrderInvoiceForm jobcenterId={jobcenterId} orders={ready.map((o) => ({ id: o.id, label: `${o.number} · ${o.title} · ${o.orderer.name}` }))} />
          </Card>
        ) : null}
      </div>
      <InvoiceList
        rows={page.rows}
        party="buyer"
        hrefOf={(id) => `/coordinator/invoices/${id}`}
        next={page.nextBefore ? `/coordinator/invoices?before=${page.nextBefore}` : null}
        first={before ? "/coordinator/invoices" : null}
      />
      {runs.length ? (
        <section aria-labelledby="runs" className="mt-8">
          <SectionHeading id="runs">{t("runs.title")}</SectionHeading>
          <ul className="divide-y divide-gray-200 rounded-xl border border-gray-200 bg-white">
            {runs.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-4 px-4 py-2">
                <span className="font-semibold">{r.periodKey}</span>
                <span className="text-muted">
                  {fmt.date(r.createdAt)} · {t("runs.count", { count: r._count.invoices })}
                  {r.byUserId === null ? ` · ${t("autoRun.scheduled")}` : ""}
                </span>
                {r._count.invoices ? <TextLink href={`/invoices/runs/${r.id}/csv`}>{t("runs.csv")}</TextLink> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
