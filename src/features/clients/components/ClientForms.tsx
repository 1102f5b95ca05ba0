"use client";

import { useTranslations } from "next-intl";
import type { IsoWeekday } from "@/lib/dates";
import { useState } from "react";
import type { FieldPath, FieldValues, UseFormRegister } from "react-hook-form";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Alert } from "@/components/ui/Card";
import { Button } from "@/components/ui/Button";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import type { BenefitType, ConsentParty, ConsentScope, ContractModel, ReadinessStatus } from "@/generated/prisma/enums";
import { addConsent, moveWorkActivityDay, setReadiness, setWorkActivityHours, updateClientProfile } from "../actions";
import {
  benefitTypes,
  consentFormInput,
  consentParties,
  consentScopes,
  consentFormSchema,
  contractModels,
  moveWorkActivityDaySchema,
  profileFormInput,
  profileFormSchema,
  readinessStatuses,
  setReadinessSchema,
  workActivityHoursFormInput,
  workActivityHoursFormSchema,
  type ConsentFormValues,
  type ProfileFormValues,
  type WorkActivityHoursFormValues,
} from "../schema";

function Saved({ ok }: { ok: boolean }) {
  const t = useTranslations("unit.client");
  return ok ? <Alert tone="ok">{t("saved")}</Alert> : null;
}

/** "Saved" shows after a success until the next submit starts or fails. */
function useSaved() {
  const [saved, setSaved] = useState(false);
  return { saved, onOk: () => setSaved(true), hide: () => setSaved(false) };
}

