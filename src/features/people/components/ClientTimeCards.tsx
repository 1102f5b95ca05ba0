import { getTranslations } from "next-intl/server";
import { Alert, Badge, Card } from "@/components/ui/Card";
import { IssueSignInForm } from "@/features/client-app/components/IssueSignInForm";
import type { ClientStatus } from "@/generated/prisma/enums";
import { getAppFormatter } from "@/i18n/server";
import type { Db } from "@/server/db";
import { clientPathway, clientUsernameOf, openGigsOfClient, unitNames, unitsOfJobcenter } from "../queries";
import { CancelGigForEndForm, EndTimeForm, MoveUnitForm, RecordPathwayForm, ResumeForm } from "./ClientTimeForms";

export const usernameSuggestion = (firstName: string) =>
  firstName
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]/g, "");

/**
 * The client's time in the Jobcenter on the staff profile page: the sign-in, the open gigs to
 * handle before an end, pause or end, resume, a move to another unit, and the path so far.
 */
export async function ClientTimeCards({
  db,
  client,
  today,
  added,
}: {
  db: Db;
  client: { id: string; firstName: string; status: ClientStatus; userId: string | null; unitId: string; jobcenterId: string };
  today: string;
  added: boolean;
}) {
  const t = await getTranslations("people");
  const fmt = await getAppFormatter();
  const username = await clientUsernameOf(db, client.userId);
  const openGigs = client.status === "ENDED" ? [] : await openGigsOfClient(db, client.id);
  const otherUnits = (await unitsOfJobcenter(db, client.jobcenterId)).filter((u) => u.id !== client.unitId);
  const { events, moves } = await clientPathway(db, client.id);
  const names = new Map((await unitNames(db, [...new Set(moves.flatMap((m) => [m.fromUnitId, m.toUnitId]))])).map((u) => [u.id, u.name]));
  const orderNumbers = [...new Set(openGigs.map((g) => g.order.number))].join(", ");
  return (
    <div className="space-y-6">
      {client.status === "ACTIVE" ? (
        <Card>
          <h2 id="sign-in" className="mb-3 text-xl font-semibold">
            {t("signIn.title")}
          </h2>
          {added ? <Alert tone="ok">{t("add.created")}</Alert> : null}
          <p className="mb-2 text-muted">{t("signIn.lead")}</p>
          <IssueSignInForm clientId={client.id} username={username} suggestion={usernameSuggestion(client.firstName)} />
        </Card>
      ) : null}
      <Card>
        <h2 className="mb-3 text-xl font-semibold">
          {t("end.title")} <Badge tone={client.status === "ACTIVE" ? "ok" : "neutral"}>{t(`status.${client.status}`)}</Badge>
        </h2>
        {client.status === "ENDED" ? <p>{t("end.ended")}</p> : <p className="mb-3 text-muted">{t("end.lead")}</p>}
        {openGigs.length > 0 ? (
          <div className="mb-4">
            <h3 className="font-semibold">{t("end.openGigs")}</h3>
            <p className="mb-2 text-muted">{t("end.openGigsLead", { numbers: orderNumbers })}</p>
            <ul className="space-y-3">
              {openGigs.map((g) => (
                <li key={g.id} className="rounded-lg border border-gray-300 p-3">
                  {t("end.gigRow", { number: g.order.number, title: g.order.title, when: `${fmt.weekdayDate(g.startsAt)} ${fmt.time(g.startsAt)}–${fmt.time(g.endsAt)}` })}
                  <CancelGigForEndForm gigId={g.id} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {client.status === "ACTIVE" ? <EndTimeForm clientId={client.id} today={today} /> : null}
        {client.status === "PAUSED" ? (
          <>
            <h3 className="mb-2 mt-4 font-semibold">{t("end.resumeTitle")}</h3>
            <ResumeForm clientId={client.id} today={today} />
            <div className="mt-4">
              <EndTimeForm clientId={client.id} today={today} />
            </div>
          </>
        ) : null}
      </Card>
      {client.status !== "ENDED" ? (
        <Card>
          <h2 className="mb-3 text-xl font-semibold">{t("move.title")}</h2>
          <p className="mb-2 text-muted">{t("move.lead")}</p>
          <MoveUnitForm clientId={client.id} units={otherUnits} afterMove="/unit/clients" />
        </Card>
      ) : null}
      <Card>
        <h2 className="mb-3 text-xl font-semibold">{t("pathway.title")}</h2>
        {events.length === 0 && moves.length === 0 ? <p className="text-muted">{t("pathway.empty")}</p> : null}
        <ul className="text-sm">
          {events.map((e) => (
            <li key={e.id}>
              {t("pathway.row", { date: fmt.day(e.occurredOn), kind: t(`pathway.kind.${e.kind}`) })}
              {e.note ? ` – ${e.note}` : ""}
            </li>
          ))}
          {moves.map((m) => (
            <li key={m.id}>{t("pathway.moveRow", { date: fmt.date(m.createdAt), from: names.get(m.fromUnitId) ?? "?", to: names.get(m.toUnitId) ?? "?" })}</li>
          ))}
        </ul>
        <RecordPathwayForm clientId={client.id} today={today} />
      </Card>
    </div>
  );
}
