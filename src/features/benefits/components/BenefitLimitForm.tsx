"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { SelectField, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { BenefitLimitKind } from "@/generated/prisma/enums";
import { createBenefitLimit } from "../actions";
import { LIMIT_PERIODS } from "../rules";
import { createBenefitLimitSchema } from "../schema";

export function BenefitLimitForm({ today }: { today: string }) {
  const t = useTranslations("client.limitsAdmin");
  const k = useTranslations("client.money.kind");
  const [added, setAdded] = useState(false);
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(createBenefitLimitSchema, createBenefitLimit, {
    defaultValues: { kind: "DISABILITY_PENSION_EARNINGS", period: LIMIT_PERIODS.DISABILITY_PENSION_EARNINGS[0], amount: "", validFrom: today, source: "", closePrevious: true },
    onOk: () => setAdded(true),
  });
  const kind = form.watch("kind");
  // The period select is rebuilt for each limit (key), so it shows the period the form holds.
  const kindField = register("kind", {
    // Each limit has its own periods: the first one is chosen when the limit changes.
    onChange: (e: { target: { value: BenefitLimitKind } }) => {
      const first = LIMIT_PERIODS[e.target.value][0];
      if (first) form.setValue("period", first);
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl">
      <SelectField id="kind" label={t("kind")} {...kindField} options={Object.values(BenefitLimitKind).map((v) => ({ value: v, label: k(v) }))} />
      <SelectField id="period" key={kind} label={t("period")} {...register("period")} options={LIMIT_PERIODS[kind].map((p) => ({ value: p, label: t(`periods.${p}`) }))} error={fieldError("period")} />
      <TextField id="amount" label={t("amount")} inputMode="decimal" required {...register("amount")} error={fieldError("amount")} />
      <TextField id="validFrom" type="date" label={t("validFrom")} required {...register("validFrom")} error={fieldError("validFrom")} />
      <TextField id="source" label={t("source")} hint={t("sourceHint")} required {...register("source")} error={fieldError("source")} />
      <CheckboxField id="closePrevious" label={t("closePrevious")} {...register("closePrevious")} />
      <div aria-live="polite" className="mb-3">
        {failure ? <ActionErrorAlert result={failure} /> : added ? <Alert tone="ok">{t("added")}</Alert> : null}
      </div>
      <Button type="submit" disabled={pending}>
        {t("add")}
      </Button>
    </form>
  );
}
