import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { SectionHeading } from "@/components/ui/Text";
import { getAppFormatter } from "@/i18n/server";
import type { Db } from "@/server/db";
import { hoursOf } from "../exports";
import { clientRatingOfGigs, groupFigures, jobcenterFigures, monthlyFigures, paidWorkShare, pathwayCounts, unitFigures } from "../queries";
import { cohortShare, exportCount, pathwayTable, smallCell, splits, unitRows, type Period, type Shown } from "../rules";
import { BarChart, HBarChart, LineChart } from "./Charts";

/** The figures of one Jobcenter for one period: summary, units, months (charts and table), splits, pathways. */
export async function ReportView({ db, jobcenter, period, now, today }: { db: Db; jobcenter: { id: string; name: string }; period: Period; now: Date; today: string }) {
  const t = await getTranslations("reports");
  const fmt = await getAppFormatter();
  // One query after another: each is a single aggregate, and the page holds one connection.
  const units = unitRows(await unitFigures(db, jobcenter.id, period, now));
  const totals = await jobcenterFigures(db, jobcenter.id, period);
  const months = await monthlyFigures(db, [jobcenter.id], period);
  const split = splits(await groupFigures(db, jobcenter.id, period));
  const pathways = pathwayTable(await pathwayCounts(db, jobcenter.id, period), units.rows.map((u) => u.unitId));
  const paid = await paidWorkShare(db, jobcenter.id, period, today);
  const clientRating = await clientRatingOfGigs(db, jobcenter.id, period);

  const hidden = <abbr title={t("hiddenLabel")}>{t("hidden")}</abbr>;
  const show = <T,>(v: Shown<T>, f: (x: NonNullable<T>) => string) => (v.hidden ? hidden : v.value === null || v.value === undefined ? t("none") : f(v.value as NonNullable<T>));
  const n = (x: number) => String(x);
  const rating = (x100: number) => fmt.oneDecimal(x100 / 100);
  const total = units.total;
  const share6 = cohortShare(paid.reached6, paid.cohort6);
  const share12 = cohortShare(paid.reached12, paid.cohort12);

  const figures: { label: string; value: React.ReactNode }[] = [
    { label: t("summary.clientsWorked"), value: show(total.clientsWorked, n) },
    { label: t("summary.approvedHours"), value: fmt.minutes(total.approvedMinutes) },
    { label: t("summary.minutesPerClient"), value: show(total.minutesPerClient, fmt.minutes) },
    { label: t("summary.gigs"), value: n(total.gigs) },
    { label: t("summary.ordersReceived"), value: n(totals.ordersReceived) },
    { label: t("summary.orderers"), value: n(totals.orderers) },
    { label: t("summary.repeatOrderers"), value: n(totals.repeatOrderers) },
    {
      label: t("summary.medianToFirstGig"),
      value: totals.medianHoursToFirstGig === null ? t("none") : t("summary.hoursValue", { hours: fmt.oneDecimal(totals.medianHoursToFirstGig) }),
    },
    { label: t("summary.ordersCancelled"), value: n(totals.ordersCancelled) },
    { label: t("summary.cancelledGigs"), value: n(total.cancelledGigs) },
    { label: t("summary.noShows"), value: n(total.noShows) },
    { label: t("summary.ratingOrderers"), value: show(total.ratingX100, rating) },
    {
      label: t("summary.ratingClients"),
      value: clientRating.ratingCount > 0 ? fmt.oneDecimal(clientRating.ratingSum / clientRating.ratingCount) : t("none"),
    },
    { label: t("summary.invoiced"), value: fmt.euros(totals.invoicedCents) },
    { label: t("summary.paid"), value: fmt.euros(totals.paidCents) },
    { label: t("summary.earnings"), value: show(total.earningsCents, fmt.euros) },
    { label: t("summary.workedShare"), value: show(total.workedShareBp, fmt.rate) },
  ];

  const monthPoints = months.map((m) => ({ label: m.month, value: Math.round(m.approvedMinutes / 60) }));
  const clientPoints = months.map((m) => ({ label: m.month, value: smallCell(m.clientsWorked) ? null : m.clientsWorked }));
  const pathwayPoints = pathways.map((p) => ({ label: t(`pathways.kinds.${p.kind as "STARTED"}`), value: p.total.hidden ? null : p.total.value }));

  return (
    <div className="space-y-8">
      <section aria-labelledby="summary">
        <SectionHeading id="summary">{t("summary.title")}</SectionHeading>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="report-summary">
          {figures.map((f) => (
            <div key={f.label} className="rounded-xl border border-gray-200 bg-white p-3">
              <dt className="text-sm text-muted">{f.label}</dt>
              <dd className="text-xl font-bold">{f.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-muted">{t("smallCells")}</p>
      </section>

      <section aria-labelledby="units">
        <SectionHeading id="units">{t("units.title")}</SectionHeading>
        <DataTable
          label={t("units.caption")}
          rowKey={(r) => r.unitId || "total"}
          rows={[...units.rows, { ...total, unitId: "", unitName: t("units.total") }]}
          columns={[
            { header: t("units.unit"), cell: (r) => r.unitName, className: "font-semibold" },
            { header: t("summary.clientsWorked"), cell: (r) => show(r.clientsWorked, n), className: "text-right" },
            { header: t("summary.approvedHours"), cell: (r) => fmt.minutes(r.approvedMinutes), className: "text-right" },
            { header: t("summary.minutesPerClient"), cell: (r) => show(r.minutesPerClient, fmt.minutes), className: "text-right" },
            { header: t("summary.gigs"), cell: (r) => n(r.gigs), className: "text-right" },
            { header: t("units.ordersWorked"), cell: (r) => n(r.ordersWorked), className: "text-right" },
            { header: t("summary.workedShare"), cell: (r) => show(r.workedShareBp, fmt.rate), className: "text-right" },
            { header: t("summary.cancelledGigs"), cell: (r) => n(r.cancelledGigs), className: "text-right" },
            { header: t("summary.noShows"), cell: (r) => n(r.noShows), className: "text-right" },
            { header: t("summary.ratingOrderers"), cell: (r) => show(r.ratingX100, rating), className: "text-right" },
            { header: t("summary.earnings"), cell: (r) => show(r.earningsCents, fmt.euros), className: "text-right" },
          ]}
        />
      </section>

      <section aria-labelledby="months" className="space-y-4">
        <SectionHeading id="months">{t("charts.hoursTitle")}</SectionHeading>
        <Card as="div">
          <BarChart
            title={t("charts.hoursTitle")}
            desc={t("charts.hoursDesc", { count: months.length, max: Math.max(0, ...monthPoints.map((p) => p.value ?? 0)) })}
            data={monthPoints}
          />
        </Card>
        <SectionHeading level={3}>{t("charts.clientsTitle")}</SectionHeading>
        <Card as="div">
          <LineChart title={t("charts.clientsTitle")} desc={t("charts.clientsDesc", { count: months.length })} data={clientPoints} />
        </Card>
        <DataTable
          label={t("charts.tableCaption")}
          rowKey={(m) => m.month}
          rows={months}
          columns={[
            { header: t("charts.month"), cell: (m) => m.month, className: "font-semibold" },
            { header: t("summary.approvedHours"), cell: (m) => hoursOf(m.approvedMinutes).replace(".", ","), className: "text-right" },
            { header: t("summary.clientsWorked"), cell: (m) => (smallCell(m.clientsWorked) ? hidden : String(exportCount(m.clientsWorked))), className: "text-right" },
            { header: t("summary.gigs"), cell: (m) => n(m.gigs), className: "text-right" },
            { header: t("summary.ordersReceived"), cell: (m) => n(m.orders), className: "text-right" },
            { header: t("summary.orderers"), cell: (m) => n(m.orderers), className: "text-right" },
          ]}
        />
      </section>

      <section aria-labelledby="split">
        <SectionHeading id="split">{t("split.title")}</SectionHeading>
        <p className="mb-3 text-muted">{t("split.lead")}</p>
        <div className="grid gap-6 md:grid-cols-2">
          <DataTable
            label={t("split.gender")}
            rowKey={(c) => c.key}
            rows={split.gender}
            columns={[
              { header: t("split.gender"), cell: (c) => t(`split.genders.${c.key as "FEMALE"}`), className: "font-semibold" },
              { header: t("summary.clientsWorked"), cell: (c) => show(c.clientsWorked, n), className: "text-right" },
              { header: t("summary.approvedHours"), cell: (c) => show(c.approvedMinutes, fmt.minutes), className: "text-right" },
            ]}
          />
          <DataTable
            label={t("split.age")}
            rowKey={(c) => c.key}
            rows={split.age}
            columns={[
              { header: t("split.age"), cell: (c) => t(`split.bands.${c.key as "UNKNOWN"}`), className: "font-semibold" },
              { header: t("summary.clientsWorked"), cell: (c) => show(c.clientsWorked, n), className: "text-right" },
              { header: t("summary.approvedHours"), cell: (c) => show(c.approvedMinutes, fmt.minutes), className: "text-right" },
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="pathways" className="space-y-4">
        <SectionHeading id="pathways">{t("pathways.title")}</SectionHeading>
        <p className="text-muted">{t("pathways.lead")}</p>
        <Card as="div">
          <HBarChart title={t("charts.pathwaysTitle")} desc={t("charts.pathwaysDesc")} data={pathwayPoints} />
        </Card>
        <DataTable
          label={t("pathways.title")}
          rowKey={(p) => p.kind}
          rows={pathways}
          columns={[
            { header: t("pathways.kind"), cell: (p) => t(`pathways.kinds.${p.kind as "STARTED"}`), className: "font-semibold" },
            { header: t("pathways.total"), cell: (p) => show(p.total, n), className: "text-right" },
            ...units.rows.map((u, i) => ({ header: u.unitName, cell: (p: (typeof pathways)[number]) => show(p.units[i]!, n), className: "text-right" })),
          ]}
        />
        <SectionHeading level={3}>{t("pathways.paidWork")}</SectionHeading>
        <p className="text-muted">{t("pathways.paidWorkLead")}</p>
        <DataTable
          label={t("pathways.paidWork")}
          rowKey={(r) => r.key}
          rows={[
            { key: "6", label: t("pathways.within6"), ...share6 },
            { key: "12", label: t("pathways.within12"), ...share12 },
          ]}
          columns={[
            { header: t("pathways.paidWork"), cell: (r) => r.label, className: "font-semibold" },
            { header: t("pathways.cohort"), cell: (r) => show(r.cohort, n), className: "text-right" },
            { header: t("pathways.share"), cell: (r) => show(r.shareBp, fmt.rate), className: "text-right" },
          ]}
        />
      </section>
    </div>
  );
}
