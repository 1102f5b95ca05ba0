"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { BenefitCheck, SkillsCheck, SupportMode, type ReadinessStatus } from "@/generated/prisma/enums";
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

export interface NominationCandidate {
  id: string;
  name: string;
  readiness: ReadinessStatus;
  preferredTimes: string | null;
  /** The regular work-activity days as the page formatted them ("ma 8.00–12.00"). */
  workDays: string[];
  /** benefit-limit warnings for this order's gig, already in words (ADR 081) */
  benefitWarnings?: string[];
}

/**
 * Unit staff nominate a client with the readiness confirmation (ADR 030). The chosen client's
 * readiness, preferred times and work-activity days are shown first: the server refuses a
 * client who is not ready, and in disability work activity staff confirm here that the client
 * leaves work activity on a gig day (ADR 031).
 */
export function NominateForm({
  offerId,
  clients,
  disability,
  benefitLabel,
}: {
  offerId: string;
  clients: NominationCandidate[];
  disability: boolean;
  benefitLabel?: string;
}) {
  const t = useTranslations("unit.offer");
  const tc = useTranslations("coordination");
  // Every confirmation is given afresh: after one, only the chosen client stays selected.
  const empty = (clientId: string): Values => ({ offerId, clientId, clientWantsGig: false, skillsCheck: "VERIFIED", benefitCheck: "DONE", supportMode: "STAFF_ALONG", supportPerson: "", note: "", leavesWorkActivityConfirmed: false });
  const { form, onSubmit, register, fieldError, failure, pending } = useActionForm(nominateClientSchema, nominateClient, {
    defaultValues: empty(clients[0]?.id ?? ""),
    onOk: (_, values) => form.reset(empty(values.clientId)),
  });
  const chosen = clients.find((c) => c.id === form.watch("clientId"));
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
      {chosen ? (
        <dl className="mb-4 grid gap-x-4 gap-y-1 rounded-md bg-gray-50 p-3 text-sm sm:grid-cols-[max-content_1fr]" aria-label={t("clientFacts")}>
          <dt className="font-semibold">{t("readiness")}</dt>
          <dd>
            {tc(`readiness.${chosen.readiness}`)}
            {chosen.readiness === "READY" ? null : chosen.readiness === "PRACTISING" ? ` – ${t("readinessPractising")}` : ` – ${t("readinessNotReady")}`}
          </dd>
          <dt className="font-semibold">{t("preferredTimes")}</dt>
          <dd>{chosen.preferredTimes ?? "–"}</dd>
          <dt className="font-semibold">{t("workDays")}</dt>
          <dd>{chosen.workDays.length > 0 ? chosen.workDays.join(", ") : t("noWorkDays")}</dd>
          {chosen.benefitWarnings?.length ? (
            <>
              <dt className="font-semibold">{benefitLabel}</dt>
              <dd className="font-semibold text-danger" data-testid="nomination-benefit-warning">
                {chosen.benefitWarnings.join(" ")}
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      <CheckboxField id={`wants-${offerId}`} label={t("wants")} error={fieldError("clientWantsGig")} {...register("clientWantsGig")} />
      {radios("skillsCheck")}
      {radios("benefitCheck")}
      {radios("supportMode")}
      {form.watch("supportMode") !== "NONE" ? (
        <TextField id={`nominate-person-${offerId}`} label={t("supportPerson")} hint={t("supportPersonHint")} error={fieldError("supportPerson")} {...register("supportPerson")} />
      ) : null}
      {disability && chosen && chosen.workDays.length > 0 ? (
        <CheckboxField id={`leaves-${offerId}`} label={t("leavesWorkActivity")} hint={t("leavesWorkActivityHint")} {...register("leavesWorkActivityConfirmed")} />
      ) : null}
      <TextArea id={`nominate-note-${offerId}`} label={t("note")} rows={2} {...register("note")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("nominate")}
      </Button>
    </form>
  );
}
