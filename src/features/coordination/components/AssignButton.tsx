"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { assignClient } from "../actions";
import { useAction } from "@/components/ui/useAction";

/**
 * Assigns one client to a session. For a gig on a disability work-activity day the
 * coordinator first ticks that the client's unit staff confirmed it (ADR 031).
 */
export function AssignButton({ sessionId, clientId, name, needsWorkActivityConfirmation }: { sessionId: string; clientId: string; name: string; needsWorkActivityConfirmation: boolean }) {
  const t = useTranslations("coordination.matching");
  const [confirmed, setConfirmed] = useState(false);
  const { result, pending, run } = useAction(assignClient);
  const id = `wad-${sessionId}-${clientId}`;
  return (
    <div className="space-y-2">
      {needsWorkActivityConfirmation ? (
        <div className="flex items-start gap-2">
          <input id={id} type="checkbox" className="mt-1 h-5 w-5" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          <label htmlFor={id} className="text-sm">
            {t("confirmWad")}
          </label>
        </div>
      ) : null}
      <Button type="button" disabled={pending} onClick={() => run({ sessionId, clientId, workActivityDayConfirmed: confirmed })}>
        {t("assign", { name })}
      </Button>
      <ActionErrorAlert result={result} />
    </div>
  );
}
