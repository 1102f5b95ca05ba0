"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { TextField } from "@/components/ui/Field";
import { createUnit, updateUnit } from "../actions";
import { Checkbox, type UnitValues } from "./JobcenterForm";
import { useAction } from "@/components/ui/useAction";

const EMPTY: UnitValues = { name: "", address: "", area: "", phone: "", email: "", active: true };

export function UnitForm({ jobcenterId, initial }: { jobcenterId: string; initial?: UnitValues }) {
  const t = useTranslations("admin.units");
  const editing = !!initial?.id;
  const create = useAction(createUnit);
  const update = useAction(updateUnit);
  const { result, pending } = editing ? update : create;
  const fieldError = useFieldErrors(result);
  const [v, setV] = useState<UnitValues>(initial ?? EMPTY);
  const set = (patch: Partial<UnitValues>) => setV((old) => ({ ...old, ...patch }));
  const prefix = `unit-${initial?.id ?? "new"}`;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = { name: v.name, address: v.address ?? "", area: v.area ?? "", phone: v.phone ?? "", email: v.email ?? "" };
        if (editing) update.run({ ...input, unitId: initial!.id, active: v.active });
        else create.run({ ...input, jobcenterId }, () => setV(EMPTY));
      }}
    >
      <TextField id={`${prefix}-name`} label={t("name")} value={v.name} onChange={(e) => set({ name: e.target.value })} error={fieldError("name")} required />
      <TextField id={`${prefix}-address`} label={t("address")} value={v.address ?? ""} onChange={(e) => set({ address: e.target.value })} error={fieldError("address")} />
      <TextField id={`${prefix}-area`} label={t("area")} value={v.area ?? ""} onChange={(e) => set({ area: e.target.value })} error={fieldError("area")} />
      <TextField id={`${prefix}-phone`} type="tel" label={t("phone")} value={v.phone ?? ""} onChange={(e) => set({ phone: e.target.value })} error={fieldError("phone")} />
      <TextField id={`${prefix}-email`} type="email" label={t("email")} value={v.email ?? ""} onChange={(e) => set({ email: e.target.value })} error={fieldError("email")} />
      {editing ? <Checkbox id={`${prefix}-active`} label={t("active")} checked={v.active} onChange={(on) => set({ active: on })} /> : null}
      <ActionErrorAlert result={result} />
      {editing && result?.ok ? <Alert tone="ok">{t("saved")}</Alert> : null}
      <Button type="submit" variant={editing ? "secondary" : "primary"} disabled={pending} className="mt-2">
        {editing ? t("save") : t("create")}
      </Button>
    </form>
  );
}
