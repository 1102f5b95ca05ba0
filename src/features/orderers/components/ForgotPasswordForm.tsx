"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import { TextLink } from "@/components/ui/Text";
import { useActionForm } from "@/components/ui/useActionForm";
import { requestPasswordReset } from "../actions";
import { forgotPasswordSchema } from "../schema";

/** "Forgot password": the same answer whether or not the address has an account. */
export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgot");
  const locale = useLocale();
  const [sent, setSent] = useState(false);
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(forgotPasswordSchema, requestPasswordReset, {
    defaultValues: { email: "", locale },
    onOk: () => setSent(true),
  });
  if (sent) {
    return (
      <div className="space-y-4">
        <Alert tone="ok">{t("sent")}</Alert>
        <TextLink href="/signin?as=staff">{t("back")}</TextLink>
      </div>
    );
  }
  return (
    <form noValidate onSubmit={onSubmit}>
      <p className="mb-4">{t("lead")}</p>
      <TextField id="forgot-email" type="email" autoComplete="email" label={t("email")} {...register("email")} error={fieldError("email")} required />
      {failure && failure.error !== "INVALID_INPUT" ? <ActionErrorAlert result={failure} /> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("submit")}
      </Button>
      <p className="mt-4">
        <TextLink href="/signin?as=staff">{t("back")}</TextLink>
      </p>
    </form>
  );
}
