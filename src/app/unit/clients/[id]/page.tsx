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
import { findNotificationPrefs } from "@/features/notifications/queries";
import { DEFAULT_PREFS } from "@/features/notifications/rules";
import { FeedbackOverviewCard } from "@/features/feedback/components/FeedbackOverviewCard";
import { can } from "@/features/auth/permissions";

export default async function Page({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string }> }) {
  const { id } = await params;
  const { added } = await searchParams;
  const { db, user, now } = await requireRole("UNIT_STAFF");
  const client = await readClientAudited(db, user, id, "staff", now());
  if (!client) notFound();
  const t = await getTranslations("unit");
  const tc = await getTranslations("coordination");
  const th = await getTranslations("hours");
  const fmt = await getAppFormatter();
  const gigs = await clientGigsWithHours(db, id);
  const signInThrottle = client.userId ? await accountThrottleStatus(db, client.userId, now()) : null;
  const notificationPrefs = client.userId ? ((await findNotificationPrefs(db, client.userId)) ?? DEFAULT_PREFS) : null;
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
    </>
  );
}
