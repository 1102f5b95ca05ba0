import { xlsxDownload } from "@/features/reports/download";

export const dynamic = "force-dynamic";

// /reports/export.xlsx?from=YYYY-MM-DD&to=YYYY-MM-DD: the CSV's rows as a workbook (permission checked inside).
export function GET(request: Request) {
  return xlsxDownload(request);
}
