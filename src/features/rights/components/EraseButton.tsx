"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { useAction } from "@/components/ui/useAction";
import { eraseClient, eraseUser } from "../actions";

/** Erasing needs a ticked confirmation first; the server checks again that it is due. */
export function EraseButton({ target }: { target: { clientId: string } | { userId: string } }) {
  const t = useTranslations("rights.erase");
  const id = useId();
  const [confirmed, setConfirmed] = useState(false);
  const client = useAction(eraseClient);
  const user = useAction(eraseUser);
  const { result, pending } = "clientId" in target ? client : user;
  const run = () => ("clientId" in target ? client.run({ clientId: target.clientId, confirm: true }) : user.run({ userId: target.userId, confirm: true }));
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="flex min-h-11 items-center gap-2">
        <input id={id} type="checkbox" className="h-5 w-5" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} aria-describedby={`${id}-hint`} />
        {t("confirm")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {t("confirmHint")}
      </p>
      <Button type="button" variant="danger" disabled={!confirmed || pending} onClick={run}>
        {t("erase")}
      </Button>
      <ActionErrorAlert result={result} />
    </div>
  );
}
