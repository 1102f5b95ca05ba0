"use client";

import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { TextArea, TextField } from "@/components/ui/Field";
import { useAction } from "@/components/ui/useAction";
import { useActionForm } from "@/components/ui/useActionForm";
import type { ContractModel } from "@/generated/prisma/enums";

import { acceptOrderTerms, cancelOrder, decideOrderChange, giveFeedback, recordHire } from "../actions";
import { acceptTermsSchema, cancelOrderSchema, giveFeedbackSchema, recordHireSchema } from "../schema";

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
  // ticking the box is the person's consent; it is not sent, the terms version is
  const [checked, setChecked] = useState(false);
  const { onSubmit, failure, pending } = useActionForm(acceptTermsSchema, acceptOrderTerms, { defaultValues: { orderId, termsVersionId: terms.id } });
  return (
    <form onSubmit={onSubmit} noValidate>
      <TermsText terms={terms} />
      <CheckboxField id={`accept-terms-${orderId}`} label={t("form.acceptTerms", { title: terms.title, version: terms.version })} checked={checked} onChange={(e) => setChecked(e.target.checked)} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={!checked || pending}>
        {t("terms.acceptButton")}
      </Button>
    </form>
  );
}

interface PendingChangeItem {
  id: string;
  description: string;
  reason: string | null;
  newUnitPriceCents: number | null;
  newHoursPerWorkerMin: number | null;
  newWorkerCount: number | null;
  newContractModel: ContractModel | null;
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
        {change.newContractModel !== null ? <li>{t("changes.proposedContractModel", { model: t(`contractModel.${change.newContractModel}`) })}</li> : null}
      </ul>
      {change.reason ? <p className="mb-2 text-sm">{t("changes.reasonShown", { reason: change.reason })}</p> : null}
      {terms ? (
        <>
          <TermsText terms={terms} />
          <CheckboxField id={`accept-change-${change.id}`} label={t("changes.acceptWithTerms", { title: terms.title, version: terms.version })} checked={checked} onChange={(e) => setChecked(e.target.checked)} />
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
  const { register, onSubmit, fieldError, failure, pending } = useActionForm(cancelOrderSchema, cancelOrder, { defaultValues: { orderId, reason: "" } });
  const feeText = feeCents === 0 ? t("cancel.free") : t("cancel.fee", { fee: fmt.euros(feeCents) });
  if (!open)
    return (
      <div>
        <p className="mb-2">{feeText}</p>
        <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
          {t("cancel.open")}
        </Button>
      </div>
    );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Alert tone="warn">{feeText}</Alert>
      <TextArea id={`cancel-reason-${orderId}`} label={t("cancel.reason")} hint={t("cancel.reasonHint")} error={fieldError("reason")} rows={2} {...register("reason")} />
      <ActionErrorAlert result={failure} />
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
  const [sent, setSent] = useState(false);
  const { form, register, onSubmit, fieldError, failure, pending } = useActionForm(giveFeedbackSchema, giveFeedback, {
    // 0 is "not chosen yet": the schema asks for 1–5, so sending it names the rating field
    defaultValues: { gigId, rating: current?.rating ?? 0, comment: current?.comment ?? "" },
    onOk: () => setSent(true),
  });
  const rating = form.watch("rating");
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset className="mb-3">
        <legend className="font-semibold">{t("feedback.ratingLabel", { name: workerFirstName })}</legend>
        <p className="text-sm text-muted">{t("feedback.ratingHint")}</p>
        <div className="mt-1 flex flex-wrap gap-1">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={`flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1 rounded-lg border-2 px-2 ${rating === n ? "border-brand-600 bg-brand-50" : "border-gray-300"}`}>
              {/* a radio's value is text; the schema wants the number */}
              <input type="radio" name={`rating-${gigId}`} value={n} checked={rating === n} onChange={() => form.setValue("rating", n, { shouldValidate: form.formState.isSubmitted })} className="h-4 w-4" />
              {n}
            </label>
          ))}
        </div>
        {fieldError("rating") ? <p className="mt-1 text-sm font-semibold text-danger">{t("feedback.ratingError")}</p> : null}
      </fieldset>
      <TextArea id={`feedback-comment-${gigId}`} label={t("feedback.commentLabel")} hint={t("feedback.commentHint")} error={fieldError("comment")} rows={3} {...register("comment")} />
      <ActionErrorAlert result={failure} />
      {sent && !failure ? <Alert tone="ok">{t("feedback.thanks")}</Alert> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("feedback.send")}
      </Button>
    </form>
  );
}

/** Orderer: we hired this worker onto our own payroll (a success). */
export function HireForm({ gigId, workerFirstName }: { gigId: string; workerFirstName: string }) {
  const t = useTranslations("orders");
  const [recorded, setRecorded] = useState(false);
  const { register, onSubmit, fieldError, failure, pending } = useActionForm(recordHireSchema, recordHire, {
    defaultValues: { gigId, hiredOn: "" },
    onOk: () => setRecorded(true),
  });
  if (recorded) return <Alert tone="ok">{t("hire.recorded", { name: workerFirstName })}</Alert>;
  return (
    <form onSubmit={onSubmit} noValidate>
      <TextField id={`hire-${gigId}`} type="date" label={t("hire.label", { name: workerFirstName })} hint={t("hire.hint")} error={fieldError("hiredOn")} {...register("hiredOn")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("hire.send")}
      </Button>
    </form>
  );
}
