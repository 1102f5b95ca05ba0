"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { SelectField, TextArea } from "@/components/ui/Field";
import { useAction } from "@/components/ui/useAction";
import type { ActionResult } from "@/server/errors";
import { acceptGig, declineGig, finishGig, reportHours, startGig } from "../actions";
import type { GigStep } from "../rules";
import { Icon } from "./Icon";

type Mode = "main" | "decline" | "hours";

// Every button here runs one of the gig's actions through the same `useAction`, so there is
// one pending state, and a thrown error or a lost connection ends it with a NETWORK message.
const callGigAction = (call: () => Promise<ActionResult<unknown>>) => call();

/** The one thing to do on a gig now: answer, start, finish, or enter the hours. */
export function GigActions({
  gigId,
  step,
  startedAtText,
  waitingText,
  approvedText,
  notYetText,
  canEnterHours,
  plannedMinutes,
  reportedMinutes,
  forgotten = false,
}: {
  gigId: string;
  step: GigStep;
  startedAtText?: string;
  waitingText?: string;
  approvedText?: string;
  notYetText?: string;
  /** Hours can be entered only once the gig has begun; "I started" opens a little earlier. */
  canEnterHours: boolean;
  plannedMinutes: number;
  reportedMinutes?: number | null;
  /** a forgotten check-out: ask for the hours instead of "I finished" */
  forgotten?: boolean;
}) {
  const t = useTranslations("client.actions");
  const [mode, setMode] = useState<Mode>(forgotten ? "hours" : "main");
  const [done, setDone] = useState<string | null>(null);
  const { result, pending, run: runAction } = useAction(callGigAction);
  const fieldError = useFieldErrors(result);

  function run(call: () => Promise<ActionResult<unknown>>, okText: string) {
    setDone(null);
    runAction(call, () => {
      setMode("main");
      setDone(okText);
    });
  }

  function note(form: FormData): string | undefined {
    const v = String(form.get("note") ?? "").trim();
    return v || undefined;
  }

  function submitDecline(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const reason = String(form.get("reason") ?? "").trim() || undefined;
    run(() => declineGig({ gigId, reason }), t("declined"));
  }

  function submitHours(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    run(() => reportHours({ gigId, hours: Number(form.get("hours")), minutes: Number(form.get("minutes")), note: note(form) }), t("sent"));
  }

  function submitStartOrFinish(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    // after "I started" the screen itself changes to "I finished": no extra message
    if (step === "start") run(() => startGig({ gigId, note: note(form) }), "");
    else run(() => finishGig({ gigId, note: note(form) }), t("sent"));
  }

  // The form starts at what was reported, else at the planned length (rounded to a quarter hour).
  const startMinutes = reportedMinutes ?? Math.round(plannedMinutes / 15) * 15;
  const defaultHours = Math.min(16, Math.floor(startMinutes / 60));
  const defaultMinutes = startMinutes % 60;
  const hoursOptions = Array.from({ length: 17 }, (_, h) => ({ value: String(h), label: String(h) }));
  const minuteOptions = [0, 15, 30, 45].map((m) => ({ value: String(m), label: String(m) }));

  return (
    <section aria-labelledby="actions-title" className="rounded-xl border-2 border-brand-600 bg-white p-4">
      <h2 id="actions-title" className="mb-3 text-2xl font-bold">
        {t("title")}
      </h2>
      <div aria-live="polite">
        {done ? (
          <div className="mb-3">
            <Alert tone="ok">{done}</Alert>
          </div>
        ) : null}
        {result && !result.ok ? (
          <div className="mb-3">
            <ActionErrorAlert result={result} />
          </div>
        ) : null}
      </div>

      {mode === "decline" ? (
        <form onSubmit={submitDecline} noValidate>
          <p className="mb-3 text-lg font-semibold">{t("declineTitle")}</p>
          <TextArea id="reason" name="reason" label={t("declineReason")} rows={3} maxLength={1000} />
          <div className="space-y-3">
            <Button type="submit" size="lg" variant="danger" disabled={pending}>
              <Icon name="cross" />
              {t("declineConfirm")}
            </Button>
            <Button type="button" size="lg" variant="secondary" onClick={() => setMode("main")}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : mode === "hours" ? (
        <form onSubmit={submitHours} noValidate>
          {forgotten ? (
            <div className="mb-3">
              <Alert tone="warn">{t("forgotten")}</Alert>
            </div>
          ) : null}
          <fieldset>
            <legend className="mb-3 text-lg font-semibold">{t("enterHoursTitle")}</legend>
            <div className="grid grid-cols-2 gap-3">
              <SelectField id="hours" name="hours" label={t("hoursLabel")} options={hoursOptions} defaultValue={String(defaultHours)} error={fieldError("hours")} />
              <SelectField id="minutes" name="minutes" label={t("minutesLabel")} options={minuteOptions} defaultValue={String(defaultMinutes)} error={fieldError("minutes")} />
            </div>
          </fieldset>
          <TextArea id="note" name="note" label={t("note")} rows={3} maxLength={1000} />
          <div className="space-y-3">
            <Button type="submit" size="lg" disabled={pending}>
              <Icon name="check" />
              {t("sendHours")}
            </Button>
            <Button type="button" size="lg" variant="secondary" onClick={() => setMode("main")}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : step === "answer" ? (
        <div className="space-y-3">
          <p className="text-xl font-semibold">{t("question")}</p>
          <Button type="button" size="lg" disabled={pending} onClick={() => run(() => acceptGig({ gigId }), t("accepted"))}>
            <Icon name="check" />
            {t("accept")}
          </Button>
          <Button type="button" size="lg" variant="secondary" disabled={pending} onClick={() => setMode("decline")}>
            <Icon name="cross" />
            {t("decline")}
          </Button>
        </div>
      ) : step === "start" || step === "finish" ? (
        <form onSubmit={submitStartOrFinish} noValidate className="space-y-3">
          {step === "finish" && startedAtText ? <p className="text-lg">{startedAtText}</p> : null}
          <p className="text-lg">{step === "start" ? t("startHelp") : t("finishHelp")}</p>
          {step === "finish" ? <TextArea id="note" name="note" label={t("note")} rows={3} maxLength={1000} /> : null}
          <Button type="submit" size="lg" disabled={pending}>
            <Icon name={step === "start" ? "play" : "stop"} />
            {step === "start" ? t("start") : t("finish")}
          </Button>
          {canEnterHours ? (
            <Button type="button" size="lg" variant="secondary" onClick={() => setMode("hours")}>
              <Icon name="clock" />
              {t("enterHours")}
            </Button>
          ) : null}
        </form>
      ) : step === "waiting" ? (
        <div className="space-y-3">
          <p className="flex items-center gap-2 text-lg">
            <Icon name="clock" />
            {waitingText}
          </p>
          <Button type="button" size="lg" variant="secondary" onClick={() => setMode("hours")}>
            {t("fixHours")}
          </Button>
        </div>
      ) : step === "approved" ? (
        <p className="flex items-center gap-2 text-lg">
          <Icon name="check" className="h-6 w-6 text-ok" />
          {approvedText}
        </p>
      ) : (
        <p className="text-lg">{notYetText}</p>
      )}
    </section>
  );
}
