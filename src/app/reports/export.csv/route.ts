import { csvDownload } from "@/features/reports/download";

export const dynamic = "force-dynamic";

// /reports/export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD: one row per Jobcenter and month (permission checked inside).
export function GET(request: Request) {
  return csvDownload(request);
}
