"use client";

import { useTranslations } from "next-intl";
import type { BenefitType, ContractModel } from "@/generated/prisma/enums";
import type { IsoWeekday } from "@/lib/dates";
import { useState } from "react";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Alert } from "@/components/ui/Card";
import { Button } from "@/components/ui/Button";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import { useAction } from "@/components/ui/useAction";
import { addConsent, moveWorkActivityDay, setReadiness, setWorkActivityHours, updateClientProfile } from "../actions";
import { benefitTypes, contractModels, readinessStatuses } from "../schema";

const split = (s: string) =>
  s
    .split(",")
    .map((w) => w.trim())
    .filter(Boolean);

function Saved({ ok }: { ok: boolean }) {
  const t = useTranslations("unit.client");
  return ok ? <Alert tone="ok">{t("saved")}</Alert> : null;
}

function Checkboxes({ legend, values, selected, label, onChange }: { legend: string; values: readonly string[]; selected: string[]; label: (v: string) => string; onChange: (v: string[]) => void }) {
  return (
    <fieldset className="mb-4">
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {values.map((v) => (
          <label key={v} className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-gray-300 px-3">
            <input type="checkbox" className="h-5 w-5" checked={selected.includes(v)} onChange={(e) => onChange(e.target.checked ? [...selected, v] : selected.filter((x) => x !== v))} />
            {label(v)}
          </label>
        ))}
      </div>
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
  benefits: string[];
  allowedContractModels: string[];
}

export function ProfileForm({ client }: { client: ProfileValues }) {
  const t = useTranslations("unit");
  const tc = useTranslations("coordination");
  const [v, setV] = useState({
    phone: client.phone ?? "",
    area: client.area ?? "",
    skills: client.skills.join(", "),
    interests: client.interests.join(", "),
    supportNeeds: client.supportNeeds ?? "",
    preferredTimes: client.preferredTimes ?? "",
    benefits: client.benefits,
    allowedContractModels: client.allowedContractModels,
  });
  const { result, pending, run } = useAction(updateClientProfile);
  const err = useFieldErrors(result);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run({ clientId: client.id, ...v, skills: split(v.skills), interests: split(v.interests) });
      }}
    >
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField id="profile-phone" label={t("client.phone")} value={v.phone} onChange={(e) => setV({ ...v, phone: e.target.value })} error={err("phone")} autoComplete="off" />
        <TextField id="profile-area" label={t("client.area")} value={v.area} onChange={(e) => setV({ ...v, area: e.target.value })} error={err("area")} />
      </div>
      <TextField id="profile-skills" label={t("client.skills")} hint={t("client.wordsHint")} value={v.skills} onChange={(e) => setV({ ...v, skills: e.target.value })} error={err("skills")} />
      <TextField id="profile-interests" label={t("client.interests")} hint={t("client.wordsHint")} value={v.interests} onChange={(e) => setV({ ...v, interests: e.target.value })} error={err("interests")} />
      <TextArea id="profile-support" label={t("client.supportNeeds")} hint={t("client.supportNeedsHint")} value={v.supportNeeds} onChange={(e) => setV({ ...v, supportNeeds: e.target.value })} rows={3} error={err("supportNeeds")} />
      <TextField id="profile-times" label={t("client.preferredTimes")} value={v.preferredTimes} onChange={(e) => setV({ ...v, preferredTimes: e.target.value })} error={err("preferredTimes")} />
      <Checkboxes legend={t("client.benefits")} values={benefitTypes} selected={v.benefits} label={(b) => t(`benefit.${b as BenefitType}`)} onChange={(benefits) => setV({ ...v, benefits })} />
      <Checkboxes
        legend={t("client.contractModels")}
        values={contractModels}
        selected={v.allowedContractModels}
        label={(m) => tc(`contractModel.${m as ContractModel}`)}
        onChange={(allowedContractModels) => setV({ ...v, allowedContractModels })}
      />
      <ActionErrorAlert result={result} />
      <Saved ok={!!result?.ok} />
      <Button type="submit" disabled={pending} className="mt-2">
        {t("client.saveProfile")}
      </Button>
    </form>
  );
}

