"use client";

import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Alert } from "@/components/ui/Card";
import { TextArea, TextField } from "@/components/ui/Field";
import type { ActionResult } from "@/server/errors";
import { acceptOrderTerms, cancelOrder, decideOrderChange, giveFeedback, recordHire } from "../actions";

function useAction<I>(action: (input: I) => Promise<ActionResult<unknown>>) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  async function run(input: I) {
    setPending(true);
    const r = await action(input);
    setPending(false);
    setResult(r);
    if (r.ok) router.refresh();
    return r;
  }
  return { result, pending, run };
}

export interface TermsToAccept {
  id: string;
  title: string;
  body: string;
  version: number;
}

function TermsText({ terms }: { terms: TermsToAccept }) {
  const t = useTranslations("orders");
  return (
    <details className="mb-3 rounded-lg border border-gray-200 p-3">
      <summary className="min-h-11 cursor-pointer content-center font-semibold text-brand-700">{t("form.readTerms", { title: terms.title, version: terms.version })}</summary>
      <div className="mt-2 whitespace-pre-line">{terms.body}</div>
    </details>
  );
}

/** Orderer: accept the order terms of an order that is waiting for them. */
export function AcceptTermsForm({ orderId, terms }: { orderId: string; terms: TermsToAccept }) {
  const t = useTranslations("orders");
  const [checked, setChecked] = useState(false);
  const { result, pending, run } = useAction(acceptOrderTerms);
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void run({ orderId, termsVersionId: terms.id });
      }}
    >
      <TermsText terms={terms} />
      <label className="mb-3 flex min-h-11 items-start gap-3 font-semibold">
        <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} className="mt-1 h-5 w-5" />
        {t("form.acceptTerms", { title: terms.title, version: terms.version })}
      </label>
      <ActionErrorAlert result={result} />
      <Button type="submit" disabled={!checked || pending}>
        {t("terms.acceptButton")}
      </Button>
    </form>
  );
}

export interface PendingChangeItem {
  id: string;
  description: string;
  reason: string | null;
  newUnitPriceCents: number | null;
  newHoursPerWorkerMin: number | null;
  newWorkerCount: number | null;
}

/** Orderer: a change the coordinator proposed (price or scope). Accepting means accepting the terms again. */
export function PendingChange({ change, terms }: { change: PendingChangeItem; terms: TermsToAccept | null }) {
  const t = useTranslations("orders");
  const fmt = useAppFormatter();
  const [checked, setChecked] = useState(false);
  const { result, pending, run } = useAction(decideOrderChange);
  return (
    <div>
      <p className="whitespace-pre-line">{change.description}</p>
      <ul className="my-2 list-disc pl-6">
        {change.newUnitPriceCents !== null ? <li>{t("changes.proposedPrice", { price: fmt.euros(change.newUnitPriceCents) })}</li> : null}
        {change.newHoursPerWorkerMin !== null ? <li>{t("changes.proposedHours", { hours: fmt.minutes(change.newHoursPerWorkerMin) })}</li> : null}
        {change.newWorkerCount !== null ? <li>{t("changes.proposedWorkers", { workers: change.newWorkerCount })}</li> : null}
      </ul>
      {change.reason ? <p className="mb-2 text-sm">{t("changes.reasonShown", { reason: change.reason })}</p> : null}
      {terms ? (
        <>
          <TermsText terms={terms} />
          <label className="mb-3 flex min-h-11 items-start gap-3 font-semibold">
            <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} className="mt-1 h-5 w-5" />
            {t("changes.acceptWithTerms", { title: terms.title, version: terms.version })}
          </label>
        </>
      ) : null}
      <ActionErrorAlert result={result} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={!checked || !terms || pending} onClick={() => run({ changeId: change.id, decision: "ACCEPT", termsVersionId: terms?.id })}>
          {t("changes.accept")}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => run({ changeId: change.id, decision: "DECLINE" })}>
          {t("changes.decline")}
        </Button>
      </div>
    </div>
  );
}

/** Cancel the order; says first whether it is free or what it costs. */
export function CancelOrderForm({ orderId, feeCents }: { orderId: string; feeCents: number }) {
  const t = useTranslations("orders");
  const fmt = useAppFormatter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const { result, pending, run } = useAction(cancelOrder);
  if (!open)
    return (
      <div>
        <p className="mb-2">{feeCents === 0 ? t("cancel.free") : t("cancel.fee", { fee: fmt.euros(feeCents) })}</p>
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          {t("cancel.open")}
        </Button>
      </div>
    );
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void run({ orderId, reason });
      }}
    >
      <Alert tone="warn">{feeCents === 0 ? t("cancel.free") : t("cancel.fee", { fee: fmt.euros(feeCents) })}</Alert>
      <TextArea id={`cancel-reason-${orderId}`} label={t("cancel.reason")} hint={t("cancel.reasonHint")} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
      <ActionErrorAlert result={result} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {t("cancel.confirm")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          {t("cancel.keep")}
        </Button>
      </div>
    </form>
  );
}

/** Orderer: a rating (1–5) and words on a completed gig. */
export function GigFeedbackForm({ gigId, workerFirstName, current }: { gigId: string; workerFirstName: string; current?: { rating: number; comment: string | null } }) {
  const t = useTranslations("orders");
  const [rating, setRating] = useState(current?.rating ?? 0);
  const [comment, setComment] = useState(current?.comment ?? "");
  const { result, pending, run } = useAction(giveFeedback);
  const fe = useFieldErrors(result);
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void run({ gigId, rating, comment });
      }}
      noValidate
    >
      <fieldset className="mb-3">
        <legend className="font-semibold">{t("feedback.ratingLabel", { name: workerFirstName })}</legend>
        <p className="text-sm text-muted">{t("feedback.ratingHint")}</p>
        <div className="mt-1 flex flex-wrap gap-1">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={`flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1 rounded-lg border-2 px-2 ${rating === n ? "border-brand-600 bg-brand-50" : "border-gray-300"}`}>
              <input type="radio" name={`rating-${gigId}`} value={n} checked={rating === n} onChange={() => setRating(n)} className="h-4 w-4" />
              {n}
            </label>
          ))}
        </div>
        {fe("rating") ? <p className="mt-1 text-sm font-semibold text-danger">{t("feedback.ratingError")}</p> : null}
      </fieldset>
      <TextArea id={`feedback-comment-${gigId}`} label={t("feedback.commentLabel")} hint={t("feedback.commentHint")} error={fe("comment")} value={comment} onChange={(e) => setComment(e.target.value)} rows={3} />
      <ActionErrorAlert result={result} />
      {result?.ok ? <Alert tone="ok">{t("feedback.thanks")}</Alert> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("feedback.send")}
      </Button>
    </form>
  );
}

/** Orderer: we hired this worker onto our own payroll (a success). */
export function HireForm({ gigId, workerFirstName }: { gigId: string; workerFirstName: string }) {
  const t = useTranslations("orders");
  const [day, setDay] = useState("");
  const { result, pending, run } = useAction(recordHire);
  const fe = useFieldErrors(result);
  if (result?.ok) return <Alert tone="ok">{t("hire.recorded", { name: workerFirstName })}</Alert>;
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void run({ gigId, hiredOn: day });
      }}
      noValidate
    >
      <TextField id={`hire-${gigId}`} type="date" label={t("hire.label", { name: workerFirstName })} hint={t("hire.hint")} error={fe("hiredOn")} value={day} onChange={(e) => setDay(e.target.value)} />
      <ActionErrorAlert result={result} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("hire.send")}
      </Button>
    </form>
  );
}
