import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/ActionButton";
import { Card } from "@/components/ui/Card";
import { SectionHeading, TextLink } from "@/components/ui/Text";
import { markOrderApproved, offerGigs } from "../actions";
import type { NextStep } from "../rules";

/** Where on the page each step's action is (the section's id). */
const anchors: Partial<Record<NextStep, string>> = {
  verifyOrderer: "orderer-review",
  waitTerms: "order-more",
  waitReacceptance: "order-more",
  approveHours: "hours",
  addSessions: "sessions",
  offerToUnits: "offers",
  assign: "sessions",
  waitForUnits: "offers",
  waitStaffConfirmation: "sessions",
  waitForClients: "sessions",
};

/**
 * The top of the coordinator's order page: what is needed now and its action (a button when
 * the step is one click, else a link to the section that holds it). See `nextStep`.
 */
export async function NextStepPanel({ orderId, step, counts }: { orderId: string; step: NextStep; counts: { planned: number; reported: number; nominations: number } }) {
  const t = await getTranslations("coordination.next");
  const anchor = anchors[step];
  return (
    <Card>
      <section aria-labelledby="next-step">
        <SectionHeading id="next-step" className="mb-1">
          {t("title")}
        </SectionHeading>
        <p className="mb-3 text-lg">{t(`steps.${step}`, counts)}</p>
        {step === "sendGigs" ? (
          <ActionButton action={offerGigs} input={{ orderId }} variant="primary">
            {t("sendGigs", { count: counts.planned })}
          </ActionButton>
        ) : step === "closeOrder" ? (
          <ActionButton action={markOrderApproved} input={{ orderId }} variant="primary">
            {t("closeOrder")}
          </ActionButton>
        ) : anchor ? (
          <TextLink href={`#${anchor}`}>{t(`go.${anchor}` as "go.sessions")}</TextLink>
        ) : null}
      </section>
    </Card>
  );
}
