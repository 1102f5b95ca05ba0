"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Alert } from "@/components/ui/Card";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import type { ActionResult } from "@/server/errors";
import { createPriceList, createTermsVersion, createVatRate } from "../actions";

function useForm<T extends Record<string, string>>(initial: T, action: (input: unknown) => Promise<ActionResult<unknown>>) {
  const router = useRouter();
  const [values, setValues] = useState<T>(initial);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  const fe = useFieldErrors(result);
  const set = (k: keyof T) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  async function submit(e: FormEvent, extra: Record<string, unknown> = {}) {
    e.preventDefault();
    setPending(true);
    const input = Object.fromEntries(Object.entries({ ...values, ...extra }).filter(([, x]) => x !== ""));
    const r = await action(input);
    setPending(false);
    setResult(r);
    if (r.ok) {
      setValues(initial);
      router.refresh();
    }
  }
  return { values, set, result, pending, fe, submit };
}

type Option = { value: string; label: string };

export function PriceListForm({ jobcenters, models, today }: { jobcenters: Option[]; models: Option[]; today: string }) {
  const t = useTranslations("pricing.admin");
  const f = useForm({ jobcenterId: jobcenters[0]?.value ?? "", contractModel: models[0]?.value ?? "", validFrom: today, workerPay: "", sideCosts: "", serviceCosts: "", note: "" }, createPriceList);
  return (
    <form onSubmit={(e) => f.submit(e)} noValidate>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <SelectField id="pl-jobcenter" label={t("jobcenter")} value={f.values.jobcenterId} onChange={f.set("jobcenterId")} options={jobcenters} error={f.fe("jobcenterId")} />
        <SelectField id="pl-model" label={t("contractModel")} value={f.values.contractModel} onChange={f.set("contractModel")} options={models} error={f.fe("contractModel")} />
        <TextField id="pl-validFrom" type="date" label={t("validFrom")} hint={t("validFromHint")} value={f.values.validFrom} onChange={f.set("validFrom")} error={f.fe("validFrom")} />
        <TextField id="pl-workerPay" inputMode="decimal" label={t("workerPay")} hint={t("eurosHint")} value={f.values.workerPay} onChange={f.set("workerPay")} error={f.fe("workerPay")} />
        <TextField id="pl-sideCosts" inputMode="decimal" label={t("sideCosts")} hint={t("eurosHint")} value={f.values.sideCosts} onChange={f.set("sideCosts")} error={f.fe("sideCosts")} />
        <TextField id="pl-serviceCosts" inputMode="decimal" label={t("serviceCosts")} hint={t("eurosHint")} value={f.values.serviceCosts} onChange={f.set("serviceCosts")} error={f.fe("serviceCosts")} />
      </div>
      <TextField id="pl-note" label={t("note")} hint={t("noteHint")} value={f.values.note} onChange={f.set("note")} error={f.fe("note")} />
      <ActionErrorAlert result={f.result} />
      {f.result?.ok ? <Alert tone="ok">{t("saved")}</Alert> : null}
      <Button type="submit" disabled={f.pending} className="mt-2">
        {t("save")}
      </Button>
    </form>
  );
}

export function VatRateForm({ today }: { today: string }) {
  const t = useTranslations("pricing.admin");
  const f = useForm({ ratePercent: "", validFrom: today, note: "" }, createVatRate);
  return (
    <form onSubmit={(e) => f.submit(e)} noValidate>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField id="vat-rate" inputMode="decimal" label={t("ratePercent")} hint={t("ratePercentHint")} value={f.values.ratePercent} onChange={f.set("ratePercent")} error={f.fe("ratePercent")} />
        <TextField id="vat-validFrom" type="date" label={t("validFrom")} hint={t("validFromHint")} value={f.values.validFrom} onChange={f.set("validFrom")} error={f.fe("validFrom")} />
      </div>
      <TextField id="vat-note" label={t("note")} hint={t("noteHint")} value={f.values.note} onChange={f.set("note")} error={f.fe("note")} />
      <ActionErrorAlert result={f.result} />
      {f.result?.ok ? <Alert tone="ok">{t("saved")}</Alert> : null}
      <Button type="submit" disabled={f.pending} className="mt-2">
        {t("save")}
      </Button>
    </form>
  );
}

export function TermsVersionForm({ jobcenters, locales, today }: { jobcenters: Option[]; locales: Option[]; today: string }) {
  const t = useTranslations("pricing.admin");
  const f = useForm({ jobcenterId: jobcenters[0]?.value ?? "", locale: locales[0]?.value ?? "fi", title: "", body: "", cancellationFee: "", validFrom: today }, createTermsVersion);
  return (
    <form onSubmit={(e) => f.submit(e)} noValidate>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <SelectField id="terms-jobcenter" label={t("jobcenter")} value={f.values.jobcenterId} onChange={f.set("jobcenterId")} options={jobcenters} error={f.fe("jobcenterId")} />
        <SelectField id="terms-locale" label={t("locale")} value={f.values.locale} onChange={f.set("locale")} options={locales} error={f.fe("locale")} />
        <TextField id="terms-validFrom" type="date" label={t("validFrom")} hint={t("validFromHint")} value={f.values.validFrom} onChange={f.set("validFrom")} error={f.fe("validFrom")} />
        <TextField id="terms-fee" inputMode="decimal" label={t("cancellationFee")} hint={t("eurosHint")} value={f.values.cancellationFee} onChange={f.set("cancellationFee")} error={f.fe("cancellationFee")} />
      </div>
      <TextField id="terms-title" label={t("title")} value={f.values.title} onChange={f.set("title")} error={f.fe("title")} />
      <TextArea id="terms-body" label={t("body")} value={f.values.body} onChange={f.set("body")} error={f.fe("body")} rows={10} />
      <ActionErrorAlert result={f.result} />
      {f.result?.ok ? <Alert tone="ok">{t("saved")}</Alert> : null}
      <Button type="submit" disabled={f.pending} className="mt-2">
        {t("save")}
      </Button>
    </form>
  );
}
