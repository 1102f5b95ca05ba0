"use client";

import { type Messages, type MessageKeys, type NestedKeyOf, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import { nominateClient } from "../actions";
import { useAction } from "@/components/ui/useAction";

// The radio values listed below are the keys of their message group (coordination.skillsCheck, ...).
type CoordinationKey = MessageKeys<Messages["coordination"], NestedKeyOf<Messages["coordination"]>>;

/** Unit staff nominate a client with the readiness confirmation (ADR 030). */
export function NominateForm({ offerId, clients }: { offerId: string; clients: { id: string; name: string }[] }) {
  const t = useTranslations("unit.offer");
  const tc = useTranslations("coordination");
  const empty = { clientId: clients[0]?.id ?? "", clientWantsGig: false, skillsCheck: "VERIFIED", benefitCheck: "DONE", supportMode: "STAFF_ALONG", supportPerson: "", note: "" };
  const [v, setV] = useState(empty);
  const { result, pending, run } = useAction(nominateClient);
  const err = useFieldErrors(result);
  const radios = (name: "skillsCheck" | "benefitCheck" | "supportMode", values: string[], ns: string) => (
    <fieldset className="mb-4">
      <legend className="font-semibold">{t(name)}</legend>
      {values.map((value) => (
        <label key={value} className="flex min-h-11 items-center gap-2">
          <input type="radio" name={`${name}-${offerId}`} className="h-5 w-5" checked={v[name] === value} onChange={() => setV({ ...v, [name]: value })} />
          {tc(`${ns}.${value}` as CoordinationKey)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run({ offerId, ...v } as Parameters<typeof nominateClient>[0], () => setV({ ...empty, clientId: v.clientId }));
      }}
    >
      <SelectField id={`nominate-client-${offerId}`} label={t("client")} options={clients.map((c) => ({ value: c.id, label: c.name }))} value={v.clientId} onChange={(e) => setV({ ...v, clientId: e.target.value })} error={err("clientId")} />
      <div className="mb-4">
        <label className="flex min-h-11 items-center gap-2 font-semibold">
          <input type="checkbox" className="h-5 w-5" checked={v.clientWantsGig} onChange={(e) => setV({ ...v, clientWantsGig: e.target.checked })} aria-describedby={err("clientWantsGig") ? `wants-error-${offerId}` : undefined} />
          {t("wants")}
        </label>
        {err("clientWantsGig") ? (
          <p id={`wants-error-${offerId}`} className="text-sm font-semibold text-danger">
            {err("clientWantsGig")}
          </p>
        ) : null}
      </div>
      {radios("skillsCheck", ["VERIFIED", "PRACTISED_FIRST"], "skillsCheck")}
      {radios("benefitCheck", ["DONE", "NOT_NEEDED"], "benefitCheck")}
      {radios("supportMode", ["STAFF_ALONG", "PHONE", "NONE"], "supportMode")}
      {v.supportMode !== "NONE" ? (
        <TextField id={`nominate-person-${offerId}`} label={t("supportPerson")} hint={t("supportPersonHint")} value={v.supportPerson} onChange={(e) => setV({ ...v, supportPerson: e.target.value })} error={err("supportPerson")} />
      ) : null}
      <TextArea id={`nominate-note-${offerId}`} label={t("note")} value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} rows={2} />
      <ActionErrorAlert result={result} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("nominate")}
      </Button>
    </form>
  );
}
