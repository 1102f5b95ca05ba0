"use client";

import { useTranslations } from "next-intl";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextArea } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { respondToOffer } from "../actions";
import { respondToOfferSchema } from "../schema";

export function RespondOfferForm({ offerId }: { offerId: string }) {
  const t = useTranslations("unit.offer");
  const { onSubmit, register, fieldError, failure, pending } = useActionForm(respondToOfferSchema, respondToOffer, {
    defaultValues: { offerId, answer: "INTERESTED", note: "" },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset className="mb-4">
        <legend className="font-semibold">{t("answer")}</legend>
        {respondToOfferSchema.shape.answer.options.map((a) => (
          <label key={a} className="flex min-h-11 items-center gap-2">
            <input type="radio" value={a} className="h-5 w-5" {...register("answer")} />
            {t(a)}
          </label>
        ))}
      </fieldset>
      <TextArea id={`respond-note-${offerId}`} label={t("note")} error={fieldError("note")} rows={2} {...register("note")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="secondary" disabled={pending} className="mt-2">
        {t("respond")}
      </Button>
    </form>
  );
}
