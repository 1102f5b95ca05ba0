"use client";

import { useTranslations } from "next-intl";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { addSession } from "../actions";
import { addSessionSchema } from "../schema";

export function AddSessionForm({ orderId, defaultWorkers }: { orderId: string; defaultWorkers: number }) {
  const t = useTranslations("coordination.sessions");
  const { form, onSubmit, register, fieldError, failure, pending } = useActionForm(addSessionSchema, addSession, {
    defaultValues: { orderId, day: "", start: "", end: "", workersNeeded: String(defaultWorkers), note: "" },
    // The next session is often on the same day with as many workers: keep those.
    onOk: (_, values) => form.reset({ ...values, start: "", end: "", note: "" }),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <h3 className="mb-2 text-lg font-semibold">{t("addTitle")}</h3>
      <div className="grid gap-x-4 sm:grid-cols-4">
        <TextField id="session-day" type="date" label={t("day")} error={fieldError("day")} required {...register("day")} />
        <TextField id="session-start" type="time" label={t("start")} error={fieldError("start")} required {...register("start")} />
        <TextField id="session-end" type="time" label={t("end")} error={fieldError("end")} required {...register("end")} />
        <TextField id="session-workers" type="number" min={1} max={50} label={t("workersNeeded")} error={fieldError("workersNeeded")} {...register("workersNeeded")} />
      </div>
      <TextField id="session-note" label={t("note")} error={fieldError("note")} {...register("note")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("submit")}
      </Button>
    </form>
  );
}
