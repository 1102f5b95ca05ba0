"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { TextArea } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { giveGigFeedback } from "../actions";
import { MOODS } from "../rules";
import { giveGigFeedbackSchema } from "../schema";

// A face is a picture plus its word: the word carries the meaning, the colour only repeats it.
const FACES: Record<(typeof MOODS)[number], string> = { 1: "🙁", 2: "😐", 3: "🙂" };

/** The client's faces and words about a done gig: plain language, big targets, nothing required. */
export function ClientGigFeedbackForm({ gigId, current }: { gigId: string; current: { mood: number; words: string | null; shareWithOrderer: boolean } | null }) {
  const t = useTranslations("feedback.client");
  const [sent, setSent] = useState(false);
  const { form, register, onSubmit, failure, pending } = useActionForm(giveGigFeedbackSchema, giveGigFeedback, {
    // 0 = no face chosen yet: the button waits for one (the words alone are not an answer)
    defaultValues: { gigId, mood: current?.mood ?? 0, words: current?.words ?? "", shareWithOrderer: current?.shareWithOrderer ?? false },
    onOk: () => setSent(true),
  });
  const mood = form.watch("mood");
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`gig-feedback-${gigId}`}>
      <h2 id={`gig-feedback-${gigId}`} className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-3">{t("lead")}</p>
      <fieldset className="mb-4">
        <legend className="sr-only">{t("title")}</legend>
        <div className="grid grid-cols-3 gap-2">
          {MOODS.map((n) => (
            <label
              key={n}
              className={`flex min-h-24 cursor-pointer flex-col items-center justify-center gap-1 rounded-xl border-4 p-2 text-center text-lg font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-4 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700 ${mood === n ? "border-brand-600 bg-brand-50" : "border-gray-300"}`}
            >
              <input
                type="radio"
                name={`mood-${gigId}`}
                value={n}
                checked={mood === n}
                onChange={() => form.setValue("mood", n)}
                className="sr-only"
              />
              <span aria-hidden="true" className="text-4xl">
                {FACES[n]}
              </span>
              {t(`moods.${n}`)}
              {mood === n ? <span aria-hidden="true">✓</span> : null}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea id={`gig-feedback-words-${gigId}`} label={t("wordsLabel")} rows={3} maxLength={1000} {...register("words")} />
      <CheckboxField id={`gig-feedback-share-${gigId}`} label={t("share")} hint={t("shareHint")} {...register("shareWithOrderer")} />
      <ActionErrorAlert result={failure} />
      {sent && !failure ? <Alert tone="ok">{t("thanks")}</Alert> : null}
      <Button type="submit" disabled={pending || mood === 0} className="mt-2 min-h-12 w-full text-lg">
        {t("save")}
      </Button>
      {current && !sent ? <p className="mt-2 text-sm">{t("change")}</p> : null}
    </form>
  );
}
