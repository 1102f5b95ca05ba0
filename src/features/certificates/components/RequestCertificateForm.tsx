"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { requestCertificate } from "../actions";
import { requestCertificateSchema } from "../schema";

/** Ask for a work certificate for a period (defaults: this year so far). */
export function RequestCertificateForm({ clientId, defaultStart, defaultEnd }: { clientId: string; defaultStart: string; defaultEnd: string }) {
  const t = useTranslations("client.history");
  const [requested, setRequested] = useState(false);
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(requestCertificateSchema, requestCertificate, {
    defaultValues: { clientId, periodStart: defaultStart, periodEnd: defaultEnd },
    onOk: () => setRequested(true),
  });

  return (
    <form
      noValidate
      aria-labelledby="request-title"
      onSubmit={(e) => {
        setRequested(false);
        void onSubmit(e);
      }}
    >
      <h3 id="request-title" className="mb-3 text-xl font-bold">
        {t("requestTitle")}
      </h3>
      <div className="grid grid-cols-1 gap-x-3 sm:grid-cols-2">
        <TextField id="periodStart" type="date" label={t("from")} required {...register("periodStart")} error={fieldError("periodStart")} />
        <TextField id="periodEnd" type="date" label={t("to")} required {...register("periodEnd")} error={fieldError("periodEnd")} />
      </div>
      <div aria-live="polite" className="mb-3">
        {requested && !failure ? <Alert tone="ok">{t("requested")}</Alert> : <ActionErrorAlert result={failure} />}
      </div>
      <Button type="submit" size="lg" disabled={pending}>
        {t("request")}
      </Button>
    </form>
  );
}
