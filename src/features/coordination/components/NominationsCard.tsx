import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Card } from "@/components/ui/Card";
import { SectionHeading, TextLink } from "@/components/ui/Text";

import type { CoordinatorOrder } from "../queries";
import { clientName } from "./names";

/** The readiness confirmations unit staff gave for this order, and until when they hold. */
export async function NominationsCard({ order, now }: { order: CoordinatorOrder; now: Date }) {
  const t = await getTranslations("coordination");
  const fmt = await getAppFormatter();
  return (
    <Card>
      <SectionHeading>{t("nominations.title")}</SectionHeading>
      {order.nominations.length === 0 ? <p>{t("nominations.none")}</p> : null}
      <ul className="space-y-2">
        {order.nominations.map((n) => (
          <li key={n.id} className="border-b border-gray-100 pb-2">
            <TextLink href={`/coordinator/clients/${n.clientId}`}>{clientName(n.client)}</TextLink> ({n.client.unit.name}) · {t(`skillsCheck.${n.skillsCheck}`)} ·{" "}
            {t(`benefitCheck.${n.benefitCheck}`)} ·{" "}
            {n.supportPerson ? t("nominations.supportBy", { mode: t(`supportMode.${n.supportMode}`), person: n.supportPerson }) : t(`supportMode.${n.supportMode}`)} ·{" "}
            <span className={n.validUntil > now ? "" : "text-danger"}>{t("nominations.validUntil", { date: fmt.date(n.validUntil) })}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
