import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { ActionButton } from "@/components/ui/ActionButton";
import { Badge } from "@/components/ui/Card";
import { TextLink } from "@/components/ui/Text";
import { CHANGEABLE_GIG_STATES, FILLED_STATES, isGigIn } from "@/features/gigs/rules";
import { CLOSED_ORDER_STATES, isOrderIn } from "@/features/orders/status";

import { removeSession } from "../actions";
import type { CoordinatorOrder, CoordinatorSession } from "../queries";
import { GigActions } from "./GigActions";
import { MatchList } from "./MatchList";
import { clientName } from "./names";

/**
 * One work session on the coordinator's order page: its staffing, the gigs that hold its
 * places (with swap/reschedule/cancel while they may change), the gigs that no longer do, and
 * the ranked clients to assign while places are free.
 */
export async function SessionCard({ order, session: s, shown }: { order: CoordinatorOrder; session: CoordinatorSession; shown?: number }) {
  const t = await getTranslations("coordination");
  const fmt = await getAppFormatter();
  const past = s.gigs.filter((g) => !s.live.includes(g));
  const inSession = (clientId: string) => s.live.some((g) => g.clientId === clientId);
  return (
    <section aria-labelledby={`session-${s.id}`} className="rounded-lg border border-gray-200 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`session-${s.id}`} className="text-lg font-semibold">
          {t("sessions.sessionTitle", { date: fmt.weekdayDate(s.startsAt), start: fmt.time(s.startsAt), end: fmt.time(s.endsAt) })}
        </h3>
        <Badge tone={s.filled >= s.workersNeeded ? "ok" : "warn"}>{t("sessions.filled", { filled: s.filled, needed: s.workersNeeded })}</Badge>
      </div>
      {s.note ? <p className="text-sm">{s.note}</p> : null}
      {s.live.length === 0 ? <p className="text-muted">{t("sessions.noGigs")}</p> : null}
      <ul className="mt-2 space-y-2">
        {s.live.map((g) => {
          const name = clientName(g.client);
          // Another confirmed client not yet in this session may take the gig over.
          const candidates = order.nominations.filter((n) => n.clientId !== g.clientId && !inSession(n.clientId)).map((n) => ({ id: n.clientId, name: clientName(n.client) }));
          return (
            <li key={g.id} className="rounded-md bg-gray-50 p-2">
              <p className="flex flex-wrap items-center gap-2">
                <TextLink href={`/coordinator/clients/${g.clientId}`}>{name}</TextLink>
                <Badge tone={isGigIn(FILLED_STATES, g.status) ? "ok" : "neutral"}>{t(`gigStatus.${g.status}`)}</Badge>
                {g.onWorkActivityDay ? <Badge tone="warn">{t(g.workActivityDayConfirmedById ? "gig.wadConfirmed" : "gig.wadWaiting")}</Badge> : null}
                {g.replacesGigId ? <Badge>{t("gig.replaces")}</Badge> : null}
                {/* A rescheduled gig keeps its session but not the session's time: show the gig's own. */}
                {g.startsAt.getTime() !== s.startsAt.getTime() || g.endsAt.getTime() !== s.endsAt.getTime() ? (
                  <Badge tone="warn">{t("gig.ownTime", { date: fmt.weekdayDate(g.startsAt), start: fmt.time(g.startsAt), end: fmt.time(g.endsAt) })}</Badge>
                ) : null}
                <span className="text-sm">
                  {t(`supportMode.${g.supportMode}`)}
                  {g.supportPerson ? `: ${g.supportPerson}` : ""}
                </span>
              </p>
              {isGigIn(CHANGEABLE_GIG_STATES, g.status) ? <GigActions gigId={g.id} name={name} candidates={candidates} /> : null}
            </li>
          );
        })}
      </ul>
      {past.length > 0 ? (
        <details className="mt-2">
          <summary className="min-h-11 cursor-pointer py-2 text-brand-700">{t("gig.history", { count: past.length })}</summary>
          <ul className="text-sm">
            {past.map((g) => (
              <li key={g.id}>
                {clientName(g.client)}: {t(`gigStatus.${g.status}`)}
                {g.cancelReason ? ` – ${t("gig.reasonShown", { reason: g.cancelReason })}` : ""}
                {g.declineReason ? ` – ${t("gig.reasonShown", { reason: g.declineReason })}` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {s.open ? <MatchList session={s} shown={shown} orderId={order.id} /> : null}
      {s.gigs.length === 0 && !isOrderIn(CLOSED_ORDER_STATES, order.status) ? (
        <div className="mt-2">
          <ActionButton action={removeSession} input={{ sessionId: s.id }} variant="ghost">
            {t("sessions.remove")}
          </ActionButton>
        </div>
      ) : null}
    </section>
  );
}
