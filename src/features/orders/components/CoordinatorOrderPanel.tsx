import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";
import { Card, EmptyState } from "@/components/ui/Card";
import { can } from "@/features/auth/permissions";
import { requireUser } from "@/server/page";
import { findJobcenter, orderDetail, orderFeedback, orderMessages } from "../queries";
import { changeAllowed, messagesOpen } from "../rules";
import { staffableContractModelsOf } from "@/features/clients/queries";
import { AgreePriceForm, ContractModelChangeForm, ProposeChangeForm } from "./ChangeForms";
import { OrderFeedbackList } from "./OrderFeedbackList";
import { OrderMessages } from "./OrderMessages";
import { TermsAcceptanceHistory } from "./TermsAcceptanceHistory";

/**
 * The order pieces of the coordinator's order page in one server component: messages (with
 * questions), an agreed price or a change of scope, pending and past changes, every terms
 * acceptance, and the orderer's feedback with "record on the profile".
 * Usage: `<CoordinatorOrderPanel orderId={order.id} />`; it reads through the request's own context.
 */
export async function CoordinatorOrderPanel({ orderId }: { orderId: string }) {
  const { db, user } = await requireUser();
  const order = await orderDetail(db, orderId);
  if (!order) return null;
  const target = { ordererId: order.ordererId, jobcenterId: order.jobcenterId };
  const t = await getTranslations("orders");
  const fmt = await getAppFormatter();
  const [messages, feedback] = await Promise.all([orderMessages(db, orderId), orderFeedback(db, orderId)]);
  const canPropose = changeAllowed(order) && can(user, "order.proposeChange", target);
  const jobcenter = canPropose ? await findJobcenter(db, order.jobcenterId) : null;
  const otherModels = jobcenter ? (await staffableContractModelsOf(db, jobcenter)).filter((m) => m !== order.contractModel) : [];
  return (
    <div className="space-y-6">
      <Card>
        <h2 className="mb-2 text-xl font-bold">{t("messages.title")}</h2>
        <OrderMessages orderId={order.id} messages={messages} canPost={can(user, "order.message", target) && messagesOpen(order)} asCoordinator />
      </Card>
      <Card>
        <h2 className="mb-2 text-xl font-bold">{t("coordinator.changesTitle")}</h2>
        {order.changes.length === 0 ? (
          <EmptyState>{t("coordinator.noChanges")}</EmptyState>
        ) : (
          <ul className="mb-4 space-y-2">
            {order.changes.map((c) => (
              <li key={c.id} className="rounded-lg border border-gray-200 p-3">
                <p className="font-semibold">
                  {t(`coordinator.changeStatus.${c.status}`)} · {fmt.dateTime(c.createdAt)}
                </p>
                <p>{c.description}</p>
                <p className="text-sm">
                  {[
                    c.newUnitPriceCents !== null ? t("changes.proposedPrice", { price: fmt.euros(c.newUnitPriceCents) }) : null,
                    c.newHoursPerWorkerMin !== null ? t("changes.proposedHours", { hours: fmt.minutes(c.newHoursPerWorkerMin) }) : null,
                    c.newWorkerCount !== null ? t("changes.proposedWorkers", { workers: c.newWorkerCount }) : null,
                    c.newContractModel !== null ? t("changes.proposedContractModel", { model: t(`contractModel.${c.newContractModel}`) }) : null,
                    c.reason ? t("changes.reasonShown", { reason: c.reason }) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </li>
            ))}
          </ul>
        )}
        {canPropose ? (
          <div className="grid gap-6 md:grid-cols-2">
            <div>
              <h3 className="mb-2 text-lg font-bold">{t("coordinator.agreePrice")}</h3>
              <AgreePriceForm orderId={order.id} listUnitPriceCents={order.listUnitPriceCents} />
            </div>
            <div>
              <h3 className="mb-2 text-lg font-bold">{t("coordinator.changeScope")}</h3>
              <ProposeChangeForm orderId={order.id} minutesPerWorker={order.hoursPerWorkerMin} workerCount={order.workerCount} />
            </div>
            {otherModels.length > 0 ? (
              <div>
                <h3 className="mb-2 text-lg font-bold">{t("coordinator.changeContractModel")}</h3>
                <ContractModelChangeForm orderId={order.id} models={otherModels} />
              </div>
            ) : null}
          </div>
        ) : null}
      </Card>
      <Card>
        <h2 className="mb-2 text-xl font-bold">{t("terms.historyTitle")}</h2>
        <TermsAcceptanceHistory acceptances={order.acceptances} />
      </Card>
      <Card>
        <h2 className="mb-2 text-xl font-bold">{t("coordinator.feedbackTitle")}</h2>
        <OrderFeedbackList feedback={feedback} canRecord={can(user, "feedback.record", target)} />
      </Card>
    </div>
  );
}
