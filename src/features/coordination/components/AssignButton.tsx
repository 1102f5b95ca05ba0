"use client";

import { useTranslations } from "next-intl";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { useActionForm } from "@/components/ui/useActionForm";
import { assignClient } from "../actions";
import { assignClientSchema } from "../schema";

/**
 * Assigns one client to a session. For a gig on a disability work-activity day the
 * coordinator first ticks that the client's unit staff confirmed it (ADR 031).
 */
export function AssignButton({ sessionId, clientId, name, needsWorkActivityConfirmation }: { sessionId: string; clientId: string; name: string; needsWorkActivityConfirmation: boolean }) {
  const t = useTranslations("coordination.matching");
  const { onSubmit, register, failure, pending } = useActionForm(assignClientSchema, assignClient, {
    defaultValues: { sessionId, clientId, workActivityDayConfirmed: false },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      {needsWorkActivityConfirmation ? <CheckboxField id={`wad-${sessionId}-${clientId}`} label={t("confirmWad")} {...register("workActivityDayConfirmed")} /> : null}
      <Button type="submit" disabled={pending}>
        {t("assign", { name })}
      </Button>
      <ActionErrorAlert result={failure} />
    </form>
  );
}
