import { getTranslations } from "next-intl/server";
import { Badge, Card } from "@/components/ui/Card";
import { getAppFormatter } from "@/i18n/server";
import type { Tx } from "@/server/action";
import { clientFeedbackOverview, gigsToDebrief } from "../queries";
import { DebriefForm } from "./DebriefForm";

/**
 * Both sides on the client's profile, for staff (ADR 047): the orderers' ratings and comments, the
 * client's own faces and words, and the debriefs. The page has already read the client through
 * `readClientAudited` (permission and audit); with `canDebrief` the unit's debrief form is shown.
 */
export async function FeedbackOverviewCard({ db, clientId, canDebrief, now }: { db: Tx; clientId: string; canDebrief: boolean; now: Date }) {
  const t = await getTranslations("feedback");
  const fmt = await getAppFormatter();
  const { fromOrderers, own, debriefs } = await clientFeedbackOverview(db, clientId);
  const toDebrief = canDebrief ? await gigsToDebrief(db, clientId, now) : [];
  const gigLabel = (g: { startsAt: Date; order: { title: string } }) => `${fmt.date(g.startsAt)} · ${g.order.title}`;
  return (
    <Card>
      <h2 className="mb-1 text-xl font-semibold">{t("overview.title")}</h2>
      <p className="mb-3 text-sm text-muted">{t("overview.lead")}</p>

      <h3 className="mt-2 font-semibold">{t("overview.fromOrderers")}</h3>
      {fromOrderers.length === 0 ? <p className="text-muted">{t("overview.none")}</p> : null}
      <ul className="text-sm" data-testid="feedback-from-orderers">
        {fromOrderers.map((f) => (
          <li key={f.id} className="border-b border-gray-100 py-1">
            {fmt.date(f.createdAt)} · {f.order.orderer.name} · {f.order.title}: <strong>{t("overview.rating", { rating: f.rating })}</strong>
            {f.comment ? ` – ${f.comment}` : ""} {f.onProfile ? <Badge tone="ok">{t("overview.onProfile")}</Badge> : null}
          </li>
        ))}
      </ul>

      <h3 className="mt-4 font-semibold">{t("overview.own")}</h3>
      {own.length === 0 ? <p className="text-muted">{t("overview.none")}</p> : null}
      <ul className="text-sm" data-testid="feedback-own">
        {own.map((f) => (
          <li key={f.id} className="border-b border-gray-100 py-1">
            {gigLabel(f.gig)}: <strong>{t(`client.moods.${f.mood as 1 | 2 | 3}`)}</strong>
            {f.words ? ` – ${f.words}` : ""} <Badge tone={f.shareWithOrderer ? "info" : "neutral"}>{f.shareWithOrderer ? t("overview.shared") : t("overview.notShared")}</Badge>
          </li>
        ))}
      </ul>

      <h3 className="mt-4 font-semibold">{t("overview.debriefs")}</h3>
      {debriefs.length === 0 ? <p className="text-muted">{t("overview.none")}</p> : null}
      <ul className="text-sm" data-testid="feedback-debriefs">
        {debriefs.map((d) => (
          <li key={d.id} className="border-b border-gray-100 py-1">
            <p className="font-semibold">{gigLabel(d.gig)}</p>
            {d.wentWell ? <p>{t("debrief.wentWell")}: {d.wentWell}</p> : null}
            {d.toPractise ? <p>{t("debrief.toPractise")}: {d.toPractise}</p> : null}
            {d.clientView ? <p>{t("debrief.clientView")}: {d.clientView}</p> : null}
          </li>
        ))}
      </ul>

      {canDebrief ? (
        <div className="mt-4">
          <h3 className="mb-1 font-semibold">{t("debrief.title")}</h3>
          <p className="mb-2 text-sm text-muted">{t("debrief.lead")}</p>
          <DebriefForm gigs={toDebrief.map((g) => ({ id: g.id, label: gigLabel(g) }))} />
        </div>
      ) : null}
    </Card>
  );
}
