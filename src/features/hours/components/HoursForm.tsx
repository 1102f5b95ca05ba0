"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { useAction } from "@/components/ui/useAction";
import { approveHours, correctHours, enterHours } from "../actions";

/**
 * Hours of one gig: approve what was reported (REPORTED), enter for a client without the app
 * (ACCEPTED/STARTED), or correct approved hours with a reason (APPROVED).
 */
export function HoursForm({ gigId, mode, minutes, title }: { gigId: string; mode: "approve" | "enter" | "correct"; minutes: number | null; title: string }) {
  const t = useTranslations("hours");
  const action = mode === "approve" ? approveHours : mode === "enter" ? enterHours : correctHours;
  const { result, pending, run } = useAction(action);
  const err = useFieldErrors(result);
  const [v, setV] = useState({ minutes: minutes === null ? "" : String(minutes), reason: "" });
  const label = mode === "approve" ? t("approve") : mode === "enter" ? t("enter") : t("correct");
  return (
    <form
      aria-label={title}
      className="flex flex-wrap items-end gap-x-3"
      onSubmit={(e) => {
        e.preventDefault();
        run({ gigId, minutes: v.minutes === "" ? undefined : Number(v.minutes), reason: v.reason });
      }}
    >
      <div className="w-28">
        <TextField id={`hours-min-${gigId}`} type="number" min={0} max={1440} label={t("minutes")} value={v.minutes} onChange={(e) => setV({ ...v, minutes: e.target.value })} error={err("minutes")} />
      </div>
      <div className="min-w-48 flex-1">
        <TextField id={`hours-reason-${gigId}`} label={t("reason")} value={v.reason} onChange={(e) => setV({ ...v, reason: e.target.value })} error={err("reason")} />
      </div>
      <Button type="submit" variant={mode === "correct" ? "secondary" : "primary"} disabled={pending} className="mb-4">
        {label}
      </Button>
      <div className="w-full">
        <ActionErrorAlert result={result} />
      </div>
    </form>
  );
}
