import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Alert, Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { can } from "@/features/auth/permissions";
import { ActionButton } from "@/components/ui/ActionButton";
import { AddSessionForm } from "@/features/coordination/components/AddSessionForm";
import { AssignButton } from "@/features/coordination/components/AssignButton";
import { GigActions } from "@/features/coordination/components/GigActions";
import { OfferForm } from "@/features/coordination/components/OfferForm";
import { markOrderApproved, offerGigs, removeSession, withdrawOffer } from "@/features/coordination/actions";
import { coordinatorOrder, matchingFor } from "@/features/coordination/queries";
import { BOOKING_STATES, CHANGEABLE_GIG_STATES, FILLED_STATES, isGigIn } from "@/features/gigs/rules";
import { HoursTable } from "@/features/hours/components/HoursTable";
import { CoordinatorOrderPanel } from "@/features/orders/components";
import { termsAccepted } from "@/features/orders/rules";
import { CLOSED_ORDER_STATES, isOrderIn } from "@/features/orders/status";
import type { RuleCode } from "@/server/errors";
import { requireRole } from "@/server/page";

const isLive = (s: string) => isGigIn(BOOKING_STATES, s);
const isFilled = (s: string) => isGigIn(FILLED_STATES, s);

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, user, now } = await requireRole("COORDINATOR");
  const order = await coordinatorOrder(db, id);
  if (!order || !can(user, "order.coordinate", { jobcenterId: order.jobcenterId })) notFound();
  const t = await getTranslations("coordination");
  const th = await getTranslations("hours");
  const fmt = await getAppFormatter();
  const accepted = termsAccepted(order);
  const closed = isOrderIn(CLOSED_ORDER_STATES, order.status);
  const planned = order.gigs.filter((g) => g.status === "PLANNED").length;
  const clientName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;

  const sessions = await Promise.all(
    order.sessions.map(async (s) => {
      const gigs = order.gigs.filter((g) => g.sessionId === s.id);
      const live = gigs.filter((g) => isLive(g.status));
      const open = !closed && live.length < s.workersNeeded && s.endsAt > now();
      const matches = open ? await matchingFor(db, order, s, now()) : [];
      return { ...s, gigs, live, filled: live.filter((g) => isFilled(g.status)).length, open, matches };
    }),
  );

  return (
    <>
      <p className="mb-2">
        <Link href="/coordinator" className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("order.back")}
        </Link>
      </p>
      <PageHeader title={t("order.title", { number: order.number, title: order.title })} actions={<Badge tone="info">{t(`status.${order.status}`)}</Badge>} />
      {!accepted ? (
        <div className="mb-6">
          <Alert tone="warn">{order.reacceptanceRequired ? t("order.reacceptance") : t("order.termsMissing")}</Alert>
        </div>
      ) : null}

      <div className="space-y-6">
        <Card>
          <h2 className="mb-3 text-xl font-semibold">{t("order.details")}</h2>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("order.orderer")}</dt>
            <dd>{order.orderer.name}</dd>
            <dt className="font-semibold">{t("order.category")}</dt>
            <dd>{t(`category.${order.category}`)}</dd>
            <dt className="font-semibold">{t("order.contractModel")}</dt>
            <dd>{t(`contractModel.${order.contractModel}`)}</dd>
            <dt className="font-semibold">{t("order.place")}</dt>
            <dd>{order.remote ? t("order.remote") : [order.streetAddress, order.postalCode, order.city].filter(Boolean).join(", ") || "–"}</dd>
            <dt className="font-semibold">{t("order.scope")}</dt>
            <dd>{t("order.scopeValue", { hours: fmt.minutes(order.hoursPerWorkerMin), workers: order.workerCount })}</dd>
            {order.windowText ? (
              <>
                <dt className="font-semibold">{t("order.window")}</dt>
                <dd>{order.windowText}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("order.description")}</dt>
            <dd className="whitespace-pre-line">{order.description}</dd>
          </dl>
        </Card>

        {/* Messages with the orderer (questions and answers), price and scope changes, terms acceptances, feedback: the orders feature's panel. */}
        <CoordinatorOrderPanel orderId={order.id} />

        <Card>
          <h2 className="mb-1 text-xl font-semibold">{t("offers.title")}</h2>
          <p className="mb-3 text-muted">{t("offers.lead")}</p>
          {order.offers.length === 0 ? <p>{t("offers.none")}</p> : null}
          <ul className="space-y-3">
            {order.offers.map((o) => (
              <li key={o.id} className="flex flex-wrap items-start justify-between gap-2 border-b border-gray-100 pb-3">
                <div>
                  <p className="font-semibold">
                    {o.unit.name} <Badge tone={o.status === "DECLINED" || o.status === "WITHDRAWN" ? "neutral" : o.status === "PENDING" ? "warn" : "ok"}>{t(`offerStatus.${o.status}`)}</Badge>
                  </p>
                  {o.responseNote ? (
                    <p className="text-sm">
                      {t("offers.answer")}: {o.responseNote}
                    </p>
                  ) : null}
                </div>
                {o.status !== "WITHDRAWN" && !closed ? (
                  <ActionButton action={withdrawOffer} input={{ offerId: o.id }} variant="ghost">
                    {t("offers.withdraw")}
                  </ActionButton>
                ) : null}
              </li>
            ))}
          </ul>
          {accepted && !closed ? (
            <OfferForm orderId={order.id} units={order.jobcenter.units.map((u) => ({ ...u, offered: order.offers.some((o) => o.unitId === u.id && o.status !== "WITHDRAWN") }))} />
          ) : null}
        </Card>

        <Card>
          <h2 className="mb-3 text-xl font-semibold">{t("nominations.title")}</h2>
          {order.nominations.length === 0 ? <p>{t("nominations.none")}</p> : null}
          <ul className="space-y-2">
            {order.nominations.map((n) => (
              <li key={n.id} className="border-b border-gray-100 pb-2">
                <Link href={`/coordinator/clients/${n.clientId}`} className="font-semibold text-brand-700 underline">
                  {clientName(n.client)}
                </Link>{" "}
                ({n.client.unit.name}) · {t(`skillsCheck.${n.skillsCheck}`)} · {t(`benefitCheck.${n.benefitCheck}`)} ·{" "}
                {n.supportPerson ? t("nominations.supportBy", { mode: t(`supportMode.${n.supportMode}`), person: n.supportPerson }) : t(`supportMode.${n.supportMode}`)} ·{" "}
                <span className={n.validUntil > now() ? "" : "text-danger"}>{t("nominations.validUntil", { date: fmt.date(n.validUntil) })}</span>
              </li>
            ))}
          </ul>
        </Card>

        <Card>
          <h2 className="mb-1 text-xl font-semibold">{t("sessions.title")}</h2>
          <p className="mb-4 text-muted">{t("sessions.lead")}</p>
          {sessions.length === 0 ? <EmptyState>{t("sessions.none")}</EmptyState> : null}
          <div className="space-y-6">
            {sessions.map((s) => (
              <section key={s.id} aria-labelledby={`session-${s.id}`} className="rounded-lg border border-gray-200 p-3">
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
                    const candidates = order.nominations
                      .filter((n) => n.clientId !== g.clientId && !s.live.some((x) => x.clientId === n.clientId))
                      .map((n) => ({ id: n.clientId, name: clientName(n.client) }));
                    return (
                      <li key={g.id} className="rounded-md bg-gray-50 p-2">
                        <p className="flex flex-wrap items-center gap-2">
                          <Link href={`/coordinator/clients/${g.clientId}`} className="font-semibold text-brand-700 underline">
                            {name}
                          </Link>
                          <Badge tone={isFilled(g.status) ? "ok" : "neutral"}>{t(`gigStatus.${g.status}`)}</Badge>
                          {g.onWorkActivityDay ? <Badge tone="warn">{t("gig.wadConfirmed")}</Badge> : null}
                          {g.replacesGigId ? <Badge>{t("gig.replaces")}</Badge> : null}
                          <span className="text-sm">{t(`supportMode.${g.supportMode}`)}{g.supportPerson ? `: ${g.supportPerson}` : ""}</span>
                        </p>
                        {isGigIn(CHANGEABLE_GIG_STATES, g.status) ? <GigActions gigId={g.id} name={name} candidates={candidates} /> : null}
                      </li>
                    );
                  })}
                </ul>
                {s.gigs.length > s.live.length ? (
                  <details className="mt-2">
                    <summary className="min-h-11 cursor-pointer py-2 text-brand-700">{t("gig.history", { count: s.gigs.length - s.live.length })}</summary>
                    <ul className="text-sm">
                      {s.gigs
                        .filter((g) => !isLive(g.status))
                        .map((g) => (
                          <li key={g.id}>
                            {clientName(g.client)}: {t(`gigStatus.${g.status}`)}
                            {g.cancelReason ? ` – ${t("gig.reasonShown", { reason: g.cancelReason })}` : ""}
                            {g.declineReason ? ` – ${t("gig.reasonShown", { reason: g.declineReason })}` : ""}
                          </li>
                        ))}
                    </ul>
                  </details>
                ) : null}
                {s.open ? (
                  <div className="mt-4">
                    <h4 className="font-semibold">{t("matching.title")}</h4>
                    <p className="mb-2 text-sm text-muted">{t("matching.lead")}</p>
                    {s.matches.length === 0 ? <p>{t("matching.none")}</p> : null}
                    <ol className="space-y-3">
                      {s.matches
                        .filter((m) => !s.live.some((g) => g.clientId === m.clientId))
                        .slice(0, 12)
                        .map((m) => {
                          const blockedHard = m.match.problems.some((p) => p !== "WORK_ACTIVITY_DAY_NOT_CONFIRMED");
                          return (
                            <li key={m.clientId} className="flex flex-wrap items-start justify-between gap-3 border-b border-gray-100 pb-3">
                              <div>
                                <p className="font-semibold">
                                  <Link href={`/coordinator/clients/${m.clientId}`} className="text-brand-700 underline">
                                    {m.name}
                                  </Link>{" "}
                                  <span className="font-normal text-muted">· {m.unitName}</span>
                                </p>
                                <ul className="mt-1 flex flex-wrap gap-1" aria-label={t("matching.title")}>
                                  {m.match.reasons
                                    .filter((r) => r !== "blocked")
                                    .map((r) => (
                                      <li key={r}>
                                        <Badge tone={r === "noReadiness" || r === "noSkills" ? "neutral" : "ok"}>{t(`matching.reasons.${r}`)}</Badge>
                                      </li>
                                    ))}
                                </ul>
                                {m.match.problems.length > 0 ? (
                                  <ul className="mt-1 text-sm text-danger">
                                    {m.match.problems.map((p) => (
                                      <li key={p}>
                                        <ProblemText rule={p} />
                                      </li>
                                    ))}
                                  </ul>
                                ) : null}
                              </div>
                              {!blockedHard ? (
                                <AssignButton
                                  sessionId={s.id}
                                  clientId={m.clientId}
                                  name={m.name}
                                  needsWorkActivityConfirmation={m.match.problems.includes("WORK_ACTIVITY_DAY_NOT_CONFIRMED")}
                                />
                              ) : null}
                            </li>
                          );
                        })}
                    </ol>
                  </div>
                ) : null}
                {s.gigs.length === 0 && !closed ? (
                  <div className="mt-2">
                    <ActionButton action={removeSession} input={{ sessionId: s.id }} variant="ghost">
                      {t("sessions.remove")}
                    </ActionButton>
                  </div>
                ) : null}
              </section>
            ))}
          </div>
          {!closed ? (
            <div className="mt-6 border-t border-gray-200 pt-4">
              <AddSessionForm orderId={order.id} defaultWorkers={order.workerCount} />
            </div>
          ) : null}
          {planned > 0 ? (
            <div className="mt-6 border-t border-gray-200 pt-4">
              <h3 className="text-lg font-semibold">{t("sessions.sendTitle")}</h3>
              <p className="mb-2">{t("sessions.sendLead", { count: planned })}</p>
              <ActionButton action={offerGigs} input={{ orderId: order.id }} variant="primary">
                {t("sessions.send")}
              </ActionButton>
            </div>
          ) : null}
        </Card>

        <Card>
          <h2 className="mb-1 text-xl font-semibold">{th("title")}</h2>
          <p className="mb-3 text-muted">{th("lead")}</p>
          <HoursTable
            gigs={order.gigs.map((g) => ({
              id: g.id,
              status: g.status,
              startsAt: g.startsAt,
              endsAt: g.endsAt,
              plannedMinutes: g.plannedMinutes,
              reportedMinutes: g.reportedMinutes,
              approvedMinutes: g.approvedMinutes,
              clientName: clientName(g.client),
              events: g.hoursEvents,
            }))}
          />
        </Card>

        {order.status === "DONE" ? (
          <Card>
            <h2 className="mb-1 text-xl font-semibold">{t("close.title")}</h2>
            <p className="mb-3">{t("close.lead")}</p>
            <ActionButton action={markOrderApproved} input={{ orderId: order.id }} variant="primary">
              {t("close.submit")}
            </ActionButton>
          </Card>
        ) : null}
      </div>
    </>
  );
}

async function ProblemText({ rule }: { rule: RuleCode }) {
  const t = await getTranslations("errors");
  return <>{t(`rules.${rule}`)}</>;
}
