"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { savePayDetails } from "../actions";
import { savePayDetailsSchema } from "../schema";

export interface PayDetailsValues {
  withholdingPercent: string;
  taxCardValidFrom: string;
  taxCardValidTo: string;
}

/** Staff record the worker's identity code, IBAN and tax card (on the unit's client page). */
export function PayDetailsForm({ clientId, values, stored }: { clientId: string; values: PayDetailsValues; stored: { code: string | null; ibanEnding: string | null } }) {
  const t = useTranslations("payroll.details");
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(savePayDetailsSchema, savePayDetails, {
    defaultValues: { clientId, personalIdentityCode: "", iban: "", ...values },
    onOk: () => {
      setSaved(true);
      form.resetField("personalIdentityCode");
      form.resetField("iban");
    },
  });
  return (
    <form
      noValidate
      aria-label={t("title")}
      onSubmit={(e) => {
        setSaved(false);
        void onSubmit(e);
      }}
    >
      <p className="mb-3">{stored.code || stored.ibanEnding ? t("current", { code: stored.code ?? "–", ending: stored.ibanEnding ?? "–" }) : t("none")}</p>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField id="personalIdentityCode" label={t("personalIdentityCode")} hint={stored.code ? t("keepHint") : undefined} autoComplete="off" {...register("personalIdentityCode")} error={fieldError("personalIdentityCode")} />
        <TextField id="iban" label={t("iban")} hint={stored.ibanEnding ? t("keepHint") : undefined} autoComplete="off" {...register("iban")} error={fieldError("iban")} />
        <TextField id="withholdingPercent" label={t("withholdingPercent")} hint={t("withholdingHint")} inputMode="decimal" {...register("withholdingPercent")} error={fieldError("withholdingPercent")} />
        <div />
        <TextField id="taxCardValidFrom" type="date" label={t("taxCardValidFrom")} {...register("taxCardValidFrom")} error={fieldError("taxCardValidFrom")} />
        <TextField id="taxCardValidTo" type="date" label={t("taxCardValidTo")} {...register("taxCardValidTo")} error={fieldError("taxCardValidTo")} />
      </div>
      <div aria-live="polite" className="mb-3">
        {saved && !failure ? <Alert tone="ok">{t("saved")}</Alert> : <ActionErrorAlert result={failure} />}
      </div>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
