import { getISOWeek } from "date-fns";
import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { TextLink } from "@/components/ui/Text";
import { ActionButton } from "@/components/ui/ActionButton";
import { confirmWorkActivityDay } from "@/features/coordination/actions";
import { workActivityHoursOn } from "@/features/clients/rules";
import { unitGigs, unitWeekClients } from "@/features/coordination/queries";
import { addHelsinkiDays, dayKey, helsinki, helsinkiInstant, startOfHelsinkiWeek } from "@/lib/dates";
import { day as calendarDay } from "@/lib/schema";
import { requireRole } from "@/server/page";

const hm = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`;

export default async function Page({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  const { week } = await searchParams;
  const { db, user, now } = await requireRole("UNIT_STAFF");
  const t = await getTranslations("unit");
  const tc = await getTranslations("coordination");
  const fmt = await getAppFormatter();
  const unitIds = user.grants.filter((g) => g.role === "UNIT_STAFF" && g.unitId).map((g) => g.unitId!);
  const asked = calendarDay.safeParse(week);
  const anchor = asked.success ? helsinkiInstant(asked.data, "12:00") : now();
  const monday = startOfHelsinkiWeek(anchor);
  const nextMonday = addHelsinkiDays(monday, 7);
  const days = [0, 1, 2, 3, 4, 5, 6].map((i) => addHelsinkiDays(monday, i));
  const dayKeys = days.map(dayKey);
  const clients = await unitWeekClients(db, unitIds, { first: dayKeys[0]!, last: dayKeys[6]! });
  const gigs = await unitGigs(db, unitIds, monday, nextMonday);
  const rows = clients.filter((c) => c.workActivityHours.length > 0 || gigs.some((g) => g.clientId === c.id));
  return (
    <>
      <PageHeader
        title={t("week.title", { week: getISOWeek(helsinki(monday)) })}
        lead={`${fmt.date(days[0]!)}–${fmt.date(days[6]!)}. ${t("week.lead")}`}
        actions={
          <>
            <TextLink href={`/unit/week?week=${dayKey(addHelsinkiDays(monday, -7))}`} className="rounded-lg px-3">
              {t("week.prev")}
            </TextLink>
            <TextLink href={`/unit/week?week=${dayKey(nextMonday)}`} className="rounded-lg px-3">
              {t("week.next")}
            </TextLink>
          </>
        }
      />
      <Card>
        {rows.length === 0 ? <EmptyState>{t("week.empty")}</EmptyState> : null}
        {rows.length > 0 ? (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[56rem] table-fixed text-left text-sm">
              <caption className="sr-only">{t("week.title", { week: getISOWeek(helsinki(monday)) })}</caption>
              <thead>
                <tr className="border-b border-gray-300">
                  <th scope="col" className="w-36 py-2 pr-2">{t("week.client")}</th>
                  {days.map((d) => (
                    <th key={d.toISOString()} scope="col" className="py-2 pr-2">
                      {fmt.weekdayDate(d)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id} className="border-b border-gray-100 align-top">
                    <th scope="row" className="py-2 pr-2">
                      <TextLink href={`/unit/clients/${c.id}`}>
                        {c.firstName} {c.lastName}
                      </TextLink>
                    </th>
                    {dayKeys.map((day) => {
                      const hours = workActivityHoursOn(day, c.workActivityHours, c.workActivityMoves);
                      const dayGigs = gigs.filter((g) => g.clientId === c.id && dayKey(g.startsAt) === day);
                      return (
                        <td key={day} className="space-y-1 py-2 pr-2">
                          {hours ? <p className="rounded bg-gray-100 px-1">{t("week.workActivity", { start: hm(hours.startMinute), end: hm(hours.endMinute) })}</p> : null}
                          {dayGigs.map((g) => (
                            <div key={g.id} className="rounded border border-brand-600 px-1">
                              <p>{t("week.gig", { start: fmt.time(g.startsAt), end: fmt.time(g.endsAt), title: g.order.title })}</p>
                              <p className="text-xs">{tc(`gigStatus.${g.status}`)}</p>
                              {g.onWorkActivityDay ? <Badge tone="warn">{t("week.wadFlag")}</Badge> : null}
                              {/* Not sent before the staff confirm the client leaves work activity that day (ADR 031). */}
                              {g.onWorkActivityDay && g.status === "PLANNED" && !g.workActivityDayConfirmedById ? (
                                <ActionButton action={confirmWorkActivityDay} input={{ gigId: g.id }} variant="secondary">
                                  {t("week.confirmDay", { name: c.firstName })}
                                </ActionButton>
                              ) : null}
                            </div>
                          ))}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
    </>
  );
}
