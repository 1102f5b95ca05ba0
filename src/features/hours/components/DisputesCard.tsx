import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { getAppFormatter } from "@/i18n/server";
import type { openDisputes } from "../queries";
import { ResolveDisputeForm } from "./ReviewForms";

/** The orderer's open disputes on an order, each answered by the coordinator (ADR 035). */
export async function DisputesCard({ disputes }: { disputes: Awaited<ReturnType<typeof openDisputes>> }) {
  if (disputes.length === 0) return null;
  const t = await getTranslations("hours.disputes");
  const fmt = await getAppFormatter();
  return (
    <Card>
      <SectionHeading className="mb-1">{t("title", { count: disputes.length })}</SectionHeading>
      <p className="mb-3 text-muted">{t("lead")}</p>
      <ul className="space-y-4">
        {disputes.map((d) => {
          const title = t("formTitle", { name: `${d.client.firstName} ${d.client.lastName}`, date: fmt.dateTime(d.startsAt) });
          return (
            <li key={d.id} className="rounded-lg border border-gray-200 p-3">
              <h4 className="font-semibold">{title}</h4>
              <p>{t("approved", { hours: d.approvedMinutes === null ? "–" : fmt.minutes(d.approvedMinutes) })}</p>
              <p className="mb-2">{t("ordererSays", { reason: d.reason, date: d.hoursDisputedAt ? fmt.dateTime(d.hoursDisputedAt) : "" })}</p>
              <ResolveDisputeForm gigId={d.id} minutes={d.approvedMinutes} title={title} />
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
