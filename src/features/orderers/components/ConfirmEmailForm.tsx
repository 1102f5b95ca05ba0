"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button, LinkButton } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { useActionForm } from "@/components/ui/useActionForm";
import { confirmEmail } from "../actions";
import { emailTokenSchema } from "../schema";

/**
 * The page behind the email link confirms only when the person presses the button: mail
 * scanners that open links must not confirm an address on their own (ADR 055).
 */
export function ConfirmEmailForm({ token }: { token: string }) {
  const t = useTranslations("auth.verifyEmail");
  const [done, setDone] = useState(false);
  const { onSubmit, failure, pending } = useActionForm(emailTokenSchema, confirmEmail, { defaultValues: { token }, onOk: () => setDone(true) });
  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="ok">{t("done")}</Alert>
        <LinkButton href="/signin?as=staff">{t("signIn")}</LinkButton>
      </div>
    );
  }
  if (failure?.error === "NOT_FOUND") return <Alert tone="danger">{t("invalid")}</Alert>;
  return (
    <form noValidate onSubmit={onSubmit}>
      <p className="mb-4">{t("lead")}</p>
      {failure ? <ActionErrorAlert result={failure} /> : null}
      <Button type="submit" disabled={pending} size="lg">
        {t("submit")}
      </Button>
    </form>
  );
}
