"use client";

import { useTranslations } from "next-intl";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextArea, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { disputeHours, resolveHoursDispute } from "../actions";
import { disputeGigHoursSchema, resolveHoursDisputeSchema } from "../schema";

/** The orderer disputes one gig's hours: what is wrong, in their own words. */
export function DisputeHoursForm({ gigId, title }: { gigId: string; title: string }) {
  const t = useTranslations("hours.review");
  const api = useActionForm(disputeGigHoursSchema, disputeHours, { defaultValues: { gigId, reason: "" } });
  return (
    <details>
      <summary className="min-h-11 cursor-pointer py-2 text-brand-700">{t("disputeOpen")}</summary>
      <form aria-label={title} onSubmit={api.onSubmit} noValidate>
        <TextArea id={`dispute-${gigId}`} label={t("disputeReason")} rows={3} error={api.fieldError("reason")} {...api.register("reason")} />
        <Button type="submit" variant="secondary" disabled={api.pending}>
          {t("disputeSubmit")}
        </Button>
        <ActionErrorAlert result={api.failure} />
      </form>
    </details>
  );
}

// An empty minutes field keeps the approved minutes.
const toInput = <V extends { minutes?: unknown }>(v: V) => ({ ...v, minutes: v.minutes === "" ? undefined : v.minutes });

/** The coordinator answers a dispute: keep the minutes, or write the corrected ones; a reason either way. */
export function ResolveDisputeForm({ gigId, minutes, title }: { gigId: string; minutes: number | null; title: string }) {
  const t = useTranslations("hours.disputes");
  const th = useTranslations("hours");
  const api = useActionForm(resolveHoursDisputeSchema, resolveHoursDispute, {
    defaultValues: { gigId, minutes: minutes === null ? "" : String(minutes), reason: "" } as never,
    toInput,
  });
  return (
    <form aria-label={title} className="flex flex-wrap items-end gap-x-3" onSubmit={api.onSubmit} noValidate>
      <div className="w-28">
        <TextField id={`resolve-min-${gigId}`} type="number" min={0} max={1440} label={th("minutes")} error={api.fieldError("minutes")} {...api.register("minutes")} />
      </div>
      <div className="min-w-48 flex-1">
        <TextField id={`resolve-reason-${gigId}`} label={t("reason")} error={api.fieldError("reason")} {...api.register("reason")} />
      </div>
      <Button type="submit" variant="primary" disabled={api.pending} className="mb-4">
        {t("submit")}
      </Button>
      <div className="w-full">
        <ActionErrorAlert result={api.failure} />
      </div>
    </form>
  );
}
