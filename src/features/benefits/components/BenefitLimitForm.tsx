"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { SelectField, TextField } from "@/components/ui/Field";
import type { ActionResult } from "@/server/errors";
import { createBenefitLimit } from "../actions";
import { LIMIT_PERIODS } from "../rules";

type Kind = keyof typeof LIMIT_PERIODS;

export function BenefitLimitForm({ today }: { today: string }) {
  const t = useTranslations("client.limitsAdmin");
  const k = useTranslations("client.money.kind");
  const router = useRouter();
  const [kind, setKind] = useState<Kind>("DISABILITY_PENSION_EARNINGS");
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const fieldError = useFieldErrors(result);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    const r = await createBenefitLimit({
      kind: form.get("kind"),
      period: form.get("period"),
      amount: form.get("amount"),
      validFrom: form.get("validFrom"),
      source: form.get("source"),
      closePrevious: form.get("closePrevious") === "on",
    });
    setPending(false);
    setResult(r);
    if (r.ok) router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-xl">
      <SelectField
        id="kind"
        name="kind"
        label={t("kind")}
        value={kind}
        onChange={(e) => setKind(e.target.value as Kind)}
        options={(Object.keys(LIMIT_PERIODS) as Kind[]).map((v) => ({ value: v, label: k(v) }))}
      />
      <SelectField id="period" name="period" label={t("period")} key={kind} options={LIMIT_PERIODS[kind].map((p) => ({ value: p, label: t(`periods.${p}`) }))} error={fieldError("period")} />
      <TextField id="amount" name="amount" label={t("amount")} inputMode="decimal" required error={fieldError("amount")} />
      <TextField id="validFrom" name="validFrom" type="date" label={t("validFrom")} defaultValue={today} required error={fieldError("validFrom")} />
      <TextField id="source" name="source" label={t("source")} hint={t("sourceHint")} required error={fieldError("source")} />
      <div className="mb-4 flex items-start gap-2">
        <input id="closePrevious" name="closePrevious" type="checkbox" defaultChecked className="mt-1 h-5 w-5" />
        <label htmlFor="closePrevious">{t("closePrevious")}</label>
      </div>
      <div aria-live="polite" className="mb-3">
        {result?.ok ? <Alert tone="ok">{t("added")}</Alert> : <ActionErrorAlert result={result} />}
      </div>
      <Button type="submit" disabled={pending}>
        {t("add")}
      </Button>
    </form>
  );
}