export function ReadinessForm({ clientId, current }: { clientId: string; current: string }) {
  const t = useTranslations("unit.client");
  const tc = useTranslations("coordination");
  const [v, setV] = useState({ status: current, note: "" });
  const { result, pending, run } = useAction(setReadiness);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run({ clientId, ...v }, () => setV({ ...v, note: "" }));
      }}
    >
      <SelectField id="readiness-status" label={t("readinessStatus")} options={readinessStatuses.map((s) => ({ value: s, label: tc(`readiness.${s}`) }))} value={v.status} onChange={(e) => setV({ ...v, status: e.target.value })} />
      <TextField id="readiness-note" label={t("readinessNote")} value={v.note} onChange={(e) => setV({ ...v, note: e.target.value })} />
      <ActionErrorAlert result={result} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("setReadiness")}
      </Button>
    </form>
  );
}

export function ConsentForm({ clientId }: { clientId: string }) {
  const t = useTranslations("unit.client");
  const empty = { parties: "", scope: "", agreedOn: "", validUntil: "" };
  const [v, setV] = useState(empty);
  const { result, pending, run } = useAction(addConsent);
  const err = useFieldErrors(result);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const parties = v.parties
          .split("\n")
          .map((p) => p.trim())
          .filter(Boolean);
        run({ clientId, ...v, parties }, () => setV(empty));
      }}
    >
      <TextArea id="consent-parties" label={t("parties")} hint={t("partiesHint")} value={v.parties} onChange={(e) => setV({ ...v, parties: e.target.value })} rows={3} error={err("parties")} />
      <TextField id="consent-scope" label={t("scope")} value={v.scope} onChange={(e) => setV({ ...v, scope: e.target.value })} error={err("scope")} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField id="consent-agreed" type="date" label={t("agreedOn")} value={v.agreedOn} onChange={(e) => setV({ ...v, agreedOn: e.target.value })} error={err("agreedOn")} />
        <TextField id="consent-until" type="date" label={t("validUntil")} value={v.validUntil} onChange={(e) => setV({ ...v, validUntil: e.target.value })} error={err("validUntil")} />
      </div>
      <ActionErrorAlert result={result} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("addConsent")}
      </Button>
    </form>
  );
}

const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

export function WorkActivityHoursForm({ clientId, hours }: { clientId: string; hours: { weekday: number; startMinute: number; endMinute: number }[] }) {
  const t = useTranslations("unit");
  const [v, setV] = useState(
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
      const h = hours.find((x) => x.weekday === weekday);
      return { weekday, start: h ? hm(h.startMinute) : "", end: h ? hm(h.endMinute) : "" };
    }),
  );
  const { result, pending, run } = useAction(setWorkActivityHours);
  const set = (i: number, k: "start" | "end", value: string) => setV(v.map((row, j) => (j === i ? { ...row, [k]: value } : row)));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run({ clientId, hours: v.filter((h) => h.start && h.end) });
      }}
    >
      <div className="grid gap-x-4 sm:grid-cols-2">
        {v.map((row, i) => {
          const day = t(`weekdayLong.${row.weekday as IsoWeekday}`);
          return (
            <div key={row.weekday} className="grid grid-cols-2 gap-2">
              <TextField id={`wah-start-${row.weekday}`} type="time" label={t("client.start", { day })} value={row.start} onChange={(e) => set(i, "start", e.target.value)} />
              <TextField id={`wah-end-${row.weekday}`} type="time" label={t("client.end", { day })} value={row.end} onChange={(e) => set(i, "end", e.target.value)} />
            </div>
          );
        })}
      </div>
      <ActionErrorAlert result={result} />
      <Saved ok={!!result?.ok} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("client.saveHours")}
      </Button>
    </form>
  );
}

export function MoveDayForm({ clientId }: { clientId: string }) {
  const t = useTranslations("unit.client");
  const empty = { fromDate: "", toDate: "", reason: "" };
  const [v, setV] = useState(empty);
  const { result, pending, run } = useAction(moveWorkActivityDay);
  const err = useFieldErrors(result);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        run({ clientId, ...v }, () => setV(empty));
      }}
    >
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField id="move-from" type="date" label={t("from")} value={v.fromDate} onChange={(e) => setV({ ...v, fromDate: e.target.value })} error={err("fromDate")} />
        <TextField id="move-to" type="date" label={t("to")} value={v.toDate} onChange={(e) => setV({ ...v, toDate: e.target.value })} error={err("toDate")} />
      </div>
      <TextField id="move-reason" label={t("reason")} value={v.reason} onChange={(e) => setV({ ...v, reason: e.target.value })} />
      <ActionErrorAlert result={result} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("move")}
      </Button>
    </form>
  );
}
