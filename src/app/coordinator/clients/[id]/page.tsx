import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import Link from "next/link";
import { Alert, Badge, Card, PageHeader } from "@/components/ui/Card";
import { readClientAudited } from "@/features/clients/queries";
import { ConsentNote } from "@/features/clients/components/ConsentNote";
import { MoveUnitForm } from "@/features/people/components/ClientTimeForms";
import { unitsOfJobcenter } from "@/features/people/queries";
import type { IsoWeekday } from "@/lib/dates";
import { requireRole } from "@/server/page";
import { FeedbackOverviewCard } from "@/features/feedback/components/FeedbackOverviewCard";

const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, user, now } = await requireRole("COORDINATOR");
  const client = await readClientAudited(db, user, id, "coordinator", now());
  if (!client) notFound();
  const t = await getTranslations("coordination");
  const fmt = await getAppFormatter();
  const words = (list: string[]) => (list.length ? list.join(", ") : "–");
  const tp = await getTranslations("people.move");
  const otherUnits = (await unitsOfJobcenter(db, client.unit.jobcenterId)).filter((u) => u.id !== client.unit.id);
  const tr = await getTranslations("rights.consent");
  const tu = await getTranslations("unit");
  const { supportNeeds, benefits } = client.shared;
  return (
    <>
      <PageHeader title={`${client.firstName} ${client.lastName}`} lead={t("clientProfile.lead")} />
      <div className="space-y-6">
        <Card>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("clientProfile.unit")}</dt>
            <dd>{client.unit.name}</dd>
            <dt className="font-semibold">{t("clientProfile.area")}</dt>
            <dd>{client.area ?? "–"}</dd>
            <dt className="font-semibold">{t("clientProfile.readiness")}</dt>
            <dd>
              <Badge tone={client.readiness === "READY" ? "ok" : "neutral"}>{t(`readiness.${client.readiness}`)}</Badge>
            </dd>
            <dt className="font-semibold">{t("clientProfile.skills")}</dt>
            <dd>{words(client.skills)}</dd>
            <dt className="font-semibold">{t("clientProfile.interests")}</dt>
            <dd>{words(client.interests)}</dd>
            <dt className="font-semibold">{t("clientProfile.preferredTimes")}</dt>
            <dd>{client.preferredTimes ?? "–"}</dd>
            <dt className="font-semibold">{t("clientProfile.contractModels")}</dt>
            <dd>{client.allowedContractModels.map((m) => t(`contractModel.${m}`)).join(", ") || "–"}</dd>
            <dt className="font-semibold">{t("clientProfile.workActivity")}</dt>
            <dd>{client.workActivityHours.map((h) => `${t(`weekday.${h.weekday as IsoWeekday}`)} ${hm(h.startMinute)}–${hm(h.endMinute)}`).join(", ") || "–"}</dd>
          </dl>
          {client.commissionBlocked ? (
            <div className="mt-4">
              <Alert tone="warn">{t("clientProfile.commissionBlocked")}</Alert>
            </div>
          ) : null}
        </Card>
        {supportNeeds || benefits ? (
          <Card>
            <h2 className="mb-3 text-xl font-semibold">{tr("sharedTitle")}</h2>
            {supportNeeds ? (
              <section className="mb-3">
                <h3 className="font-semibold">{tr("supportNeeds")}</h3>
                <ConsentNote consent={supportNeeds.consent} />
                <p className="whitespace-pre-line">{supportNeeds.value ?? tr("none")}</p>
              </section>
            ) : null}
            {benefits ? (
              <section>
                <h3 className="font-semibold">{tr("benefits")}</h3>
                <ConsentNote consent={benefits.consent} />
                <p>{benefits.value.map((b) => tu(`benefit.${b}`)).join(", ") || tr("none")}</p>
              </section>
            ) : null}
          </Card>
        ) : null}
        <Card>
          <h2 className="mb-3 text-xl font-semibold">{t("clientProfile.gigs")}</h2>
          {client.gigs.length === 0 ? <p>{t("clientProfile.none")}</p> : null}
          <ul className="space-y-1">
            {client.gigs.map((g) => (
              <li key={g.id}>
                {fmt.date(g.startsAt)} {fmt.time(g.startsAt)}–{fmt.time(g.endsAt)}{" "}
                <Link href={`/coordinator/orders/${g.order.id}`} className="text-brand-700 underline">
                  #{g.order.number} {g.order.title}
                </Link>{" "}
                · {t(`gigStatus.${g.status}`)}
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <h2 className="mb-3 text-xl font-semibold">{t("clientProfile.feedback")}</h2>
          {client.feedback.length === 0 ? <p>{t("clientProfile.none")}</p> : null}
          <ul className="space-y-1">
            {client.feedback.map((f) => (
              <li key={f.id}>
                {"★".repeat(f.rating)} {f.comment} <span className="text-muted">({fmt.date(f.createdAt)})</span>
              </li>
            ))}
          </ul>
        </Card>
        <FeedbackOverviewCard db={db} clientId={client.id} canDebrief={false} now={now()} />
      </div>
      <div className="mt-6">
        <Card>
          <h2 className="mb-3 text-xl font-semibold">{tp("title")}</h2>
          <p className="mb-2 text-muted">{tp("lead")}</p>
          <MoveUnitForm clientId={client.id} units={otherUnits} afterMove={`/coordinator/clients/${client.id}`} />
        </Card>
      </div>
    </>
  );
}
