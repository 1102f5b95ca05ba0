"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { issueClientSignIn } from "../actions";
import { issueSignInSchema } from "../schema";

/** Unit staff give a client a username and a new PIN; the PIN is shown here once. */
export function IssueSignInForm({ clientId, username, suggestion }: { clientId: string; username: string | null; suggestion: string }) {
  const t = useTranslations("client.support");
  // Kept only in this component's state: the PIN is never stored in plain text anywhere.
  const [issued, setIssued] = useState<{ username: string; pin: string } | null>(null);
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(issueSignInSchema, issueClientSignIn, {
    defaultValues: { clientId, username: username ?? suggestion },
    onOk: (data) => setIssued({ username: data.username, pin: data.pin }),
  });
  const id = `username-${clientId}`;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        setIssued(null);
        void onSubmit(e);
      }}
    >
      <TextField id={id} label={t("username")} hint={t("usernameHint")} autoCapitalize="none" autoComplete="off" {...register("username")} error={fieldError("username")} />
      <div aria-live="polite" className="mb-3">
        {issued && !failure ? <Alert tone="ok">{t("pinOnce", { username: issued.username, pin: issued.pin })}</Alert> : <ActionErrorAlert result={failure} />}
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {username ? t("reset") : t("issue")}
      </Button>
    </form>
  );
}
