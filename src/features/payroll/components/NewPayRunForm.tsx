"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { createPayRun } from "../actions";
import { createPayRunSchema } from "../schema";

/** The coordinator makes (or opens) the draft run of a month that is over. */
export function NewPayRunForm({ jobcenters, defaultMonth, defaultPaymentDate }: { jobcenters: { id: string; name: string }[]; defaultMonth: string; defaultPaymentDate: string }) {
  const t = useTranslations("payroll.runs");
  const router = useRouter();
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(createPayRunSchema, createPayRun, {
    defaultValues: { jobcenterId: jobcenters[0]?.id ?? "", month: defaultMonth, paymentDate: defaultPaymentDate },
    onOk: (data) => router.push(`/coordinator/pay/${data.id}`),
  });
  return (
    <form noValidate aria-labelledby="new-run" onSubmit={(e) => void onSubmit(e)}>
      <h2 id="new-run" className="mb-3 text-xl font-bold">
        {t("newTitle")}
      </h2>
      <div className="grid gap-x-3 sm:grid-cols-3">
        {jobcenters.length > 1 ? (
          <SelectField id="jobcenterId" label={t("jobcenter")} options={jobcenters.map((j) => ({ value: j.id, label: j.name }))} {...register("jobcenterId")} error={fieldError("jobcenterId")} />
        ) : (
          <input type="hidden" {...register("jobcenterId")} />
        )}
        <TextField id="month" type="month" label={t("month")} hint={t("monthHint")} required {...register("month")} error={fieldError("month")} />
        <TextField id="paymentDate" type="date" label={t("paymentDate")} required {...register("paymentDate")} error={fieldError("paymentDate")} />
      </div>
      <div aria-live="polite" className="mb-3">
        <ActionErrorAlert result={failure} />
      </div>
      <Button type="submit" disabled={pending}>
        {t("create")}
      </Button>
    </form>
  );
}
