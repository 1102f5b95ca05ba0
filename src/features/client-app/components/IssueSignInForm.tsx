"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import type { ActionResult } from "@/server/errors";
import { issueClientSignIn } from "../actions";

/** Unit staff give a client a username and a new PIN; the PIN is shown here once. */
export function IssueSignInForm({ clientId, username, suggestion }: { clientId: string; username: string | null; suggestion: string }) {
  const t = useTranslations("client.support");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<{ username: string; pin: string; created: boolean }> | null>(null);
  const fieldError = useFieldErrors(result);
  const id = `username-${clientId}`;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    const r = await issueClientSignIn({ clientId, username: form.get("username") });
    setPending(false);
    setResult(r);
    if (r.ok) router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate>
      <TextField id={id} name="username" label={t("username")} hint={t("usernameHint")} defaultValue={username ?? suggestion} autoCapitalize="none" autoComplete="off" error={fieldError("username")} />
      <div aria-live="polite" className="mb-3">
        {result?.ok ? <Alert tone="ok">{t("pinOnce", { username: result.data.username, pin: result.data.pin })}</Alert> : <ActionErrorAlert result={result} />}
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {username ? t("reset") : t("issue")}
      </Button>
    </form>
  );
}
