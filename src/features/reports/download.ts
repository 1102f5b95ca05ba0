import { getLocale, getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { intlLocales } from "@/i18n/config";
import { dayKey } from "@/lib/dates";
import { getContext } from "@/server/context";
import { funderReportPdf, monthsCsv, monthsXlsx } from "./exports";
import { jobcenterFigures, monthlyFigures, paidWorkShare, reportJobcenters, unitFigures } from "./queries";
import { customPeriod, parsePeriod, unitRows } from "./rules";

// The report downloads, behind the page's permission (reports.view): a manager or coordinator
// gets their own Jobcenter's rows, an admin every Jobcenter's. Anyone else gets 404, as for
// pages; a missing or malformed period is 400 (the caller can fix it).

const notFound = () => new Response("Not found", { status: 404 });
const badRequest = () => new Response("from and to must be days YYYY-MM-DD, from ≤ to, at most three years", { status: 400 });
const headers = (contentType: string, fileName: string) => ({
  "content-type": contentType,
  "content-disposition": `attachment; filename="${fileName}"`,
  "cache-control": "private, no-store",
});

async function scope(request: Request) {
  const ctx = await getContext();
  if (!ctx.user) return null;
  const allowed = await reportJobcenters(ctx.db, ctx.user);
  if (allowed.length === 0) return null;
  const wanted = new URL(request.url).searchParams.get("jobcenter");
  const jobcenters = wanted ? allowed.filter((j) => j.id === wanted) : allowed;
  if (jobcenters.length === 0) return null;
  return { ctx, jobcenters };
}

async function monthsFor(request: Request): Promise<{ error: Response } | { months: Awaited<ReturnType<typeof monthlyFigures>>; period: NonNullable<ReturnType<typeof customPeriod>> }> {
  const s = await scope(request);
  if (!s) return { error: notFound() };
  const q = new URL(request.url).searchParams;
  const period = customPeriod(q.get("from") ?? undefined, q.get("to") ?? undefined);
  if (!period) return { error: badRequest() };
  const months = await monthlyFigures(
    s.ctx.db,
    s.jobcenters.map((j) => j.id),
    period,
  );
  return { months, period };
}

export async function csvDownload(request: Request): Promise<Response> {
  const r = await monthsFor(request);
  if ("error" in r) return r.error;
  return new Response(monthsCsv(r.months), { headers: headers("text/csv; charset=utf-8", `tunnusluvut-${r.period.from}-${r.period.to}.csv`) });
}

export async function xlsxDownload(request: Request): Promise<Response> {
  const r = await monthsFor(request);
  if ("error" in r) return r.error;
  const body = await monthsXlsx(r.months, `${r.period.from} ${r.period.to}`);
  return new Response(Buffer.from(body), {
    headers: headers("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `tunnusluvut-${r.period.from}-${r.period.to}.xlsx`),
  });
}

/** The funder report of one Jobcenter (the first the person may read unless `jobcenter` names one) for a period. */
export async function funderPdfDownload(request: Request): Promise<Response> {
  const s = await scope(request);
  if (!s) return notFound();
  const q = Object.fromEntries(new URL(request.url).searchParams);
  const now = s.ctx.now();
  const period = parsePeriod(q, dayKey(now));
  const jc = s.jobcenters[0]!;
  const [units, totals, months, paidWork] = [
    await unitFigures(s.ctx.db, jc.id, period, now),
    await jobcenterFigures(s.ctx.db, jc.id, period),
    await monthlyFigures(s.ctx.db, [jc.id], period),
    await paidWorkShare(s.ctx.db, jc.id, period, dayKey(now)),
  ];
  const t = await getTranslations("reports");
  const fmt = await getAppFormatter();
  const locale = await getLocale();
  const range = t("period.range", { from: fmt.day(new Date(`${period.from}T00:00:00Z`)), to: fmt.day(new Date(`${period.to}T00:00:00Z`)) });
  const body = await funderReportPdf(
    { jobcenter: jc.name, period, totals, units: unitRows(units), months, paidWork },
    {
      title: t("pdf.title"),
      lead: t("pdf.lead"),
      period: range,
      language: intlLocales[locale],
      hidden: t("hidden"),
      labels: {
        clientsWorked: t("summary.clientsWorked"),
        approvedHours: t("summary.approvedHours"),
        gigs: t("summary.gigs"),
        ordersReceived: t("summary.ordersReceived"),
        orderers: t("summary.orderers"),
        repeatOrderers: t("summary.repeatOrderers"),
        invoiced: t("summary.invoiced"),
        paid: t("summary.paid"),
        earnings: t("summary.earnings"),
        units: t("pdf.units"),
        unit: t("units.unit"),
        months: t("pdf.months"),
        month: t("charts.month"),
        paidWork6: t("pdf.paidWork6"),
        paidWork12: t("pdf.paidWork12"),
        smallCells: t("smallCells"),
      },
    },
    { euros: fmt.euros, hours: fmt.minutes, percent: fmt.rate },
  );
  return new Response(Buffer.from(body), { headers: headers("application/pdf", `rahoittajaraportti-${period.from}-${period.to}.pdf`) });
}
