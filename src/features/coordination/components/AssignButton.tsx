"use client";

import { useTranslations } from "next-intl";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { useActionForm } from "@/components/ui/useActionForm";
import { assignClient } from "../actions";
import { assignClientSchema } from "../schema";

/**
 * Assigns one client to a session. A gig on a disability work-activity day the nomination did
 * not confirm is entered and waits for the unit staff's confirmation (ADR 031).
 */
export function AssignButton({ sessionId, clientId, name }: { sessionId: string; clientId: string; name: string }) {
  const t = useTranslations("coordination.matching");
  const { onSubmit, failure, pending } = useActionForm(assignClientSchema, assignClient, {
    defaultValues: { sessionId, clientId },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <Button type="submit" disabled={pending}>
        {t("assign", { name })}
      </Button>
      <ActionErrorAlert result={failure} />
    </form>
  );
}