export function Checkboxes<V extends FieldValues>({
  name,
  legend,
  values,
  label,
  register,
  error,
}: {
  name: FieldPath<V>;
  legend: string;
  values: readonly string[];
  label: (v: string) => string;
  register: UseFormRegister<V>;
  error?: string;
}) {
  return (
    <fieldset className="mb-4" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {values.map((v) => (
          <label key={v} className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-gray-300 px-3">
            <input type="checkbox" className="h-5 w-5" value={v} {...register(name)} />
            {label(v)}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="text-sm font-semibold text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export interface ProfileValues {
  id: string;
  phone: string | null;
  area: string | null;
  skills: string[];
  interests: string[];
  supportNeeds: string | null;
  preferredTimes: string | null;
  benefits: BenefitType[];
  allowedContractModels: ContractModel[];
}

const saveProfile = (v: ProfileFormValues) => updateClientProfile(profileFormInput(v));

export function ProfileForm({ client }: { client: ProfileValues }) {
  const t = useTranslations("unit");
  const tr = useTranslations("rights.sensitive");
  const tc = useTranslations("coordination");
  const saved = useSaved();
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(profileFormSchema, saveProfile, {
    defaultValues: {
      clientId: client.id,
      phone: client.phone ?? "",
      area: client.area ?? "",
      skills: client.skills.join(", "),
      interests: client.interests.join(", "),
      supportNeeds: client.supportNeeds ?? "",
      preferredTimes: client.preferredTimes ?? "",
      benefits: client.benefits,
      allowedContractModels: client.allowedContractModels,
    },
    onOk: saved.onOk,
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        saved.hide();
        void onSubmit(e);
      }}
    >
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField id="profile-phone" label={t("client.phone")} {...register("phone")} error={fieldError("phone")} autoComplete="off" />
        <TextField id="profile-area" label={t("client.area")} {...register("area")} error={fieldError("area")} />
      </div>
      <TextField id="profile-skills" label={t("client.skills")} hint={t("client.wordsHint")} {...register("skills")} error={fieldError("skills")} />
      <TextField id="profile-interests" label={t("client.interests")} hint={t("client.wordsHint")} {...register("interests")} error={fieldError("interests")} />
      <TextArea id="profile-support" label={t("client.supportNeeds")} hint={tr("supportWarning")} {...register("supportNeeds")} rows={3} error={fieldError("supportNeeds")} />
      <TextField id="profile-times" label={t("client.preferredTimes")} {...register("preferredTimes")} error={fieldError("preferredTimes")} />
      <Checkboxes name="benefits" legend={t("client.benefits")} values={benefitTypes} label={(b) => t(`benefit.${b as BenefitType}`)} register={register} error={fieldError("benefits")} />
      <Checkboxes
        name="allowedContractModels"
        legend={t("client.contractModels")}
        values={contractModels}
        label={(m) => tc(`contractModel.${m as ContractModel}`)}
        register={register}
        error={fieldError("allowedContractModels")}
      />
      <ActionErrorAlert result={failure} />
      <Saved ok={saved.saved && !failure && !pending} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("client.saveProfile")}
      </Button>
    </form>
  );
}

export function ReadinessForm({ clientId, current }: { clientId: string; current: ReadinessStatus }) {
  const t = useTranslations("unit.client");
  const tc = useTranslations("coordination");
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(setReadinessSchema, setReadiness, {
    defaultValues: { clientId, status: current, note: "" },
    onOk: () => form.resetField("note"),
  });
  return (
    <form noValidate onSubmit={onSubmit}>
      <SelectField
        id="readiness-status"
        label={t("readinessStatus")}
        options={readinessStatuses.map((s) => ({ value: s, label: tc(`readiness.${s}`) }))}
        {...register("status")}
        error={fieldError("status")}
      />
      <TextField id="readiness-note" label={t("readinessNote")} {...register("note")} error={fieldError("note")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("setReadiness")}
      </Button>
    </form>
  );
}

const saveConsent = (v: ConsentFormValues) => addConsent(consentFormInput(v));

export function ConsentForm({ clientId }: { clientId: string }) {
  const t = useTranslations("unit.client");
  const tr = useTranslations("rights.consent");
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(consentFormSchema, saveConsent, {
    defaultValues: { clientId, parties: "", partyKinds: [], scopes: [], scope: "", agreedOn: "", validUntil: "" },
    onOk: () => form.reset(),
  });
  return (
    <form noValidate onSubmit={onSubmit}>
      <Checkboxes name="partyKinds" legend={tr("partyKinds")} values={consentParties} label={(p) => tr(`party.${p as ConsentParty}`)} register={register} error={fieldError("partyKinds")} />
      <Checkboxes name="scopes" legend={tr("scopes")} values={consentScopes} label={(s) => tr(`scope.${s as ConsentScope}`)} register={register} error={fieldError("scopes")} />
      <TextArea id="consent-parties" label={t("parties")} hint={t("partiesHint")} {...register("parties")} rows={3} error={fieldError("parties")} />
      <TextField id="consent-scope" label={t("scope")} {...register("scope")} error={fieldError("scope")} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField id="consent-agreed" type="date" label={t("agreedOn")} {...register("agreedOn")} error={fieldError("agreedOn")} />
        <TextField id="consent-until" type="date" label={t("validUntil")} {...register("validUntil")} error={fieldError("validUntil")} />
      </div>
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("addConsent")}
      </Button>
    </form>
  );
}

const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
const saveHours = (v: WorkActivityHoursFormValues) => setWorkActivityHours(workActivityHoursFormInput(v));

export function WorkActivityHoursForm({ clientId, hours }: { clientId: string; hours: { weekday: number; startMinute: number; endMinute: number }[] }) {
  const t = useTranslations("unit");
  const saved = useSaved();
  const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const h = hours.find((x) => x.weekday === weekday);
    return { weekday, start: h ? hm(h.startMinute) : "", end: h ? hm(h.endMinute) : "" };
  });
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(workActivityHoursFormSchema, saveHours, {
    defaultValues: { clientId, hours: week },
    onOk: saved.onOk,
  });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        saved.hide();
        void onSubmit(e);
      }}
    >
      <div className="grid gap-x-4 sm:grid-cols-2">
        {week.map((row, i) => {
          const day = t(`weekdayLong.${row.weekday as IsoWeekday}`);
          return (
            <div key={row.weekday} className="grid grid-cols-2 gap-2">
              <TextField id={`wah-start-${row.weekday}`} type="time" label={t("client.start", { day })} {...register(`hours.${i}.start`)} error={fieldError(`hours.${i}.start`)} />
              <TextField id={`wah-end-${row.weekday}`} type="time" label={t("client.end", { day })} {...register(`hours.${i}.end`)} error={fieldError(`hours.${i}.end`)} />
            </div>
          );
        })}
      </div>
      <ActionErrorAlert result={failure} />
      <Saved ok={saved.saved && !failure && !pending} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("client.saveHours")}
      </Button>
    </form>
  );
}

export function MoveDayForm({ clientId }: { clientId: string }) {
  const t = useTranslations("unit.client");
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(moveWorkActivityDaySchema, moveWorkActivityDay, {
    defaultValues: { clientId, fromDate: "", toDate: "", reason: "" },
    onOk: () => form.reset(),
  });
  return (
    <form noValidate onSubmit={onSubmit}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField id="move-from" type="date" label={t("from")} {...register("fromDate")} error={fieldError("fromDate")} />
        <TextField id="move-to" type="date" label={t("to")} {...register("toDate")} error={fieldError("toDate")} />
      </div>
      <TextField id="move-reason" label={t("reason")} {...register("reason")} error={fieldError("reason")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("move")}
      </Button>
    </form>
  );
}
