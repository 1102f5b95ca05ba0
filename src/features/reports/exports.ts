// The figures leave the app three ways (ADR 070): a CSV and an XLSX with one row per Jobcenter and
// month, and the funder report PDF for a period. All three are built from the same query results
// and the same small-cell rule as the page.
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { PdfWriter } from "@/lib/pdf";
import type { JobcenterFigures, MonthFigures, PaidWorkShare } from "./queries";
import { cohortShare, exportCount, type Period, type Shown, type UnitRow } from "./rules";

export const EXPORT_COLUMNS = ["jobcenter", "month", "clients_worked", "approved_hours", "gigs", "orders", "orderers"] as const;

/** Hours with two decimals and a decimal point: the export is read by programs as much as people. */
export const hoursOf = (minutes: number) => (minutes / 60).toFixed(2);

function exportRows(months: readonly MonthFigures[]) {
  return months.map((m) => [m.jobcenter, m.month, exportCount(m.clientsWorked), hoursOf(m.approvedMinutes), m.gigs, m.orders, m.orderers]);
}

/**
 * RFC 4180: "," between fields, CRLF, a header row; UTF-8 with a byte-order mark so that Excel
 * opens ä/ö/å right. clients_worked under five is "<5" (see exportCount).
 */
export function monthsCsv(months: readonly MonthFigures[]): string {
  return "\uFEFF" + stringify([[...EXPORT_COLUMNS], ...exportRows(months)], { record_delimiter: "windows" });
}

export async function monthsXlsx(months: readonly MonthFigures[], sheetName: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Täsmätyö";
  const sheet = book.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow([...EXPORT_COLUMNS]).font = { bold: true };
  for (const m of months) {
    sheet.addRow([m.jobcenter, m.month, exportCount(m.clientsWorked), Number(hoursOf(m.approvedMinutes)), m.gigs, m.orders, m.orderers]);
  }
  sheet.getColumn(4).numFmt = "0.00";
  sheet.columns.forEach((c, i) => (c.width = i === 0 ? 40 : 14));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export interface FunderReportTexts {
  title: string;
  lead: string;
  period: string;
  language: string;
  hidden: string;
  labels: {
    clientsWorked: string;
    approvedHours: string;
    gigs: string;
    ordersReceived: string;
    orderers: string;
    repeatOrderers: string;
    invoiced: string;
    paid: string;
    earnings: string;
    units: string;
    unit: string;
    months: string;
    month: string;
    paidWork6: string;
    paidWork12: string;
    smallCells: string;
  };
}

/** The funder report: the Jobcenter's totals, the units and the months, on A4 through PdfWriter (ADR 062). */
export async function funderReportPdf(
  input: { jobcenter: string; period: Period; totals: JobcenterFigures; units: { rows: UnitRow[]; total: UnitRow }; months: readonly MonthFigures[]; paidWork: PaidWorkShare },
  t: FunderReportTexts,
  fmt: { euros: (cents: number) => string; hours: (minutes: number) => string; percent: (bp: number) => string },
): Promise<Uint8Array> {
  const pdf = await PdfWriter.create({ title: `${t.title}: ${input.jobcenter}`, language: t.language, subject: t.period });
  const show = (v: Shown<number | null>, f: (n: number) => string = String) => (v.hidden ? t.hidden : v.value === null ? "–" : f(v.value));
  pdf.heading(`${t.title}: ${input.jobcenter}`);
  pdf.paragraph(t.period, { muted: true });
  pdf.paragraph(t.lead);
  const total = input.units.total;
  const share6 = cohortShare(input.paidWork.reached6, input.paidWork.cohort6);
  const share12 = cohortShare(input.paidWork.reached12, input.paidWork.cohort12);
  pdf.keyValues([
    [t.labels.clientsWorked, show(total.clientsWorked)],
    [t.labels.approvedHours, fmt.hours(total.approvedMinutes)],
    [t.labels.gigs, String(total.gigs)],
    [t.labels.ordersReceived, String(input.totals.ordersReceived)],
    [t.labels.orderers, String(input.totals.orderers)],
    [t.labels.repeatOrderers, String(input.totals.repeatOrderers)],
    [t.labels.invoiced, fmt.euros(input.totals.invoicedCents)],
    [t.labels.paid, fmt.euros(input.totals.paidCents)],
    [t.labels.earnings, show(total.earningsCents, fmt.euros)],
    [t.labels.paidWork6, share6.shareBp.hidden ? t.hidden : `${show(share6.shareBp, fmt.percent)} (${show(share6.cohort)})`],
    [t.labels.paidWork12, share12.shareBp.hidden ? t.hidden : `${show(share12.shareBp, fmt.percent)} (${show(share12.cohort)})`],
  ]);
  pdf.space(8);
  pdf.heading(t.labels.units, 2);
  pdf.table(
    [
      { header: t.labels.unit, width: 3 },
      { header: t.labels.clientsWorked, width: 2, align: "right" },
      { header: t.labels.approvedHours, width: 2, align: "right" },
      { header: t.labels.gigs, width: 1, align: "right" },
    ],
    [...input.units.rows, { ...total, unitName: "Σ" }].map((r) => [r.unitName, show(r.clientsWorked), fmt.hours(r.approvedMinutes), String(r.gigs)]),
    { boldRows: [input.units.rows.length], ruleAbove: [input.units.rows.length] },
  );
  pdf.space(8);
  pdf.heading(t.labels.months, 2);
  pdf.table(
    [
      { header: t.labels.month, width: 2 },
      { header: t.labels.clientsWorked, width: 2, align: "right" },
      { header: t.labels.approvedHours, width: 2, align: "right" },
      { header: t.labels.gigs, width: 1, align: "right" },
      { header: t.labels.ordersReceived, width: 2, align: "right" },
    ],
    input.months.map((m) => [m.month, String(exportCount(m.clientsWorked)), fmt.hours(m.approvedMinutes), String(m.gigs), String(m.orders)]),
  );
  pdf.space(8);
  pdf.paragraph(t.labels.smallCells, { muted: true, size: 9 });
  return pdf.save();
}
