"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { Checkboxes } from "@/features/clients/components/ClientForms";
import { benefitTypes } from "@/features/clients/schema";
import type { BenefitType, ClientStatus, ContractModel } from "@/generated/prisma/enums";
import type { IsoWeekday } from "@/lib/dates";
import { readinessStatuses } from "@/features/clients/schema";
import { checkClientDuplicates, createClient } from "../actions";
import { clientLanguages, createClientFormInput, createClientFormSchema, genders, type CreateClientFormValues } from "../schema";

export interface AddClientUnit {
  id: string;
  name: string;
  contractModels: ContractModel[];
}

const save = (v: CreateClientFormValues) => createClient(createClientFormInput(v));

/**
 * One form in four steps (fieldsets). A possible twin in the Jobcenter comes back as a refusal:
 * the form then shows who it may be (first name and unit only) and asks before adding anyway.
 */
export function AddClientForm({ units, today }: { units: AddClientUnit[]; today: string }) {
  const t = useTranslations("people.add");
  const tp = useTranslations("people");
  const tu = useTranslations("unit");
  const tc = useTranslations("coordination");
  const router = useRouter();
  const [twins, setTwins] = useState<{ firstName: string; unitName: string; status: ClientStatus }[] | null>(null);
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(createClientFormSchema, save, {
    defaultValues: {
      unitId: units[0]?.id ?? "",
      firstName: "",
      lastName: "",
      birthDate: "",
      gender: "NOT_TOLD",
      phone: "",
      email: "",
      language: "fi",
      area: "",
      benefits: [],
      allowedContractModels: [],
      skills: "",
      interests: "",
      preferredTimes: "",
      supportNeeds: "",
      hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "", end: "" })),
      consentParties: "",
      consentScope: "",
      consentAgreedOn: "",
      consentValidUntil: "",
      readiness: "NOT_ASSESSED",
      readinessNote: "",
      startedOn: today,
      confirmDuplicate: false,
    },
    onOk: (data) => router.push(`/unit/clients/${data.clientId}?added=1#sign-in`),
  });
  const unitId = form.watch("unitId");
  const offered = units.find((u) => u.id === unitId)?.contractModels ?? [];

  useEffect(() => {
    if (failure?.rule !== "POSSIBLE_DUPLICATE_CLIENT") return;
    const v = form.getValues();
    void checkClientDuplicates({ unitId: v.unitId, firstName: v.firstName, lastName: v.lastName, birthDate: v.birthDate, phone: v.phone }).then((r) => setTwins(r.ok ? r.data.twins : null));
  }, [failure, form]);

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <fieldset>
        <legend className="mb-2 text-xl font-semibold">{t("stepPerson")}</legend>
        {units.length > 1 ? (
          <SelectField id="add-unit" label={t("unit")} options={units.map((u) => ({ value: u.id, label: u.name }))} {...register("unitId")} error={fieldError("unitId")} />
        ) : null}
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField id="add-first" label={t("firstName")} autoComplete="off" {...register("firstName")} error={fieldError("firstName")} />
          <TextField id="add-last" label={t("lastName")} autoComplete="off" {...register("lastName")} error={fieldError("lastName")} />
          <TextField id="add-birth" type="date" label={t("birthDate")} hint={t("birthDateHint")} {...register("birthDate")} error={fieldError("birthDate")} />
          <SelectField id="add-gender" label={t("gender")} options={genders.map((g) => ({ value: g, label: tp(`gender.${g}`) }))} {...register("gender")} error={fieldError("gender")} />
          <TextField id="add-phone" type="tel" label={tu("client.phone")} autoComplete="off" {...register("phone")} error={fieldError("phone")} />
          <TextField id="add-email" type="email" label={t("email")} autoComplete="off" {...register("email")} error={fieldError("email")} />
          <SelectField
            id="add-language"
            label={t("language")}
            hint={t("languageHint")}
            options={clientLanguages.map((l) => ({ value: l, label: tp(`languageName.${l}`) }))}
            {...register("language")}
            error={fieldError("language")}
          />
          <TextField id="add-area" label={tu("client.area")} {...register("area")} error={fieldError("area")} />
          <TextField id="add-started" type="date" label={t("startedOn")} {...register("startedOn")} error={fieldError("startedOn")} />
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-xl font-semibold">{t("stepWork")}</legend>
        <Checkboxes name="benefits" legend={tu("client.benefits")} values={benefitTypes} label={(b) => tu(`benefit.${b as BenefitType}`)} register={register} error={fieldError("benefits")} />
        <p className="text-sm text-muted">{t("contractModelsHint")}</p>
        <Checkboxes
          name="allowedContractModels"
          legend={tu("client.contractModels")}
          values={offered}
          label={(m) => tc(`contractModel.${m as ContractModel}`)}
          register={register}
          error={fieldError("allowedContractModels")}
        />
        <TextField id="add-skills" label={tu("client.skills")} hint={tu("client.wordsHint")} {...register("skills")} error={fieldError("skills")} />
        <TextField id="add-interests" label={tu("client.interests")} hint={tu("client.wordsHint")} {...register("interests")} error={fieldError("interests")} />
        <TextField id="add-times" label={tu("client.preferredTimes")} {...register("preferredTimes")} error={fieldError("preferredTimes")} />
        <Alert tone="warn">{t("supportWarning")}</Alert>
        <TextArea id="add-support" label={tu("client.supportNeeds")} hint={tu("client.supportNeedsHint")} rows={3} {...register("supportNeeds")} error={fieldError("supportNeeds")} />
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-xl font-semibold">{t("stepWah")}</legend>
        <p className="mb-2 text-muted">{tu("client.wahLead")}</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {[1, 2, 3, 4, 5, 6, 7].map((weekday, i) => {
            const day = tu(`weekdayLong.${weekday as IsoWeekday}`);
            return (
              <div key={weekday} className="grid grid-cols-2 gap-2">
                <TextField id={`add-wah-start-${weekday}`} type="time" label={tu("client.start", { day })} {...register(`hours.${i}.start`)} error={fieldError(`hours.${i}.start`)} />
                <TextField id={`add-wah-end-${weekday}`} type="time" label={tu("client.end", { day })} {...register(`hours.${i}.end`)} error={fieldError(`hours.${i}.end`)} />
              </div>
            );
          })}
        </div>
      </fieldset>

      <fieldset>
        <legend className="mb-2 text-xl font-semibold">{t("stepConsent")}</legend>
        <p className="mb-2 text-muted">{t("consentLead")}</p>
        <TextArea id="add-consent-parties" label={tu("client.parties")} hint={tu("client.partiesHint")} rows={3} {...register("consentParties")} error={fieldError("consentParties")} />
        <TextField id="add-consent-scope" label={tu("client.scope")} {...register("consentScope")} error={fieldError("consentScope")} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField id="add-consent-agreed" type="date" label={tu("client.agreedOn")} {...register("consentAgreedOn")} error={fieldError("consentAgreedOn")} />
          <TextField id="add-consent-until" type="date" label={tu("client.validUntil")} {...register("consentValidUntil")} error={fieldError("consentValidUntil")} />
        </div>
        <SelectField
          id="add-readiness"
          label={tu("client.readinessStatus")}
          options={readinessStatuses.map((s) => ({ value: s, label: tc(`readiness.${s}`) }))}
          {...register("readiness")}
          error={fieldError("readiness")}
        />
        <TextField id="add-readiness-note" label={tu("client.readinessNote")} {...register("readinessNote")} error={fieldError("readinessNote")} />
      </fieldset>

      {twins && twins.length > 0 ? (
        <div role="alert" className="rounded-lg border-2 border-amber-500 p-4">
          <h2 className="mb-2 text-lg font-semibold">{t("twinsTitle")}</h2>
          <ul className="mb-2 list-disc pl-6">
            {twins.map((tw, i) => (
              <li key={i}>
                {t("twinRow", { firstName: tw.firstName, unit: tw.unitName })} · {tp(`status.${tw.status}`)}
              </li>
            ))}
          </ul>
          <p className="mb-2">{t("twinAsk")}</p>
          <CheckboxField id="add-confirm-duplicate" label={t("confirmDuplicate")} {...register("confirmDuplicate")} />
        </div>
      ) : null}
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending}>
        {t("button")}
      </Button>
    </form>
  );
}
