"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { SelectField, TextArea } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { recordDebrief } from "../actions";
import { recordDebriefSchema } from "../schema";

/** Unit staff: what went well, what to practise and the client's own view, after going through a gig together. */
export function DebriefForm({ gigs }: { gigs: { id: string; label: string }[] }) {
  const t = useTranslations("feedback.debrief");
  const [saved, setSaved] = useState(false);
  const { form, register, onSubmit, fieldError, failure, pending } = useActionForm(recordDebriefSchema, recordDebrief, {
    defaultValues: { gigId: gigs[0]?.id ?? "", wentWell: "", toPractise: "", clientView: "" },
    onOk: () => {
      setSaved(true);
      form.reset({ gigId: "", wentWell: "", toPractise: "", clientView: "" });
    },
  });
  if (gigs.length === 0) return <p className="text-muted">{t("none")}</p>;
  return (
    <form onSubmit={onSubmit} noValidate>
      <SelectField id="debrief-gig" label={t("gig")} options={gigs.map((g) => ({ value: g.id, label: g.label }))} {...register("gigId")} />
      <TextArea id="debrief-went-well" label={t("wentWell")} rows={2} maxLength={2000} error={fieldError("wentWell") ? t("empty") : undefined} {...register("wentWell")} />
      <TextArea id="debrief-practise" label={t("toPractise")} rows={2} maxLength={2000} {...register("toPractise")} />
      <TextArea id="debrief-client-view" label={t("clientView")} rows={2} maxLength={2000} {...register("clientView")} />
      <ActionErrorAlert result={failure} />
      {saved && !failure ? <Alert tone="ok">{t("saved")}</Alert> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("save")}
      </Button>
    </form>
  );
}
