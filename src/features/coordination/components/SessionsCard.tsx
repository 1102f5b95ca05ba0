import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/ActionButton";
import { Card, EmptyState } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { CLOSED_ORDER_STATES, isOrderIn } from "@/features/orders/status";
import { offerGigs } from "../actions";
import type { CoordinatorOrder, CoordinatorSession } from "../queries";
import { AddSessionForm } from "./AddSessionForm";
import { SessionCard } from "./SessionCard";

/** The order's work sessions with their gigs, a form for a new session, and sending the planned gigs. */
export async function SessionsCard({ order, sessions, more }: { order: CoordinatorOrder; sessions: CoordinatorSession[]; more?: { sessionId: string; shown: number } }) {
  const t = await getTranslations("coordination");
  const closed = isOrderIn(CLOSED_ORDER_STATES, order.status);
  const planned = order.gigs.filter((g) => g.status === "PLANNED").length;
  return (
    <Card>
      <SectionHeading id="sessions" className="mb-1">
        {t("sessions.title")}
      </SectionHeading>
      <p className="mb-4 text-muted">{t("sessions.lead")}</p>
      {sessions.length === 0 ? <EmptyState>{t("sessions.none")}</EmptyState> : null}
      <div className="space-y-6">
        {sessions.map((s) => (
          <SessionCard key={s.id} order={order} session={s} shown={more?.sessionId === s.id ? more.shown : undefined} />
        ))}
      </div>
      {!closed ? (
        <div className="mt-6 border-t border-gray-200 pt-4">
          <AddSessionForm orderId={order.id} defaultWorkers={order.workerCount} />
        </div>
      ) : null}
      {planned > 0 ? (
        <div className="mt-6 border-t border-gray-200 pt-4">
          <SectionHeading level={3} className="">
            {t("sessions.sendTitle")}
          </SectionHeading>
          <p className="mb-2">{t("sessions.sendLead", { count: planned })}</p>
          <ActionButton action={offerGigs} input={{ orderId: order.id }} variant="primary">
            {t("sessions.send")}
          </ActionButton>
        </div>
      ) : null}
    </Card>
  );
}
