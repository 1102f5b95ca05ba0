"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { SelectField, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { ContractModel, JobcenterKind } from "@/generated/prisma/enums";
import { createJobcenter, updateJobcenter } from "../actions";
import { defaultBlockCommission } from "../rules";
import { createJobcenterSchema, updateJobcenterSchema } from "../schema";

export interface JobcenterValues {
  id: string;
  name: string;
  slug: string;
  kind: JobcenterKind;
  contractModels: ContractModel[];
  blockCommissionForUnemploymentBenefit: boolean;
  email: string | null;
  phone: string | null;
  active: boolean;
}

type FieldName = "name" | "slug" | "kind" | "contractModels" | "blockCommissionForUnemploymentBenefit" | "email" | "phone";

/** The fields both forms share; each form registers them on its own schema. */
function JobcenterFields({ field, error }: { field: (name: FieldName) => UseFormRegisterReturn; error: (name: FieldName) => string | undefined }) {
  const t = useTranslations("admin");
  const modelsError = error("contractModels");
  return (
    <>
      <TextField id="jc-name" label={t("jobcenters.name")} {...field("name")} error={error("name")} required />
      <TextField id="jc-slug" label={t("jobcenters.slug")} hint={t("jobcenters.slugHint")} {...field("slug")} error={error("slug")} required />
      <SelectField id="jc-kind" label={t("jobcenters.kind")} {...field("kind")} options={Object.values(JobcenterKind).map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      <fieldset className="mb-4" aria-describedby={modelsError ? "jc-models-error" : undefined}>
        <legend className="font-semibold">{t("jobcenters.contractModels")}</legend>
        {Object.values(ContractModel).map((m) => (
          <CheckboxField key={m} id={`jc-model-${m}`} label={t(`contractModel.${m}`)} value={m} {...field("contractModels")} />
        ))}
        {modelsError ? (
          <p id="jc-models-error" className="text-sm font-semibold text-danger">
            {modelsError}
          </p>
        ) : null}
      </fieldset>
      <CheckboxField id="jc-block" label={t("jobcenters.block")} hint={t("jobcenters.blockHint")} {...field("blockCommissionForUnemploymentBenefit")} />
      <TextField id="jc-email" type="email" label={t("jobcenters.email")} {...field("email")} error={error("email")} />
      <TextField id="jc-phone" type="tel" label={t("jobcenters.phone")} {...field("phone")} error={error("phone")} />
    </>
  );
}

function CreateJobcenterForm() {
  const t = useTranslations("admin");
  const router = useRouter();
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(createJobcenterSchema, createJobcenter, {
    defaultValues: { name: "", slug: "", kind: "DISABILITY_WORK_ACTIVITY", contractModels: ["EMPLOYMENT"], blockCommissionForUnemploymentBenefit: defaultBlockCommission("DISABILITY_WORK_ACTIVITY"), email: "", phone: "" },
    onOk: (d) => router.push(`/admin/jobcenters/${d.jobcenterId}`),
  });
  const field = (name: FieldName) =>
    name === "kind"
      ? register("kind", {
          // A new Jobcenter's blocking follows its kind until the admin changes it.
          onChange: (e: { target: { value: JobcenterKind } }) => form.setValue("blockCommissionForUnemploymentBenefit", defaultBlockCommission(e.target.value)),
        })
      : register(name);
  return (
    <form noValidate onSubmit={onSubmit}>
      <JobcenterFields field={field} error={fieldError} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("jobcenters.create")}
      </Button>
    </form>
  );
}

function EditJobcenterForm({ initial }: { initial: JobcenterValues }) {
  const t = useTranslations("admin");
  const [saved, setSaved] = useState(false);
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(updateJobcenterSchema, updateJobcenter, {
    defaultValues: {
      jobcenterId: initial.id,
      name: initial.name,
      slug: initial.slug,
      kind: initial.kind,
      contractModels: initial.contractModels,
      blockCommissionForUnemploymentBenefit: initial.blockCommissionForUnemploymentBenefit,
      email: initial.email ?? "",
      phone: initial.phone ?? "",
      active: initial.active,
    },
    onOk: () => setSaved(true),
  });
  return (
    <form noValidate onSubmit={onSubmit}>
      <JobcenterFields field={(name) => register(name)} error={fieldError} />
      <CheckboxField id="jc-active" label={t("jobcenters.active")} {...register("active")} />
      <ActionErrorAlert result={failure} />
      {saved && !failure ? <Alert tone="ok">{t("jobcenters.saved")}</Alert> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("jobcenters.save")}
      </Button>
    </form>
  );
}

/** A new Jobcenter, or the details of an existing one (`initial`). */
export function JobcenterForm({ initial }: { initial?: JobcenterValues }) {
  return initial ? <EditJobcenterForm initial={initial} /> : <CreateJobcenterForm />;
}
