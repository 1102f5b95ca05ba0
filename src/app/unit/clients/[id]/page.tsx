import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Badge, Card, PageHeader } from "@/components/ui/Card";
import { withdrawConsent } from "@/features/clients/actions";
import { ConsentForm, MoveDayForm, ProfileForm, ReadinessForm, WorkActivityHoursForm } from "@/features/clients/components/ClientForms";
import { clientGigsWithHours, readClientAudited } from "@/features/clients/queries";
import { ActionButton } from "@/components/ui/ActionButton";
import { HoursTable } from "@/features/hours/components/HoursTable";
import { requireRole } from "@/server/page";
import { SignInThrottleCard } from "@/features/auth/components/SignInThrottleCard";
import { accountThrottleStatus } from "@/features/auth/queries";
import { PayDetailsCard } from "@/features/payroll/components/PayDetailsCard";
import { ClientTimeCards } from "@/features/people/components/ClientTimeCards";
import { dayKey } from "@/lib/dates";
import { NotificationPrefsForm } from "@/features/notifications/components/NotificationPrefsForm";
import { findClientChannelPrefs } from "@/features/notifications/queries";
import { DEFAULT_PREFS } from "@/features/notifications/rules";
import { clientAccessLog } from "@/features/audit/queries";
import { decodeCursor, encodeCursor } from "@/features/audit/rules";
import { AccessLogTable } from "@/features/rights/components/AccessLog";
import { SharedClientProfile } from "@/features/rights/components/SharedClientProfile";
import { TextLink } from "@/components/ui/Text";
import { FeedbackOverviewCard } from "@/features/feedback/components/FeedbackOverviewCard";
import { can } from "@/features/auth/permissions";

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string; log?: string }> }) {
  const { id } = await params;
  const { added, log } = await searchParams;
  const { db, user, now } = await requireRole("UNIT_STAFF");
  const client = await readClientAudited(db, user, id, "staff", now());
  if (!client) {
    // Staff of another unit of the Jobcenter see the work profile while a consent allows it (ADR 072).
    const shared = await readClientAudited(db, user, id, "otherUnit", now());
    if (!shared) notFound();
    return <SharedClientProfile client={shared} />;
  }
  const accessLog = await clientAccessLog(db, id, decodeCursor(log));
  const tl = await getTranslations("rights.log");
  const tx = await getTranslations("rights.export");
  const t = await getTranslations("unit");
  const tc = await getTranslations("coordination");
  const th = await getTranslations("hours");
  const fmt = await getAppFormatter();
  const gigs = await clientGigsWithHours(db, id);
  const signInThrottle = client.userId ? await accountThrottleStatus(db, client.userId, now()) : null;
  // A client without a sign-in has channels too (ADR 046): SMS or email to the profile's number or address.
  const notificationPrefs = (await findClientChannelPrefs(db, { id: client.id, userId: client.userId ?? null })) ?? DEFAULT_PREFS;
  const tn = await getTranslations("notifications.prefs");
  const name = `${client.firstName} ${client.lastName}`;
  return (
    <>
      <PageHeader title={name} lead={client.unit.name} actions={<Badge tone={client.readiness === "READY" ? "ok" : "neutral"}>{tc(`readiness.${client.readiness}`)}</Badge>} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-xl font-semibold">{t("client.profileTitle")}</h2>
          <ProfileForm
            client={{
              id: client.id,
              phone: client.phone,
              area: client.area,
              skills: client.skills,
              interests: client.interests,
              supportNeeds: client.supportNeeds,
              preferredTimes: client.preferredTimes,
              benefits: client.benefits,
              allowedContractModels: client.allowedContractModels,
            }}
          />
        </Card>
        <div className="space-y-6">
          <FeedbackOverviewCard db={db} clientId={client.id} canDebrief={can(user, "debrief.record", { unitId: client.unitId })} now={now()} />
          {client.userId ? <SignInThrottleCard userId={client.userId} status={signInThrottle} /> : null}
          <PayDetailsCard clientId={client.id} />
          {notificationPrefs ? (
            <Card>
              <h2 className="mb-1 text-xl font-semibold">{tn("title")}</h2>
              <p className="mb-3 text-sm text-muted">{tn("lead")}</p>
              {client.userId ? null : <p className="mb-3 text-sm text-muted">{tn("noSignIn")}</p>}
              <NotificationPrefsForm clientId={client.id} prefs={notificationPrefs} />
            </Card>
          ) : null}
          <Card>
            <h2 className="mb-3 text-xl font-semibold">{t("client.readinessTitle")}</h2>
            <ReadinessForm clientId={client.id} current={client.readiness} />
            <h3 className="mb-2 mt-4 font-semibold">{t("client.history")}</h3>
            {client.readinessEvents.length === 0 ? <p className="text-muted">{t("client.noHistory")}</p> : null}
            <ul className="text-sm">
              {client.readinessEvents.map((e) => (
                <li key={e.id}>
                  {fmt.dateTime(e.createdAt)}: {tc(`readiness.${e.status}`)}
                  {e.note ? ` – ${e.note}` : ""}
                </li>
              ))}
            </ul>
          </Card>
          <Card>
            <h2 className="mb-1 text-xl font-semibold">{t("client.consentTitle")}</h2>
            <p className="mb-3 text-sm text-muted">{t("client.consentLead")}</p>
            {client.consents.length === 0 ? <p className="mb-3 text-muted">{t("client.noConsents")}</p> : null}
            <ul className="mb-4 space-y-2">
              {client.consents.map((c) => (
                <li key={c.id} className="border-b border-gray-100 pb-2">
                  <p>{t("client.consentRow", { parties: c.parties.join(", "), scope: c.scope })}</p>
                  <p className="text-sm">
                    {t("client.consentDates", {
                      agreed: fmt.day(c.agreedOn),
                      until: c.validUntil ? t("client.until", { date: fmt.day(c.validUntil) }) : "",
                    })}
                  </p>
                  {c.withdrawnAt ? (
                    <Badge tone="warn">{t("client.withdrawnOn", { date: fmt.date(c.withdrawnAt) })}</Badge>
                  ) : (
                    <ActionButton action={withdrawConsent} input={{ consentId: c.id }} variant="ghost">
                      {t("client.withdrawButton")}
                    </ActionButton>
                  )}
                </li>
              ))}
            </ul>
            <ConsentForm clientId={client.id} />
          </Card>
        </div>
        <Card>
          <h2 className="mb-1 text-xl font-semibold">{t("client.wahTitle")}</h2>
          <p className="mb-3 text-sm text-muted">{t("client.wahLead")}</p>
          <WorkActivityHoursForm clientId={client.id} hours={client.workActivityHours.map(({ weekday, startMinute, endMinute }) => ({ weekday, startMinute, endMinute }))} />
        </Card>
        <Card>
          <h2 className="mb-1 text-xl font-semibold">{t("client.moveTitle")}</h2>
          <p className="mb-3 text-sm text-muted">{t("client.moveLead")}</p>
          <MoveDayForm clientId={client.id} />
          <h3 className="mb-2 mt-4 font-semibold">{t("client.moves")}</h3>
          <ul className="text-sm">
            {client.workActivityMoves.map((m) => (
              <li key={m.id}>
                {t("client.moveRow", { from: fmt.day(m.fromDate), to: fmt.day(m.toDate) })}
                {m.reason ? ` – ${m.reason}` : ""}
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <div className="mt-6">
        <ClientTimeCards
          db={db}
          client={{ id: client.id, firstName: client.firstName, status: client.status, userId: client.userId, unitId: client.unitId, jobcenterId: client.unit.jobcenterId }}
          today={dayKey(now())}
          added={added === "1"}
        />
      </div>
      <div className="mt-6">
        <Card>
          <h2 className="mb-1 text-xl font-semibold">{t("client.gigsTitle")}</h2>
          <p className="mb-3 text-sm text-muted">{th("lead")}</p>
          <HoursTable
            gigs={gigs.map((g) => ({
              id: g.id,
              status: g.status,
              startsAt: g.startsAt,
              endsAt: g.endsAt,
              plannedMinutes: g.plannedMinutes,
              reportedMinutes: g.reportedMinutes,
              approvedMinutes: g.approvedMinutes,
              clientName: name,
              events: g.hoursEvents,
            }))}
            now={now()}
          />
        </Card>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Card>
          <h2 id="access-log" className="mb-1 text-xl font-semibold">
            {tl("title")}
          </h2>
          <p className="mb-3 text-sm text-muted">{tl("lead")}</p>
          {accessLog.rows.length === 0 ? <p className="text-muted">{tl("none")}</p> : <AccessLogTable rows={accessLog.rows} caption={tl("title")} />}
          <nav aria-label={tl("pagination")} className="mt-2 flex flex-wrap gap-4">
            {log ? <TextLink href={`/unit/clients/${client.id}#access-log`}>{tl("newest")}</TextLink> : null}
            {accessLog.next ? <TextLink href={`/unit/clients/${client.id}?log=${encodeCursor(accessLog.next)}#access-log`}>{tl("older")}</TextLink> : null}
            <TextLink href={`/unit/clients/${client.id}/access-log`}>{tl("print")}</TextLink>
          </nav>
        </Card>
        <Card>
          <h2 className="mb-1 text-xl font-semibold">{tx("title")}</h2>
          <p className="mb-3 text-sm text-muted">{tx("lead")}</p>
          <div className="flex flex-wrap gap-4">
            <a className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline" href={`/unit/clients/${client.id}/export/json`} download>
              {tx("json")}
            </a>
            <a className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline" href={`/unit/clients/${client.id}/export/pdf`} download>
              {tx("pdf")}
            </a>
          </div>
        </Card>
      </div>
    </>
  );
}
