"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button, LinkButton } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import type { ActionResult } from "@/server/errors";
import { acceptInvite, completeReset } from "../actions";

/** The public form behind an invitation or reset link. */
export function SetPasswordForm({ token, kind }: { token: string; kind: "invite" | "reset" }) {
  const t = useTranslations("admin.password");
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldError = useFieldErrors(result);
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");

  if (result?.ok) {
    return (
      <div className="space-y-4">
        <Alert tone="ok">{t("done")}</Alert>
        <LinkButton href="/signin?as=staff">{t("signIn")}</LinkButton>
      </div>
    );
  }
  if (result && !result.ok && result.error === "NOT_FOUND") {
    return <Alert tone="danger">{t("invalid")}</Alert>;
  }
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const action = kind === "invite" ? acceptInvite : completeReset;
          setResult(await action({ token, password, confirm }));
        });
      }}
    >
      <TextField
        id="new-password"
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldError("password")}
        required
        minLength={10}
      />
      <TextField
        id="confirm-password"
        type="password"
        autoComplete="new-password"
        label={t("confirm")}
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={fieldError("confirm") ? t("confirmMismatch") : undefined}
        required
      />
      {result && !result.ok && result.error !== "INVALID_INPUT" ? <ActionErrorAlert result={result} /> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("submit")}
      </Button>
    </form>
  );
}
