"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { SelectField, TextArea } from "@/components/ui/Field";
import { callAction } from "@/components/ui/useAction";
import type { ActionResult } from "@/server/errors";
import { acceptGig, declineGig, finishGig, reportHours, startGig } from "../actions";
import { enqueue, hasIndexedDb } from "../offline/queue";
import { finishLooksTooSoon, type GigStep, type QueuedGigCall } from "../rules";
import { Icon } from "./Icon";
import { QUEUE_CHANGED_EVENT, QUEUE_FLUSHED_EVENT } from "./OfflineSync";

type Mode = "main" | "decline" | "hours" | "confirmFinish";
type Result = ActionResult<unknown>;

/** The one thing to do on a gig now: answer, start, finish, or enter the hours. */
export function GigActions({
  gigId,
  step: serverStep,
  startedAt,
  startedAtText,
  waitingText,
  approvedText,
  notYetText,
  canEnterHours,
  plannedMinutes,
  reportedMinutes,
  forgotten = false,
  queueOffline = false,
  warnings = [],
  warningTitle,
}: {
  gigId: string;
  step: GigStep;
  /** ISO instant of "I started" (to ask when "I finished" comes within a minute) */
  startedAt?: string;
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
  /** the client's own phone (not support mode): keep "I finished" and hours when offline */
  queueOffline?: boolean;
  /** benefit-limit warnings for an offer, in plain words, shown before the question */
  warnings?: string[];
  warningTitle?: string;
}) {
  const t = useTranslations("client.actions");
  const router = useRouter();
  const [mode, setMode] = useState<Mode>(forgotten ? "hours" : "main");
  const [done, setDone] = useState<{ text: string; tone: "ok" | "warn" } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  // The step shown now: the server's, or the one an action just reached (before the refresh).
  const [localStep, setLocalStep] = useState<GigStep | null>(null);
  const [pending, startTransition] = useTransition();
  const statusRef = useRef<HTMLDivElement>(null);
  const fieldError = useFieldErrors(result);
  const step = localStep ?? serverStep;

  // A new server state (after the refresh) wins over the optimistic one.
  const [seenStep, setSeenStep] = useState(serverStep);
  if (seenStep !== serverStep) {
    setSeenStep(serverStep);
    setLocalStep(null);
  }

  // The queue sent what this screen saved on the phone: say so instead of "saved on the phone".
  useEffect(() => {
    const onFlushed = () => setDone((d) => (d?.tone === "warn" ? { text: t("sent"), tone: "ok" } : d));
    window.addEventListener(QUEUE_FLUSHED_EVENT, onFlushed);
    return () => window.removeEventListener(QUEUE_FLUSHED_EVENT, onFlushed);
  }, [t]);

  // Focus goes to what changed, so a screen reader and a magnified screen land on it.
  useEffect(() => {
    if (done || (result && !result.ok)) statusRef.current?.focus();
  }, [done, result]);

  function run(call: () => Promise<Result>, opts: { okText: string; optimistic?: GigStep; queue?: QueuedGigCall }) {
    setDone(null);
    setResult(null);
    const before = localStep;
    if (opts.optimistic) {
      // "Yes, I'll come": the new state shows at once; the buttons are gone, a second tap cannot happen.
      setLocalStep(opts.optimistic);
      setDone({ text: opts.okText, tone: "ok" });
    }
    startTransition(async () => {
      const r = await callAction(call, undefined);
      if (r.ok) {
        setMode("main");
        if (opts.okText) setDone({ text: opts.okText, tone: "ok" });
        router.refresh();
        return;
      }
      if (r.error === "NETWORK" && queueOffline && opts.queue && hasIndexedDb()) {
        try {
          await enqueue(opts.queue);
          window.dispatchEvent(new Event(QUEUE_CHANGED_EVENT));
          setMode("main");
          setLocalStep("waiting");
          setDone({ text: t("savedOnPhone"), tone: "warn" });
          return;
        } catch {
          // private mode or a full disk: fall through to the plain message and a retry
        }
      }
      setLocalStep(before);
      setDone(null);
      setResult(r);
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
    run(() => declineGig({ gigId, reason }), { okText: t("declined"), optimistic: "none" });
  }

  function submitHours(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const input = { gigId, hours: Number(form.get("hours")), minutes: Number(form.get("minutes")), note: note(form) };
    run(() => reportHours(input), { okText: t("sent"), queue: { kind: "hours", ...input, queuedAt: new Date().toISOString() } });
  }

  const [finishNote, setFinishNote] = useState<string | undefined>(undefined);
  function finish(noteText: string | undefined) {
    const finishedAt = new Date().toISOString();
    run(() => finishGig({ gigId, note: noteText, finishedAt }), {
      okText: t("sent"),
      queue: { kind: "finish", gigId, note: noteText, finishedAt, queuedAt: finishedAt },
    });
  }

  function submitStartOrFinish(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    // after "I started" the screen itself changes to "I finished": no extra message
    if (step === "start") {
      run(() => startGig({ gigId, note: note(form) }), { okText: "" });
      return;
    }
    if (startedAt && finishLooksTooSoon(new Date(startedAt), new Date())) {
      setFinishNote(note(form));
      setMode("confirmFinish");
      return;
    }
    finish(note(form));
  }

  // The form starts at what was reported, else at the planned length (rounded to a quarter hour).
  const startMinutes = reportedMinutes ?? Math.round(plannedMinutes / 15) * 15;
  const defaultHours = Math.min(16, Math.floor(startMinutes / 60));
  const defaultMinutes = startMinutes % 60;
  const hoursOptions = Array.from({ length: 17 }, (_, h) => ({ value: String(h), label: String(h) }));
  const minuteOptions = [0, 15, 30, 45].map((m) => ({ value: String(m), label: String(m) }));

  return (
    <section aria-labelledby="actions-title" className="rounded-xl border-2 border-brand-600 bg-white p-3">
      {/* On an offer the question is what the eye needs; the heading stays for screen readers. */}
      <h2 id="actions-title" className={step === "answer" && mode === "main" ? "sr-only" : "mb-3 text-2xl font-bold"}>
        {t("title")}
      </h2>
      <div aria-live="polite" ref={statusRef} tabIndex={-1} className="outline-none focus-visible:ring-2 focus-visible:ring-brand-600" data-testid="gig-status">
        {done ? (
          <div className="mb-3">
            <Alert tone={done.tone}>{done.text}</Alert>
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
      ) : mode === "confirmFinish" ? (
        <div className="space-y-3">
          <p className="text-lg font-semibold">{t("finishTooSoon")}</p>
          <Button type="button" size="lg" disabled={pending} onClick={() => finish(finishNote)}>
            <Icon name="stop" />
            {t("finishTooSoonYes")}
          </Button>
          <Button type="button" size="lg" variant="secondary" onClick={() => setMode("main")}>
            {t("finishTooSoonNo")}
          </Button>
        </div>
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
        <div className="space-y-2">
          {warnings.length ? (
            <div className="rounded-lg border-2 border-danger bg-white p-2" role="note" aria-label={warningTitle} data-testid="benefit-warning">
              {warnings.map((w) => (
                <p key={w} className="flex items-start gap-2 font-semibold text-danger">
                  <Icon name="warn" className="mt-0.5 h-5 w-5" />
                  {w}
                </p>
              ))}
            </div>
          ) : null}
          <p className="text-xl font-semibold">{t("question")}</p>
          <Button type="button" size="lg" disabled={pending} onClick={() => run(() => acceptGig({ gigId }), { okText: t("accepted"), optimistic: "none" })}>
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
          {waitingText && !localStep ? (
            <p className="flex items-center gap-2 text-lg">
              <Icon name="clock" />
              {waitingText}
            </p>
          ) : null}
          <Button type="button" size="lg" variant="secondary" onClick={() => setMode("hours")}>
            {t("fixHours")}
          </Button>
        </div>
      ) : step === "approved" ? (
        <p className="flex items-center gap-2 text-lg">
          <Icon name="check" className="h-6 w-6 text-ok" />
          {approvedText}
        </p>
      ) : localStep ? null : (
        <p className="text-lg">{notYetText}</p>
      )}
    </section>
  );
}
