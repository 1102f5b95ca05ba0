import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/Card";
import { buttonClass } from "@/components/ui/Button";
import { SectionHeading } from "@/components/ui/Text";
import { ReportView } from "@/features/reports/components/ReportView";
import { PeriodForm } from "@/features/reports/components/PeriodForm";
import { reportJobcenters } from "@/features/reports/queries";
import { parsePeriod } from "@/features/reports/rules";
import { getAppFormatter } from "@/i18n/server";
import { dateColumn, dayKey } from "@/lib/dates";
import { requireUser } from "@/server/page";

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

// /reports: the figures of one Jobcenter the person may read (reports.view), for a period.
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { db, user, now } = await requireUser();
  const raw = await searchParams;
  const q = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, one(v)]));
  const jobcenters = await reportJobcenters(db, user);
  if (jobcenters.length === 0) notFound();
  const jobcenter = q.jobcenter ? jobcenters.find((j) => j.id === q.jobcenter) : jobcenters[0];
  if (!jobcenter) notFound();
  const at = now();
  const today = dayKey(at);
  const period = parsePeriod(q, today);
  const t = await getTranslations("reports");
  const fmt = await getAppFormatter();
  const range = t("period.range", { from: fmt.day(dateColumn(period.from)), to: fmt.day(dateColumn(period.to)) });
  const exportQuery = new URLSearchParams({ from: period.from, to: period.to, jobcenter: jobcenter.id }).toString();
  const pdfQuery = new URLSearchParams({ period: "custom", from: period.from, to: period.to, jobcenter: jobcenter.id }).toString();
  return (
    <>
      <PageHeader title={`${t("title")}: ${jobcenter.name}`} lead={t("lead")} />
      <PeriodForm jobcenters={jobcenters} jobcenterId={jobcenter.id} period={period} query={q} today={today} />
      <p className="mb-6 text-lg font-semibold" data-testid="report-range">
        {range}
      </p>
      <section aria-labelledby="downloads" className="mb-8">
        <SectionHeading id="downloads" level={3}>
          {t("exports.title")}
        </SectionHeading>
        <ul className="flex flex-wrap gap-3">
          <li>
            <a className={buttonClass("secondary")} href={`/reports/export.csv?${exportQuery}`} download>
              {t("exports.csv")}
            </a>
          </li>
          <li>
            <a className={buttonClass("secondary")} href={`/reports/export.xlsx?${exportQuery}`} download>
              {t("exports.xlsx")}
            </a>
          </li>
          <li>
            <a className={buttonClass("secondary")} href={`/reports/funder.pdf?${pdfQuery}`} download>
              {t("exports.pdf")}
            </a>
          </li>
        </ul>
      </section>
      <ReportView db={db} jobcenter={jobcenter} period={period} now={at} today={today} />
    </>
  );
}
