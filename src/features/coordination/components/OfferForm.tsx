"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { TextArea } from "@/components/ui/Field";
import { offerToUnits } from "../actions";
import { useAction } from "@/components/ui/useAction";

export function OfferForm({ orderId, units }: { orderId: string; units: { id: string; name: string; offered: boolean }[] }) {
  const t = useTranslations("coordination.offers");
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState("");
  const { result, pending, run } = useAction(offerToUnits);
  const fieldError = useFieldErrors(result);
  const open = units.filter((u) => !u.offered);
  if (open.length === 0) return null;
  return (
    <form
      className="mt-4"
      onSubmit={(e) => {
        e.preventDefault();
        run({ orderId, unitIds: selected, message }, () => {
          setSelected([]);
          setMessage("");
        });
      }}
    >
      <fieldset className="mb-4">
        <legend className="font-semibold">{t("units")}</legend>
        {fieldError("unitIds") ? <p className="text-sm font-semibold text-danger">{fieldError("unitIds")}</p> : null}
        <div className="mt-1 flex flex-wrap gap-2">
          {open.map((u) => (
            <label key={u.id} className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-gray-300 px-3">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={selected.includes(u.id)}
                onChange={(e) => setSelected((s) => (e.target.checked ? [...s, u.id] : s.filter((x) => x !== u.id)))}
              />
              {u.name}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea id={`offer-message-${orderId}`} label={t("message")} hint={t("messageHint")} value={message} onChange={(e) => setMessage(e.target.value)} rows={3} />
      <ActionErrorAlert result={result} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("submit")}
      </Button>
    </form>
  );
}
