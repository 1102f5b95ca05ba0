import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { NewPayRunForm } from "@/features/payroll/components/NewPayRunForm";
import { listJobcentersByIds, listPayRuns } from "@/features/payroll/queries";
import { defaultPaymentDate, monthPeriod } from "@/features/payroll/rules";
import { getAppFormatter } from "@/i18n/server";
import { addHelsinkiDays, dayKey, startOfHelsinkiMonth } from "@/lib/dates";
import { requireRole } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("payroll.runs");
  return { title: t("title") };
}

// The coordinator's pay runs (ADR 063), newest month first, a page at a time.
export default async function Page({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { db, user, now } = await requireRole("COORDINATOR");
  const { after } = await searchParams;
  const jobcenterIds = user.grants.filter((g) => g.role === "COORDINATOR" && g.jobcenterId).map((g) => g.jobcenterId!);
  const [jobcenters, page] = [await listJobcentersByIds(db, jobcenterIds), await listPayRuns(db, jobcenterIds, after ?? null)];
  const t = await getTranslations("payroll");
  const fmt = await getAppFormatter();
  const lastMonth = dayKey(addHelsinkiDays(startOfHelsinkiMonth(now()), -1)).slice(0, 7);
  return (
    <>
      <PageHeader title={t("runs.title")} lead={t("runs.lead")} />
      <Card className="mb-6">
        <NewPayRunForm jobcenters={jobcenters} defaultMonth={lastMonth} defaultPaymentDate={defaultPaymentDate(monthPeriod(lastMonth))} />
      </Card>
      {page.rows.length === 0 ? (
        <EmptyState>{t("runs.empty")}</EmptyState>
      ) : (
        <DataTable
          label={t("runs.label")}
          rows={page.rows}
          rowKey={(r) => r.id}
          columns={[
            { header: t("runs.period"), cell: (r) => <Link className="font-semibold text-brand-700 underline" href={`/coordinator/pay/${r.id}`}>{`${fmt.day(r.periodStart)}–${fmt.day(r.periodEnd)}`}</Link> },
            ...(jobcenters.length > 1 ? [{ header: t("runs.jobcenter"), cell: (r: (typeof page.rows)[number]) => r.jobcenter.name }] : []),
            { header: t("runs.status"), cell: (r) => <Badge tone={r.status === "CONFIRMED" ? "ok" : "warn"}>{t(`status.${r.status}`)}</Badge> },
            { header: t("runs.workers"), cell: (r) => r._count.lines, className: "text-right" },
            { header: t("runs.gross"), cell: (r) => fmt.euros(r.grossCents), className: "text-right" },
            { header: t("runs.net"), cell: (r) => fmt.euros(r.netCents), className: "text-right" },
          ]}
        />
      )}
      {page.next ? (
        <p className="mt-4">
          <Link className="font-semibold text-brand-700 underline" href={`/coordinator/pay?after=${page.next}`}>
            {t("runs.next")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
