"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextArea } from "@/components/ui/Field";
import { respondToOffer } from "../actions";
import { useAction } from "@/components/ui/useAction";

export function RespondOfferForm({ offerId }: { offerId: string }) {
  const t = useTranslations("unit.offer");
  const [answer, setAnswer] = useState<"INTERESTED" | "DECLINED">("INTERESTED");
  const [note, setNote] = useState("");
  const { result, pending, run } = useAction(respondToOffer);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run({ offerId, answer, note });
      }}
    >
      <fieldset className="mb-4">
        <legend className="font-semibold">{t("answer")}</legend>
        {(["INTERESTED", "DECLINED"] as const).map((a) => (
          <label key={a} className="flex min-h-11 items-center gap-2">
            <input type="radio" name={`answer-${offerId}`} className="h-5 w-5" checked={answer === a} onChange={() => setAnswer(a)} />
            {t(a)}
          </label>
        ))}
      </fieldset>
      <TextArea id={`respond-note-${offerId}`} label={t("note")} value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      <ActionErrorAlert result={result} />
      <Button type="submit" variant="secondary" disabled={pending} className="mt-2">
        {t("respond")}
      </Button>
    </form>
  );
}
