"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { SelectField, TextField } from "@/components/ui/Field";
import { createJobcenter, updateJobcenter } from "../actions";
import { useAction } from "@/components/ui/useAction";

type Kind = "DISABILITY_WORK_ACTIVITY" | "REHABILITATIVE_WORK_ACTIVITY";
type Model = "COMMISSION" | "EMPLOYMENT" | "PARTNER_EMPLOYER";
const MODELS: Model[] = ["COMMISSION", "EMPLOYMENT", "PARTNER_EMPLOYER"];

export interface JobcenterValues {
  id?: string;
  name: string;
  slug: string;
  kind: Kind;
  contractModels: Model[];
  blockCommissionForUnemploymentBenefit: boolean;
  email: string | null;
  phone: string | null;
  active: boolean;
}

function Checkbox({ id, label, hint, checked, onChange }: { id: string; label: string; hint?: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="mb-3 flex items-start gap-3">
      <input id={id} type="checkbox" className="mt-1 h-6 w-6 shrink-0" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <div>
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-muted">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function JobcenterForm({ initial }: { initial?: JobcenterValues }) {
  const t = useTranslations("admin");
  const router = useRouter();
  const editing = !!initial?.id;
  const create = useAction(createJobcenter);
  const update = useAction(updateJobcenter);
  const { result, pending } = editing ? update : create;
  const fieldError = useFieldErrors(result);
  const [v, setV] = useState<JobcenterValues>(
    initial ?? { name: "", slug: "", kind: "DISABILITY_WORK_ACTIVITY", contractModels: ["EMPLOYMENT"], blockCommissionForUnemploymentBenefit: false, email: "", phone: "", active: true },
  );
  const set = (patch: Partial<JobcenterValues>) => setV((old) => ({ ...old, ...patch }));
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = { name: v.name, slug: v.slug, kind: v.kind, contractModels: v.contractModels, email: v.email ?? "", phone: v.phone ?? "", blockCommissionForUnemploymentBenefit: v.blockCommissionForUnemploymentBenefit };
        if (editing) update.run({ ...input, jobcenterId: initial!.id, active: v.active });
        else create.run(input, (d) => router.push(`/admin/jobcenters/${d.jobcenterId}`));
      }}
    >
      <TextField id="jc-name" label={t("jobcenters.name")} value={v.name} onChange={(e) => set({ name: e.target.value })} error={fieldError("name")} required />
      <TextField id="jc-slug" label={t("jobcenters.slug")} hint={t("jobcenters.slugHint")} value={v.slug} onChange={(e) => set({ slug: e.target.value })} error={fieldError("slug")} required />
      <SelectField
        id="jc-kind"
        label={t("jobcenters.kind")}
        value={v.kind}
        onChange={(e) => {
          const kind = e.target.value as Kind;
          // The default follows the kind until the admin changes it on an existing Jobcenter.
          set({ kind, ...(editing ? {} : { blockCommissionForUnemploymentBenefit: kind === "REHABILITATIVE_WORK_ACTIVITY" }) });
        }}
        options={(["DISABILITY_WORK_ACTIVITY", "REHABILITATIVE_WORK_ACTIVITY"] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
      />
      <fieldset className="mb-4" aria-describedby={fieldError("contractModels") ? "jc-models-error" : undefined}>
        <legend className="font-semibold">{t("jobcenters.contractModels")}</legend>
        {MODELS.map((m) => (
          <Checkbox
            key={m}
            id={`jc-model-${m}`}
            label={t(`contractModel.${m}`)}
            checked={v.contractModels.includes(m)}
            onChange={(on) => set({ contractModels: on ? [...v.contractModels, m] : v.contractModels.filter((x) => x !== m) })}
          />
        ))}
        {fieldError("contractModels") ? (
          <p id="jc-models-error" className="text-sm font-semibold text-danger">
            {fieldError("contractModels")}
          </p>
        ) : null}
      </fieldset>
      <Checkbox id="jc-block" label={t("jobcenters.block")} hint={t("jobcenters.blockHint")} checked={v.blockCommissionForUnemploymentBenefit} onChange={(on) => set({ blockCommissionForUnemploymentBenefit: on })} />
      <TextField id="jc-email" type="email" label={t("jobcenters.email")} value={v.email ?? ""} onChange={(e) => set({ email: e.target.value })} error={fieldError("email")} />
      <TextField id="jc-phone" type="tel" label={t("jobcenters.phone")} value={v.phone ?? ""} onChange={(e) => set({ phone: e.target.value })} error={fieldError("phone")} />
      {editing ? <Checkbox id="jc-active" label={t("jobcenters.active")} checked={v.active} onChange={(on) => set({ active: on })} /> : null}
      <ActionErrorAlert result={result} />
      {editing && result?.ok ? <Alert tone="ok">{t("jobcenters.saved")}</Alert> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {editing ? t("jobcenters.save") : t("jobcenters.create")}
      </Button>
    </form>
  );
}

export interface UnitValues {
  id?: string;
  name: string;
  address: string | null;
  area: string | null;
  phone: string | null;
  email: string | null;
  active: boolean;
}

export { Checkbox };
