"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import type { ContractModel } from "@/generated/prisma/enums";
import type { AppLocale } from "@/i18n/config";
import type { ActionResult } from "@/server/errors";
import { createPriceList, createTermsVersion, createVatRate } from "../actions";
import { createPriceListSchema, createTermsVersionSchema, createVatRateSchema } from "../schema";

type Option<V extends string = string> = { value: V; label: string };

/** The "saved" note after a new row: shown until the next failure, so the admin knows the row went in. */
function SavedOrFailure({ saved, failure }: { saved: boolean; failure: ActionResult<unknown> | null }) {
  const t = useTranslations("pricing.admin");
  if (failure) return <ActionErrorAlert result={failure} />;
  return saved ? <Alert tone="ok">{t("saved")}</Alert> : null;
}

export function PriceListForm({ jobcenters, models, today }: { jobcenters: Option[]; models: Option<ContractModel>[]; today: string }) {
  const t = useTranslations("pricing.admin");
  const [saved, setSaved] = useState(false);
  const defaults = { jobcenterId: jobcenters[0]?.value ?? "", contractModel: models[0]?.value ?? "EMPLOYMENT", validFrom: today, workerPay: "", sideCosts: "", serviceCosts: "", note: "" } as const;
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(createPriceListSchema, createPriceList, {
    defaultValues: defaults,
    onOk: () => {
      setSaved(true);
      form.reset(defaults);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <SelectField id="pl-jobcenter" label={t("jobcenter")} {...register("jobcenterId")} options={jobcenters} error={fieldError("jobcenterId")} />
        <SelectField id="pl-model" label={t("contractModel")} {...register("contractModel")} options={models} error={fieldError("contractModel")} />
        <TextField id="pl-validFrom" type="date" label={t("validFrom")} hint={t("validFromHint")} {...register("validFrom")} error={fieldError("validFrom")} />
        <TextField id="pl-workerPay" inputMode="decimal" label={t("workerPay")} hint={t("eurosHint")} {...register("workerPay")} error={fieldError("workerPay")} />
        <TextField id="pl-sideCosts" inputMode="decimal" label={t("sideCosts")} hint={t("eurosHint")} {...register("sideCosts")} error={fieldError("sideCosts")} />
        <TextField id="pl-serviceCosts" inputMode="decimal" label={t("serviceCosts")} hint={t("eurosHint")} {...register("serviceCosts")} error={fieldError("serviceCosts")} />
      </div>
      <TextField id="pl-note" label={t("note")} hint={t("noteHint")} {...register("note")} error={fieldError("note")} />
      <SavedOrFailure saved={saved} failure={failure} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("save")}
      </Button>
    </form>
  );
}

export function VatRateForm({ today }: { today: string }) {
  const t = useTranslations("pricing.admin");
  const [saved, setSaved] = useState(false);
  const defaults = { ratePercent: "", validFrom: today, note: "" };
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(createVatRateSchema, createVatRate, {
    defaultValues: defaults,
    onOk: () => {
      setSaved(true);
      form.reset(defaults);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField id="vat-rate" inputMode="decimal" label={t("ratePercent")} hint={t("ratePercentHint")} {...register("ratePercent")} error={fieldError("ratePercent")} />
        <TextField id="vat-validFrom" type="date" label={t("validFrom")} hint={t("validFromHint")} {...register("validFrom")} error={fieldError("validFrom")} />
      </div>
      <TextField id="vat-note" label={t("note")} hint={t("noteHint")} {...register("note")} error={fieldError("note")} />
      <SavedOrFailure saved={saved} failure={failure} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("save")}
      </Button>
    </form>
  );
}

export function TermsVersionForm({ jobcenters, locales, today }: { jobcenters: Option[]; locales: Option<AppLocale>[]; today: string }) {
  const t = useTranslations("pricing.admin");
  const [saved, setSaved] = useState(false);
  const defaults = { jobcenterId: jobcenters[0]?.value ?? "", locale: locales[0]?.value ?? "fi", title: "", body: "", cancellationFee: "", validFrom: today } as const;
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(createTermsVersionSchema, createTermsVersion, {
    defaultValues: defaults,
    onOk: () => {
      setSaved(true);
      form.reset(defaults);
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <SelectField id="terms-jobcenter" label={t("jobcenter")} {...register("jobcenterId")} options={jobcenters} error={fieldError("jobcenterId")} />
        <SelectField id="terms-locale" label={t("locale")} {...register("locale")} options={locales} error={fieldError("locale")} />
        <TextField id="terms-validFrom" type="date" label={t("validFrom")} hint={t("validFromHint")} {...register("validFrom")} error={fieldError("validFrom")} />
        <TextField id="terms-fee" inputMode="decimal" label={t("cancellationFee")} hint={t("eurosHint")} {...register("cancellationFee")} error={fieldError("cancellationFee")} />
      </div>
      <TextField id="terms-title" label={t("title")} {...register("title")} error={fieldError("title")} />
      <TextArea id="terms-body" label={t("body")} {...register("body")} error={fieldError("body")} rows={10} />
      <SavedOrFailure saved={saved} failure={failure} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("save")}
      </Button>
    </form>
  );
}
