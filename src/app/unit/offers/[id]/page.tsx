import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Badge, Card, PageHeader } from "@/components/ui/Card";
import { can } from "@/features/auth/permissions";
import { confirmWorkActivityDay, revokeNomination } from "@/features/coordination/actions";
import { ActionButton } from "@/components/ui/ActionButton";
import { NominateForm } from "@/features/coordination/components/NominateForm";
import { RespondOfferForm } from "@/features/coordination/components/RespondOfferForm";
import { gigsAwaitingWorkActivityConfirmation, nominationCandidates, offerMessages, unitGigsOfOrder, unitOffer } from "@/features/coordination/queries";
import { OfferMessages } from "@/features/coordination/components/OfferMessages";
import { offerIsOpen } from "@/features/coordination/rules";
import { loadOfferWarnings, orderWorkerPay } from "@/features/benefits/queries";
import type { OfferWarning } from "@/features/benefits/rules";

import { requireRole } from "@/server/page";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, user } = await requireRole("UNIT_STAFF");
  const offer = await unitOffer(db, id);
  if (!offer || !can(user, "offer.read", { unitId: offer.unitId })) notFound();
  const t = await getTranslations("unit.offer");
  const tc = await getTranslations("coordination");
  const fmt = await getAppFormatter();
  const o = offer.order;
  const open = offerIsOpen(offer);
  const time = (minute: number) => `${Math.floor(minute / 60)}.${String(minute % 60).padStart(2, "0")}`;
  const candidates = await nominationCandidates(db, offer.unitId);
  // Would this order's gig take a candidate near or over a benefit limit (ADR 081)? The first
  // session's month, the order's hours per worker, the order's worker pay.
  const pay = await orderWorkerPay(db, o.id);
  const firstSession = o.sessions[0];
  const warnings =
    pay && firstSession
      ? await loadOfferWarnings(db, candidates, { workedAt: firstSession.startsAt, minutes: o.hoursPerWorkerMin, workerPayCents: pay.workerPayCents, contractModel: pay.contractModel })
      : new Map<string, OfferWarning[]>();
  const tw = await getTranslations("client");
  const warningText = (w: OfferWarning) => {
    const values = { kind: tw(`money.kind.${w.slot.kind}`), withGig: fmt.euros(w.withGigCents), limit: fmt.euros(w.limitCents) };
    return w.slot.kind === "PENSIONERS_HOUSING_ALLOWANCE_REVIEW" ? tw("benefitWarning.staff.review", values) : tw(`benefitWarning.staff.${w.level}`, values);
  };
  const clients = candidates.map((c) => ({
    id: c.id,
    name: `${c.firstName} ${c.lastName}`,
    readiness: c.readiness,
    preferredTimes: c.preferredTimes,
    workDays: c.workActivityHours.map((h) => `${tc(`weekday.${h.weekday}` as "weekday.1")} ${time(h.startMinute)}–${time(h.endMinute)}`),
    benefitWarnings: (warnings.get(c.id) ?? []).map(warningText),
  }));
  const disability = offer.unit.jobcenter.kind === "DISABILITY_WORK_ACTIVITY";
  const waiting = disability ? await gigsAwaitingWorkActivityConfirmation(db, [offer.unitId], o.id) : [];
  const messages = await offerMessages(db, [offer.id]);
  const gigs = await unitGigsOfOrder(db, offer.unitId, o.id);
  return (
    <>
      <PageHeader title={t("title", { title: `#${o.number} ${o.title}` })} actions={<Badge tone="info">{tc(`offerStatus.${offer.status}`)}</Badge>} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-xl font-semibold">{t("needs")}</h2>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("orderer")}</dt>
            <dd>{[o.orderer.name, o.orderer.phone].filter(Boolean).join(", ")}</dd>
            <dt className="font-semibold">{tc("order.category")}</dt>
            <dd>{tc(`category.${o.category}`)}</dd>
            <dt className="font-semibold">{tc("order.description")}</dt>
            <dd className="whitespace-pre-line">{o.description}</dd>
            <dt className="font-semibold">{tc("order.place")}</dt>
            <dd>{o.remote ? tc("order.remote") : [o.streetAddress, o.postalCode, o.city].filter(Boolean).join(", ") || "–"}</dd>
            <dt className="font-semibold">{tc("order.scope")}</dt>
            <dd>{tc("order.scopeValue", { hours: fmt.minutes(o.hoursPerWorkerMin), workers: o.workerCount })}</dd>
            <dt className="font-semibold">{tc("order.contractModel")}</dt>
            <dd>{tc(`contractModel.${o.contractModel}`)}</dd>
            {o.siteContactName || o.siteContactPhone ? (
              <>
                <dt className="font-semibold">{t("siteContact")}</dt>
                <dd>{[o.siteContactName, o.siteContactPhone].filter(Boolean).join(", ")}</dd>
              </>
            ) : null}
            {o.windowText ? (
              <>
                <dt className="font-semibold">{tc("order.window")}</dt>
                <dd>{o.windowText}</dd>
              </>
            ) : null}
            {o.orientation ? (
              <>
                <dt className="font-semibold">{t("orientation")}</dt>
                <dd>{o.orientation}</dd>
              </>
            ) : null}
            {o.ordererProvides ? (
              <>
                <dt className="font-semibold">{t("provides")}</dt>
                <dd>{o.ordererProvides}</dd>
              </>
            ) : null}
            {offer.message ? (
              <>
                <dt className="font-semibold">{t("message")}</dt>
                <dd className="whitespace-pre-line">{offer.message}</dd>
              </>
            ) : null}
          </dl>
          <h3 className="mb-2 mt-4 text-lg font-semibold">{t("times")}</h3>
          {o.sessions.length === 0 ? <p>{t("noTimes")}</p> : null}
          <ul>
            {o.sessions.map((s) => (
              <li key={s.id}>
                {tc("sessions.sessionTitle", { date: fmt.weekdayDate(s.startsAt), start: fmt.time(s.startsAt), end: fmt.time(s.endsAt) })} ·{" "}
                {tc("sessions.workersNeeded")}: {s.workersNeeded}
              </li>
            ))}
          </ul>
          {gigs.length > 0 ? (
            <>
              <h3 className="mb-2 mt-4 text-lg font-semibold">{t("yourGigs")}</h3>
              <ul>
                {gigs.map((g) => (
                  <li key={g.id}>
                    {g.client.firstName} {g.client.lastName}: {tc("sessions.sessionTitle", { date: fmt.weekdayDate(g.startsAt), start: fmt.time(g.startsAt), end: fmt.time(g.endsAt) })} · {tc(`gigStatus.${g.status}`)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <OfferMessages
            offerId={offer.id}
            messages={messages}
            canPost={open && can(user, "offer.message", { unitId: offer.unitId, jobcenterId: offer.unit.jobcenterId })}
            texts={{ title: t("thread"), none: t("noMessages"), label: t("messageLabel"), hint: t("messageHint"), send: t("send") }}
          />
        </Card>
        <div className="space-y-6">
          {waiting.length > 0 ? (
            <Card>
              <h2 className="mb-1 text-xl font-semibold">{t("confirmDayTitle")}</h2>
              <p className="mb-3 text-muted">{t("confirmDayLead")}</p>
              <ul className="space-y-3">
                {waiting.map((g) => {
                  const name = `${g.client.firstName} ${g.client.lastName}`;
                  return (
                    <li key={g.id} className="border-b border-gray-100 pb-3">
                      <p className="font-semibold">{name}</p>
                      <p className="text-sm">{tc("sessions.sessionTitle", { date: fmt.weekdayDate(g.startsAt), start: fmt.time(g.startsAt), end: fmt.time(g.endsAt) })}</p>
                      <ActionButton action={confirmWorkActivityDay} input={{ gigId: g.id }}>
                        {t("confirmDay", { name })}
                      </ActionButton>
                    </li>
                  );
                })}
              </ul>
            </Card>
          ) : null}
          {open ? (
            <Card>
              <h2 className="mb-3 text-xl font-semibold">{t("respondTitle")}</h2>
              <RespondOfferForm offerId={offer.id} />
            </Card>
          ) : null}
          <Card>
            <h2 className="mb-3 text-xl font-semibold">{t("nominated")}</h2>
            {offer.nominations.length === 0 ? <p>{t("none")}</p> : null}
            <ul className="space-y-3">
              {offer.nominations.map((n) => {
                const name = `${n.client.firstName} ${n.client.lastName}`;
                return (
                  <li key={n.id} className="border-b border-gray-100 pb-3">
                    <p className="font-semibold">{name}</p>
                    <p className="text-sm">
                      {tc(`skillsCheck.${n.skillsCheck}`)} · {tc(`benefitCheck.${n.benefitCheck}`)} · {tc(`supportMode.${n.supportMode}`)}
                      {n.supportPerson ? `: ${n.supportPerson}` : ""} · {tc("nominations.validUntil", { date: fmt.date(n.validUntil) })}
                    </p>
                    <ActionButton action={revokeNomination} input={{ nominationId: n.id }} variant="ghost">
                      {t("revoke", { name })}
                    </ActionButton>
                  </li>
                );
              })}
            </ul>
          </Card>
          {open ? (
            <Card>
              <h2 className="mb-1 text-xl font-semibold">{t("nominateTitle")}</h2>
              <p className="mb-3 text-muted">{t("nominateLead")}</p>
              {clients.length === 0 ? <p>{t("noClients")}</p> : <NominateForm offerId={offer.id} clients={clients} disability={disability} benefitLabel={tw("benefitWarning.staff.label")} />}
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
