"use client";

import { useTranslations } from "next-intl";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextArea } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { offerToUnits } from "../actions";
import { offerToUnitsSchema } from "../schema";

export function OfferForm({ orderId, units }: { orderId: string; units: { id: string; name: string; offered: boolean }[] }) {
  const t = useTranslations("coordination.offers");
  const { form, onSubmit, register, fieldError, failure, pending } = useActionForm(offerToUnitsSchema, offerToUnits, {
    defaultValues: { orderId, unitIds: [], message: "" },
    onOk: () => form.reset(),
  });
  // The ticked units as a list of ids, also when only one unit is left to offer to.
  const selected = form.watch("unitIds") ?? [];
  const toggle = (unitId: string, on: boolean) =>
    form.setValue("unitIds", on ? [...selected, unitId] : selected.filter((x) => x !== unitId), { shouldValidate: form.formState.isSubmitted });
  const open = units.filter((u) => !u.offered);
  if (open.length === 0) return null;
  return (
    <form className="mt-4" onSubmit={onSubmit} noValidate>
      <fieldset className="mb-4">
        <legend className="font-semibold">{t("units")}</legend>
        {fieldError("unitIds") ? <p className="text-sm font-semibold text-danger">{fieldError("unitIds")}</p> : null}
        <div className="mt-1 flex flex-wrap gap-2">
          {open.map((u) => (
            <label key={u.id} className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-gray-300 px-3">
              <input type="checkbox" className="h-5 w-5" checked={selected.includes(u.id)} onChange={(e) => toggle(u.id, e.target.checked)} />
              {u.name}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea id={`offer-message-${orderId}`} label={t("message")} hint={t("messageHint")} error={fieldError("message")} rows={3} {...register("message")} />
      <ActionErrorAlert result={failure} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("submit")}
      </Button>
    </form>
  );
}
