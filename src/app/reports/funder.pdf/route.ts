import { funderPdfDownload } from "@/features/reports/download";

export const dynamic = "force-dynamic";

// /reports/funder.pdf?period=…&jobcenter=…: the funder report of one Jobcenter (permission checked inside).
export function GET(request: Request) {
  return funderPdfDownload(request);
}
