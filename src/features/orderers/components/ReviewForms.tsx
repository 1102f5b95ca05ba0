"use client";

import { useTranslations } from "next-intl";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextArea } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import type { OrdererCheck } from "@/generated/prisma/enums";
import { joinOrderer, refuseOrderer, verifyOrderer } from "../actions";
import { refuseOrdererSchema, reviewOrdererSchema } from "../schema";

/** Verify (or, for a twin, join to the existing orderer): what was checked, and a note. */
export function VerifyOrdererForm({ orderId, checks, join }: { orderId: string; checks: readonly OrdererCheck[]; join: boolean }) {
  const t = useTranslations("coordination.review");
  const { form, onSubmit, register, fieldError, failure, pending } = useActionForm(reviewOrdererSchema, join ? joinOrderer : verifyOrderer, {
    defaultValues: { orderId, checks: [], note: "" },
  });
  const selected = form.watch("checks") ?? [];
  const toggle = (c: OrdererCheck, on: boolean) =>
    form.setValue("checks", on ? [...selected, c] : selected.filter((x) => x !== c), { shouldValidate: form.formState.isSubmitted });
  const checksError = fieldError("checks");
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4">
      <fieldset className="mb-4" aria-describedby={checksError ? "review-checks-error" : undefined}>
        <legend className="font-semibold">{t("checksLegend")}</legend>
        {checksError ? (
          <p id="review-checks-error" className="text-sm font-semibold text-danger">
            {checksError}
          </p>
        ) : null}
        <div className="mt-1 space-y-1">
          {checks.map((c) => (
            <label key={c} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" className="h-5 w-5 shrink-0" checked={selected.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />
              {t(`check.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea id={`review-note-${orderId}`} label={t("note")} error={fieldError("note")} rows={2} {...register("note")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending} className="mt-2" variant="primary">
        {join ? t("join") : t("verify")}
      </Button>
    </form>
  );
}

export function RefuseOrdererForm({ orderId }: { orderId: string }) {
  const t = useTranslations("coordination.review");
  const { onSubmit, register, fieldError, failure, pending } = useActionForm(refuseOrdererSchema, refuseOrderer, { defaultValues: { orderId, note: "" } });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4">
      <TextArea id={`refuse-note-${orderId}`} label={t("refuseNote")} hint={t("refuseHint")} error={fieldError("note")} rows={2} required {...register("note")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending} className="mt-2" variant="danger">
        {t("refuse")}
      </Button>
    </form>
  );
}
