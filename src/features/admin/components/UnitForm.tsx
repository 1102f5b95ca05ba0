"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { createUnit, updateUnit } from "../actions";
import { createUnitSchema, updateUnitSchema } from "../schema";

export interface UnitValues {
  id: string;
  name: string;
  address: string | null;
  area: string | null;
  phone: string | null;
  email: string | null;
  active: boolean;
}

type FieldName = "name" | "address" | "area" | "phone" | "email";
const EMPTY = { name: "", address: "", area: "", phone: "", email: "" };

function UnitFields({ prefix, field, error }: { prefix: string; field: (name: FieldName) => UseFormRegisterReturn; error: (name: FieldName) => string | undefined }) {
  const t = useTranslations("admin.units");
  return (
    <>
      <TextField id={`${prefix}-name`} label={t("name")} {...field("name")} error={error("name")} required />
      <TextField id={`${prefix}-address`} label={t("address")} {...field("address")} error={error("address")} />
      <TextField id={`${prefix}-area`} label={t("area")} {...field("area")} error={error("area")} />
      <TextField id={`${prefix}-phone`} type="tel" label={t("phone")} {...field("phone")} error={error("phone")} />
      <TextField id={`${prefix}-email`} type="email" label={t("email")} {...field("email")} error={error("email")} />
    </>
  );
}

function CreateUnitForm({ jobcenterId }: { jobcenterId: string }) {
  const t = useTranslations("admin.units");
  const { form, onSubmit, fieldError, failure, pending, register } = useActionForm(createUnitSchema, createUnit, {
    defaultValues: { jobcenterId, ...EMPTY },
    onOk: () => form.reset({ jobcenterId, ...EMPTY }),
  });
  return (
    <form noValidate onSubmit={onSubmit}>
      <UnitFields prefix="unit-new" field={(name) => register(name)} error={fieldError} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("create")}
      </Button>
    </form>
  );
}

function EditUnitForm({ initial }: { initial: UnitValues }) {
  const t = useTranslations("admin.units");
  const [saved, setSaved] = useState(false);
  const prefix = `unit-${initial.id}`;
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(updateUnitSchema, updateUnit, {
    defaultValues: {
      unitId: initial.id,
      name: initial.name,
      address: initial.address ?? "",
      area: initial.area ?? "",
      phone: initial.phone ?? "",
      email: initial.email ?? "",
      active: initial.active,
    },
    onOk: () => setSaved(true),
  });
  return (
    <form noValidate onSubmit={onSubmit}>
      <UnitFields prefix={prefix} field={(name) => register(name)} error={fieldError} />
      <CheckboxField id={`${prefix}-active`} label={t("active")} {...register("active")} />
      <ActionErrorAlert result={failure} />
      {saved && !failure ? <Alert tone="ok">{t("saved")}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={pending} className="mt-2">
        {t("save")}
      </Button>
    </form>
  );
}

/** A new unit of the Jobcenter, or the details of an existing one (`initial`). */
export function UnitForm({ jobcenterId, initial }: { jobcenterId: string; initial?: UnitValues }) {
  return initial ? <EditUnitForm initial={initial} /> : <CreateUnitForm jobcenterId={jobcenterId} />;
}
