"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import type { ActionResult } from "@/server/errors";
import { requestCertificate } from "../actions";

/** Ask for a work certificate for a period (defaults: this year so far). */
export function RequestCertificateForm({ clientId, defaultStart, defaultEnd }: { clientId: string; defaultStart: string; defaultEnd: string }) {
  const t = useTranslations("client.history");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const fieldError = useFieldErrors(result);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    const r = await requestCertificate({ clientId, periodStart: form.get("periodStart"), periodEnd: form.get("periodEnd") });
    setPending(false);
    setResult(r);
    if (r.ok) router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="request-title">
      <h3 id="request-title" className="mb-3 text-xl font-bold">
        {t("requestTitle")}
      </h3>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField id="periodStart" name="periodStart" type="date" label={t("from")} defaultValue={defaultStart} required error={fieldError("periodStart")} />
        <TextField id="periodEnd" name="periodEnd" type="date" label={t("to")} defaultValue={defaultEnd} required error={fieldError("periodEnd")} />
      </div>
      <div aria-live="polite" className="mb-3">
        {result?.ok ? <Alert tone="ok">{t("requested")}</Alert> : <ActionErrorAlert result={result} />}
      </div>
      <Button type="submit" size="lg" disabled={pending}>
        {t("request")}
      </Button>
    </form>
  );
}
