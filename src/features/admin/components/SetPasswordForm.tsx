"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button, LinkButton } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { acceptInvite, completeReset } from "../actions";
import { tokenPasswordSchema } from "../schema";

/** The public form behind an invitation or reset link. */
export function SetPasswordForm({ token, kind }: { token: string; kind: "invite" | "reset" }) {
  const t = useTranslations("admin.password");
  const [done, setDone] = useState(false);
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(tokenPasswordSchema, kind === "invite" ? acceptInvite : completeReset, {
    defaultValues: { token, password: "", confirm: "" },
    onOk: () => setDone(true),
    refresh: false,
  });

  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="ok">{t("done")}</Alert>
        <LinkButton href="/signin?as=staff">{t("signIn")}</LinkButton>
      </div>
    );
  }
  // An unknown, used or expired link: nothing to retry.
  if (failure?.error === "NOT_FOUND") {
    return <Alert tone="danger">{t("invalid")}</Alert>;
  }
  return (
    <form noValidate onSubmit={onSubmit}>
      <TextField
        id="new-password"
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        {...register("password")}
        error={fieldError("password")}
        required
        minLength={10}
      />
      <TextField
        id="confirm-password"
        type="password"
        autoComplete="new-password"
        label={t("confirm")}
        {...register("confirm")}
        error={fieldError("confirm") ? t("confirmMismatch") : undefined}
        required
      />
      {failure && failure.error !== "INVALID_INPUT" ? <ActionErrorAlert result={failure} /> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("submit")}
      </Button>
    </form>
  );
}
