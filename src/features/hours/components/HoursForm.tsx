"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import type { ActionResult } from "@/server/errors";
import { approveHours, correctHours, enterHours } from "../actions";
import type { HoursStep } from "../rules";
import { approveHoursSchema, correctHoursSchema, enterHoursSchema } from "../schema";

interface Props {
  gigId: string;
  step: HoursStep;
  /** What the minutes field starts with: the reported, approved or planned minutes. */
  minutes: number | null;
  title: string;
}

type Field = "minutes" | "reason";
interface HoursFormApi {
  onSubmit: () => void;
  register: (name: Field) => UseFormRegisterReturn;
  fieldError: (name: Field) => string | undefined;
  failure: Extract<ActionResult<unknown>, { ok: false }> | null;
  pending: boolean;
}

const defaults = ({ gigId, minutes }: Props) => ({ gigId, minutes: minutes === null ? "" : String(minutes), reason: "" });
// An empty minutes field sends none: approving then keeps what the client reported.
const toInput = <V extends { minutes?: unknown }>(v: V) => ({ ...v, minutes: v.minutes === "" ? undefined : v.minutes });

/**
 * Hours of one gig: approve what was reported (REPORTED), enter for a client without the app
 * (ACCEPTED/STARTED), or correct approved hours with a reason (APPROVED). Each step has its own
 * action and schema.
 */
export function HoursForm(props: Props) {
  if (props.step === "APPROVE") return <ApproveHoursForm {...props} />;
  if (props.step === "ENTER") return <EnterHoursForm {...props} />;
  return <CorrectHoursForm {...props} />;
}

function ApproveHoursForm(props: Props) {
  const api = useActionForm(approveHoursSchema, approveHours, { defaultValues: defaults(props), toInput });
  return <HoursFields {...props} api={api} />;
}

function EnterHoursForm(props: Props) {
  const api = useActionForm(enterHoursSchema, enterHours, { defaultValues: defaults(props), toInput });
  return <HoursFields {...props} api={api} />;
}

function CorrectHoursForm(props: Props) {
  const api = useActionForm(correctHoursSchema, correctHours, { defaultValues: defaults(props), toInput });
  return <HoursFields {...props} api={api} />;
}

const labels = { APPROVE: "approve", ENTER: "enter", CORRECT: "correct" } as const;

function HoursFields({ gigId, step, title, api }: Props & { api: HoursFormApi }) {
  const t = useTranslations("hours");
  return (
    <form aria-label={title} className="flex flex-wrap items-end gap-x-3" onSubmit={api.onSubmit} noValidate>
      <div className="w-28">
        <TextField id={`hours-min-${gigId}`} type="number" min={0} max={1440} label={t("minutes")} error={api.fieldError("minutes")} {...api.register("minutes")} />
      </div>
      <div className="min-w-48 flex-1">
        <TextField id={`hours-reason-${gigId}`} label={t("reason")} error={api.fieldError("reason")} {...api.register("reason")} />
      </div>
      <Button type="submit" variant={step === "CORRECT" ? "secondary" : "primary"} disabled={api.pending} className="mb-4">
        {t(labels[step])}
      </Button>
      <div className="w-full">
        <ActionErrorAlert result={api.failure} />
      </div>
    </form>
  );
}
