"use client";

import { useTranslations } from "next-intl";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { cancelGig, rescheduleGig, swapWorker } from "../actions";
import { cancelGigSchema, rescheduleGigSchema, swapWorkerSchema } from "../schema";

interface Candidate {
  id: string;
  name: string;
}

/** Swap the worker, reschedule with the recorded agreement, or cancel with a reason. */
export function GigActions({ gigId, name, candidates }: { gigId: string; name: string; candidates: Candidate[] }) {
  const t = useTranslations("coordination.gig");
  return (
    <details className="mt-2 rounded-lg border border-gray-200 p-2">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700">{t("change", { name })}</summary>
      <div className="mt-2 grid gap-4 lg:grid-cols-3">
        {candidates.length > 0 ? <SwapForm gigId={gigId} candidates={candidates} /> : null}
        <RescheduleForm gigId={gigId} />
        <CancelForm gigId={gigId} />
      </div>
    </details>
  );
}

function SwapForm({ gigId, candidates }: { gigId: string; candidates: Candidate[] }) {
  const t = useTranslations("coordination.gig");
  const { onSubmit, register, fieldError, failure, pending } = useActionForm(swapWorkerSchema, swapWorker, {
    defaultValues: { gigId, clientId: candidates[0]?.id ?? "", reason: "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <h4 className="font-semibold">{t("swapTitle")}</h4>
      <SelectField id={`swap-client-${gigId}`} label={t("swapClient")} options={candidates.map((c) => ({ value: c.id, label: c.name }))} error={fieldError("clientId")} {...register("clientId")} />
      <TextField id={`swap-reason-${gigId}`} label={t("reason")} error={fieldError("reason")} {...register("reason")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("swap")}
      </Button>
    </form>
  );
}

function RescheduleForm({ gigId }: { gigId: string }) {
  const t = useTranslations("coordination.gig");
  const ts = useTranslations("coordination.sessions");
  const { onSubmit, register, fieldError, failure, pending } = useActionForm(rescheduleGigSchema, rescheduleGig, {
    defaultValues: { gigId, day: "", start: "", end: "", agreement: "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <h4 className="font-semibold">{t("rescheduleTitle")}</h4>
      <TextField id={`move-day-${gigId}`} type="date" label={ts("day")} error={fieldError("day")} {...register("day")} />
      <div className="grid grid-cols-2 gap-2">
        <TextField id={`move-start-${gigId}`} type="time" label={ts("start")} error={fieldError("start")} {...register("start")} />
        <TextField id={`move-end-${gigId}`} type="time" label={ts("end")} error={fieldError("end")} {...register("end")} />
      </div>
      <TextField id={`move-agreement-${gigId}`} label={t("agreement")} hint={t("agreementHint")} error={fieldError("agreement")} {...register("agreement")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("reschedule")}
      </Button>
    </form>
  );
}

function CancelForm({ gigId }: { gigId: string }) {
  const t = useTranslations("coordination.gig");
  const { onSubmit, register, fieldError, failure, pending } = useActionForm(cancelGigSchema, cancelGig, {
    defaultValues: { gigId, reason: "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <h4 className="font-semibold">{t("cancelTitle")}</h4>
      <TextField id={`cancel-reason-${gigId}`} label={t("reason")} error={fieldError("reason")} {...register("reason")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="danger" disabled={pending}>
        {t("cancel")}
      </Button>
    </form>
  );
}
