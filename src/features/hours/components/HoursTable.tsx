import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Badge } from "@/components/ui/Card";
import type { GigStatus, HoursEventKind } from "@/generated/prisma/enums";

import { countedGigs, gigHasBegun, hoursStepFor, hoursTotals } from "../rules";
import { HoursForm } from "./HoursForm";

export interface HoursGig {
  id: string;
  status: GigStatus;
  startsAt: Date;
  endsAt: Date;
  plannedMinutes: number;
  reportedMinutes: number | null;
  approvedMinutes: number | null;
  clientName: string;
  events: { id: string; kind: HoursEventKind; minutes: number | null; reason: string | null; createdAt: Date }[];
}

/**
 * Planned versus approved hours per gig and in total, with the approve/enter/correct forms.
 * A gig that has not begun has no form: its hours cannot be approved or entered yet.
 */
export async function HoursTable({ gigs, now }: { gigs: HoursGig[]; now: Date }) {
  const t = await getTranslations("hours");
  const tc = await getTranslations("coordination");
  const fmt = await getAppFormatter();
  const counted = countedGigs(gigs);
  const totals = hoursTotals(counted);
  if (counted.length === 0) return <p className="text-muted">{t("none")}</p>;
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-gray-300">
              <th scope="col" className="py-2 pr-3">{t("gig")}</th>
              <th scope="col" className="py-2 pr-3">{t("client")}</th>
              <th scope="col" className="py-2 pr-3">{t("status")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("planned")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("reported")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("approved")}</th>
            </tr>
          </thead>
          <tbody>
            {counted.map((g) => (
              <tr key={g.id} className="border-b border-gray-100 align-top">
                <td className="py-2 pr-3">
                  {fmt.dateTime(g.startsAt)}–{fmt.time(g.endsAt)}
                </td>
                <td className="py-2 pr-3">{g.clientName}</td>
                <td className="py-2 pr-3">
                  <Badge tone={g.status === "APPROVED" ? "ok" : g.status === "REPORTED" ? "warn" : "neutral"}>{tc(`gigStatus.${g.status}`)}</Badge>
                </td>
                <td className="py-2 pr-3 text-right">{fmt.minutes(g.plannedMinutes)}</td>
                <td className="py-2 pr-3 text-right">{g.reportedMinutes === null ? "–" : fmt.minutes(g.reportedMinutes)}</td>
                <td className="py-2 pr-3 text-right">{g.status === "APPROVED" && g.approvedMinutes !== null ? fmt.minutes(g.approvedMinutes) : "–"}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td colSpan={6} className="pt-2 text-muted">
                {t("approvedCount", { approved: totals.approvedGigs, total: totals.gigs })}
              </td>
            </tr>
            <tr className="font-semibold">
              <th scope="row" colSpan={3} className="py-2 pr-3">{t("total")}</th>
              <td className="py-2 pr-3 text-right">{fmt.minutes(totals.plannedMinutes)}</td>
              <td className="py-2 pr-3" />
              <td className="py-2 pr-3 text-right">{fmt.minutes(totals.approvedMinutes)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className="mt-4 space-y-4">
        {counted.flatMap((g) => {
          const step = hoursStepFor(g.status);
          if (!step || (step !== "CORRECT" && !gigHasBegun(g, now))) return [];
          const title = t("formTitle", { name: g.clientName, date: fmt.dateTime(g.startsAt) });
          const minutes = step === "APPROVE" ? g.reportedMinutes : step === "CORRECT" ? g.approvedMinutes : g.plannedMinutes;
          return (
            <li key={g.id} className="rounded-lg border border-gray-200 p-3">
              <h4 className="mb-2 font-semibold">{title}</h4>
              <HoursForm gigId={g.id} step={step} minutes={minutes} title={title} />
              {g.events.length > 0 ? (
                <details>
                  <summary className="min-h-11 cursor-pointer py-2 text-brand-700">{t("history")}</summary>
                  <ul className="text-sm">
                    {g.events.map((e) => (
                      <li key={e.id}>
                        {t("event", {
                          kind: t(`events.${e.kind}`),
                          minutes: e.minutes === null ? "" : fmt.minutes(e.minutes),
                          date: fmt.dateTime(e.createdAt),
                          reason: e.reason ? ` (${e.reason})` : "",
                        })}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
