"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { cancelGig, rescheduleGig, swapWorker } from "../actions";
import { useAction } from "@/components/ui/useAction";

/** Swap the worker, reschedule with the recorded agreement, or cancel with a reason. */
export function GigActions({ gigId, name, candidates }: { gigId: string; name: string; candidates: { id: string; name: string }[] }) {
  const t = useTranslations("coordination.gig");
  const ts = useTranslations("coordination.sessions");
  const swap = useAction(swapWorker);
  const move = useAction(rescheduleGig);
  const cancel = useAction(cancelGig);
  const swapErr = useFieldErrors(swap.result);
  const moveErr = useFieldErrors(move.result);
  const cancelErr = useFieldErrors(cancel.result);
  const [s, setS] = useState({ clientId: candidates[0]?.id ?? "", reason: "", confirmed: false });
  const [m, setM] = useState({ day: "", start: "", end: "", agreement: "", confirmed: false });
  const [reason, setReason] = useState("");
  return (
    <details className="mt-2 rounded-lg border border-gray-200 p-2">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700">{t("change", { name })}</summary>
      <div className="mt-2 grid gap-4 lg:grid-cols-3">
        {candidates.length > 0 ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              swap.run({ gigId, clientId: s.clientId, reason: s.reason, workActivityDayConfirmed: s.confirmed });
            }}
          >
            <h4 className="font-semibold">{t("swapTitle")}</h4>
            <SelectField id={`swap-client-${gigId}`} label={t("swapClient")} options={candidates.map((c) => ({ value: c.id, label: c.name }))} value={s.clientId} onChange={(e) => setS({ ...s, clientId: e.target.value })} />
            <TextField id={`swap-reason-${gigId}`} label={t("reason")} value={s.reason} onChange={(e) => setS({ ...s, reason: e.target.value })} error={swapErr("reason")} />
            <WadCheckbox id={`swap-wad-${gigId}`} checked={s.confirmed} onChange={(c) => setS({ ...s, confirmed: c })} />
            <ActionErrorAlert result={swap.result} />
            <Button type="submit" variant="secondary" disabled={swap.pending}>
              {t("swap")}
            </Button>
          </form>
        ) : null}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            move.run({ gigId, ...m, workActivityDayConfirmed: m.confirmed });
          }}
        >
          <h4 className="font-semibold">{t("rescheduleTitle")}</h4>
          <TextField id={`move-day-${gigId}`} type="date" label={ts("day")} value={m.day} onChange={(e) => setM({ ...m, day: e.target.value })} error={moveErr("day")} />
          <div className="grid grid-cols-2 gap-2">
            <TextField id={`move-start-${gigId}`} type="time" label={ts("start")} value={m.start} onChange={(e) => setM({ ...m, start: e.target.value })} error={moveErr("start")} />
            <TextField id={`move-end-${gigId}`} type="time" label={ts("end")} value={m.end} onChange={(e) => setM({ ...m, end: e.target.value })} error={moveErr("end")} />
          </div>
          <TextField id={`move-agreement-${gigId}`} label={t("agreement")} hint={t("agreementHint")} value={m.agreement} onChange={(e) => setM({ ...m, agreement: e.target.value })} error={moveErr("agreement")} />
          <WadCheckbox id={`move-wad-${gigId}`} checked={m.confirmed} onChange={(c) => setM({ ...m, confirmed: c })} />
          <ActionErrorAlert result={move.result} />
          <Button type="submit" variant="secondary" disabled={move.pending}>
            {t("reschedule")}
          </Button>
        </form>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            cancel.run({ gigId, reason });
          }}
        >
          <h4 className="font-semibold">{t("cancelTitle")}</h4>
          <TextField id={`cancel-reason-${gigId}`} label={t("reason")} value={reason} onChange={(e) => setReason(e.target.value)} error={cancelErr("reason")} />
          <ActionErrorAlert result={cancel.result} />
          <Button type="submit" variant="danger" disabled={cancel.pending}>
            {t("cancel")}
          </Button>
        </form>
      </div>
    </details>
  );
}

function WadCheckbox({ id, checked, onChange }: { id: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useTranslations("coordination.matching");
  return (
    <div className="mb-3 flex items-start gap-2">
      <input id={id} type="checkbox" className="mt-1 h-5 w-5" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id} className="text-sm">
        {t("confirmWad")}
      </label>
    </div>
  );
}
