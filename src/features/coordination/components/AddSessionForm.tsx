"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { addSession } from "../actions";
import { useAction } from "@/components/ui/useAction";

export function AddSessionForm({ orderId, defaultWorkers }: { orderId: string; defaultWorkers: number }) {
  const t = useTranslations("coordination.sessions");
  const [v, setV] = useState({ day: "", start: "", end: "", workersNeeded: String(defaultWorkers), note: "" });
  const { result, pending, run } = useAction(addSession);
  const err = useFieldErrors(result);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run({ orderId, ...v }, () => setV((s) => ({ ...s, start: "", end: "", note: "" })));
      }}
    >
      <h3 className="mb-2 text-lg font-semibold">{t("addTitle")}</h3>
      <div className="grid gap-x-4 sm:grid-cols-4">
        <TextField id="session-day" type="date" label={t("day")} value={v.day} onChange={set("day")} error={err("day")} required />
        <TextField id="session-start" type="time" label={t("start")} value={v.start} onChange={set("start")} error={err("start")} required />
        <TextField id="session-end" type="time" label={t("end")} value={v.end} onChange={set("end")} error={err("end")} required />
        <TextField id="session-workers" type="number" min={1} max={50} label={t("workersNeeded")} value={v.workersNeeded} onChange={set("workersNeeded")} error={err("workersNeeded")} />
      </div>
      <TextField id="session-note" label={t("note")} value={v.note} onChange={set("note")} error={err("note")} />
      <ActionErrorAlert result={result} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("submit")}
      </Button>
    </form>
  );
}
