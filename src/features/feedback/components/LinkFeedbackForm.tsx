"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextArea } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { giveFeedbackByLink } from "../actions";
import { feedbackByLinkSchema } from "../schema";

/** One worker's rating from the emailed link; the same texts as the signed-in orderer's form. */
export function LinkFeedbackForm({ token, gigId, firstName, current }: { token: string; gigId: string; firstName: string; current?: { rating: number; comment: string | null } }) {
  const t = useTranslations("orders");
  const [sent, setSent] = useState(false);
  const { form, register, onSubmit, fieldError, failure, pending } = useActionForm(feedbackByLinkSchema, giveFeedbackByLink, {
    defaultValues: { token, gigId, rating: current?.rating ?? 0, comment: current?.comment ?? "" },
    onOk: () => setSent(true),
  });
  const rating = form.watch("rating");
  return (
    <form onSubmit={onSubmit} noValidate className="border-b border-gray-100 pb-4">
      <fieldset className="mb-3">
        <legend className="font-semibold">{t("feedback.ratingLabel", { name: firstName })}</legend>
        <p className="text-sm text-muted">{t("feedback.ratingHint")}</p>
        <div className="mt-1 flex flex-wrap gap-1">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={`flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1 rounded-lg border-2 px-2 ${rating === n ? "border-brand-600 bg-brand-50" : "border-gray-300"}`}>
              <input type="radio" name={`rating-${gigId}`} value={n} checked={rating === n} onChange={() => form.setValue("rating", n, { shouldValidate: form.formState.isSubmitted })} className="h-4 w-4" />
              {n}
            </label>
          ))}
        </div>
        {fieldError("rating") ? <p className="mt-1 text-sm font-semibold text-danger">{t("feedback.ratingError")}</p> : null}
      </fieldset>
      <TextArea id={`link-feedback-comment-${gigId}`} label={t("feedback.commentLabel")} hint={t("feedback.commentHint")} rows={3} maxLength={2000} {...register("comment")} />
      <ActionErrorAlert result={failure} />
      {sent && !failure ? <Alert tone="ok">{t("feedback.thanks")}</Alert> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("feedback.send")}
      </Button>
    </form>
  );
}
