import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/Button";
import { Alert, Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import type { OrderDetail } from "../queries";
import { pendingChangeOf } from "../rules";
import { AcceptTermsForm, PendingChange, type TermsToAccept } from "./OrdererForms";

/**
 * What waits for the orderer on their order, first on the page: finishing a draft, deciding on
 * a change the coordinator proposed, or accepting the terms of a submitted order.
 */
export async function OrdererNextSteps({ order, terms }: { order: OrderDetail; terms: TermsToAccept | null }) {
  const t = await getTranslations("orders");
  const pending = pendingChangeOf(order.changes);
  return (
    <>
      {order.status === "DRAFT" ? (
        <Alert tone="info">
          <p className="mb-2">{t("detail.draft")}</p>
          <LinkButton href={`/orderer/orders/new?draft=${order.id}`}>{t("detail.continueDraft")}</LinkButton>
        </Alert>
      ) : null}

      {pending ? (
        <Card>
          <SectionHeading className="mb-2">{t("changes.pendingTitle")}</SectionHeading>
          <PendingChange
            change={{ id: pending.id, description: pending.description, reason: pending.reason, newUnitPriceCents: pending.newUnitPriceCents, newHoursPerWorkerMin: pending.newHoursPerWorkerMin, newWorkerCount: pending.newWorkerCount, newContractModel: pending.newContractModel }}
            terms={terms}
          />
        </Card>
      ) : null}

      {/* while a change waits, accepting it is what accepts the terms */}
      {order.status === "RECEIVED" && !pending && terms ? (
        <Card>
          <SectionHeading className="mb-2">{t("terms.acceptTitle")}</SectionHeading>
          <p className="mb-3">{t("terms.acceptLead")}</p>
          <AcceptTermsForm orderId={order.id} terms={terms} />
        </Card>
      ) : null}
    </>
  );
}
