import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Card, PageHeader } from "@/components/ui/Card";
import { ConsentNote } from "@/features/clients/components/ConsentNote";
import type { ReadinessStatus } from "@/generated/prisma/enums";

export interface SharedProfile {
  firstName: string;
  lastName: string;
  area: string | null;
  skills: string[];
  interests: string[];
  preferredTimes: string | null;
  readiness: ReadinessStatus;
  unit: { name: string };
  feedback: { id: string; rating: number; comment: string | null; createdAt: Date }[];
  consent: { agreedOn: Date; validUntil: Date | null };
}

/** The read-only work profile another unit's staff see with the client's consent (ADR 072). */
export async function SharedClientProfile({ client }: { client: SharedProfile }) {
  const t = await getTranslations("rights.consent");
  const tc = await getTranslations("coordination");
  const fmt = await getAppFormatter();
  const words = (list: string[]) => (list.length ? list.join(", ") : t("none"));
  return (
    <>
      <PageHeader title={`${client.firstName} ${client.lastName}`} lead={t("otherUnitLead")} />
      <Card>
        <ConsentNote consent={client.consent} />
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("unit")}</dt>
          <dd>{client.unit.name}</dd>
          <dt className="font-semibold">{t("area")}</dt>
          <dd>{client.area ?? t("none")}</dd>
          <dt className="font-semibold">{t("readiness")}</dt>
          <dd>{tc(`readiness.${client.readiness}`)}</dd>
          <dt className="font-semibold">{t("skills")}</dt>
          <dd>{words(client.skills)}</dd>
          <dt className="font-semibold">{t("interests")}</dt>
          <dd>{words(client.interests)}</dd>
          <dt className="font-semibold">{t("preferredTimes")}</dt>
          <dd>{client.preferredTimes ?? t("none")}</dd>
        </dl>
        <h2 className="mb-2 mt-4 text-lg font-semibold">{t("feedback")}</h2>
        {client.feedback.length === 0 ? <p>{t("none")}</p> : null}
        <ul className="space-y-1">
          {client.feedback.map((f) => (
            <li key={f.id}>
              {"★".repeat(f.rating)} {f.comment} <span className="text-muted">({fmt.date(f.createdAt)})</span>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
