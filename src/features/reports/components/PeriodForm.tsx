import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { periodKinds, type Period } from "../rules";

const control = "block min-h-11 w-full rounded-lg border border-gray-500 bg-white px-3 py-2 text-base";

/**
 * The period and Jobcenter as a plain GET form: the page is a server component and the choice is
 * in the address, so a report can be bookmarked or sent on. The kind decides which field counts.
 */
export async function PeriodForm({
  jobcenters,
  jobcenterId,
  period,
  query,
  today,
}: {
  jobcenters: { id: string; name: string }[];
  jobcenterId: string;
  period: Period;
  query: Record<string, string | undefined>;
  today: string;
}) {
  const t = await getTranslations("reports.period");
  const month = period.kind === "month" ? period.from.slice(0, 7) : today.slice(0, 7);
  const quarter = `${period.from.slice(0, 4)}-Q${Math.floor((Number(period.from.slice(5, 7)) - 1) / 3) + 1}`;
  const field = (id: string, label: string, input: React.ReactNode) => (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {input}
    </div>
  );
  return (
    <form method="get" action="/reports" className="mb-4 rounded-xl border border-gray-200 bg-white p-4">
      <fieldset className="grid gap-3 sm:grid-cols-3 lg:grid-cols-4">
        <legend className="mb-2 text-lg font-semibold">{t("legend")}</legend>
        {jobcenters.length > 1
          ? field(
              "report-jobcenter",
              t("jobcenter"),
              <select id="report-jobcenter" name="jobcenter" defaultValue={jobcenterId} className={control}>
                {jobcenters.map((j) => (
                  <option key={j.id} value={j.id}>
                    {j.name}
                  </option>
                ))}
              </select>,
            )
          : <input type="hidden" name="jobcenter" value={jobcenterId} />}
        {field(
          "report-period",
          t("kind"),
          <select id="report-period" name="period" defaultValue={period.kind} className={control}>
            {periodKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>,
        )}
        {field("report-month", t("month"), <input id="report-month" name="month" defaultValue={query.month ?? month} pattern="\d{4}-\d{2}" className={control} />)}
        {field("report-quarter", t("quarter"), <input id="report-quarter" name="quarter" defaultValue={query.quarter ?? quarter} pattern="\d{4}-Q[1-4]" className={control} />)}
        {field("report-year", t("year"), <input id="report-year" name="year" defaultValue={query.year ?? period.from.slice(0, 4)} inputMode="numeric" pattern="\d{4}" className={control} />)}
        {field("report-from", t("from"), <input id="report-from" name="from" type="date" defaultValue={period.from} className={control} />)}
        {field("report-to", t("to"), <input id="report-to" name="to" type="date" defaultValue={period.to} className={control} />)}
      </fieldset>
      <button type="submit" className={buttonClass("primary", "md", "mt-3")}>
        {t("show")}
      </button>
    </form>
  );
}
