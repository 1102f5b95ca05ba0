"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { BenefitCheck, SkillsCheck, SupportMode } from "@/generated/prisma/enums";
import { nominateClient } from "../actions";
import { nominateClientSchema } from "../schema";

type Values = z.input<typeof nominateClientSchema>;
type Choice = "skillsCheck" | "benefitCheck" | "supportMode";
// Each radio value is also the key of its label in its message group (coordination.skillsCheck.VERIFIED ...).
const choices = {
  skillsCheck: Object.values(SkillsCheck),
  benefitCheck: Object.values(BenefitCheck),
  supportMode: Object.values(SupportMode),
} as const satisfies Record<Choice, readonly string[]>;
type ChoiceLabel = { [K in Choice]: `${K}.${(typeof choices)[K][number]}` }[Choice];

/** Unit staff nominate a client with the readiness confirmation (ADR 030). */
export function NominateForm({ offerId, clients }: { offerId: string; clients: { id: string; name: string }[] }) {
  const t = useTranslations("unit.offer");
  const tc = useTranslations("coordination");
  // Every confirmation is given afresh: after one, only the chosen client stays selected.
  const empty = (clientId: string): Values => ({ offerId, clientId, clientWantsGig: false, skillsCheck: "VERIFIED", benefitCheck: "DONE", supportMode: "STAFF_ALONG", supportPerson: "", note: "" });
  const { form, onSubmit, register, fieldError, failure, pending } = useActionForm(nominateClientSchema, nominateClient, {
    defaultValues: empty(clients[0]?.id ?? ""),
    onOk: (_, values) => form.reset(empty(values.clientId)),
  });
  const radios = (name: Choice) => (
    <fieldset className="mb-4">
      <legend className="font-semibold">{t(name)}</legend>
      {(choices[name] as readonly string[]).map((value) => (
        <label key={value} className="flex min-h-11 items-center gap-2">
          <input type="radio" value={value} className="h-5 w-5" {...register(name)} />
          {tc(`${name}.${value}` as ChoiceLabel)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <SelectField
        id={`nominate-client-${offerId}`}
        label={t("client")}
        options={clients.map((c) => ({ value: c.id, label: c.name }))}
        error={fieldError("clientId")}
        {...register("clientId")}
      />
      <CheckboxField id={`wants-${offerId}`} label={t("wants")} error={fieldError("clientWantsGig")} {...register("clientWantsGig")} />
      {radios("skillsCheck")}
      {radios("benefitCheck")}
      {radios("supportMode")}
      {form.watch("supportMode") !== "NONE" ? (
        <TextField id={`nominate-person-${offerId}`} label={t("supportPerson")} hint={t("supportPersonHint")} error={fieldError("supportPerson")} {...register("supportPerson")} />
      ) : null}
      <TextArea id={`nominate-note-${offerId}`} label={t("note")} rows={2} {...register("note")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("nominate")}
      </Button>
    </form>
  );
}
