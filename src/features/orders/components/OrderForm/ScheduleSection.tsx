"use client";

import { type Messages, useTranslations } from "next-intl";
import { useRef } from "react";
import { useFieldArray } from "react-hook-form";
import { Button } from "@/components/ui/Button";
import { TextArea, TextField } from "@/components/ui/Field";
import { RepeatSessions } from "@/features/intake/components/RepeatSessions";
import type { OrderFieldsApi } from "./fields";
import { Section } from "./Section";
import { emptySession } from "./values";

type Session = { date: string; start: string; end: string };

/** When the work is done: exact work sessions, or a time window in words. */
export function ScheduleSection({ form, path, error }: OrderFieldsApi) {
  const t = useTranslations("orders");
  const label = (key: keyof Messages["orders"]["fields"]) => t(`fields.${key}.label`);
  const hint = (key: keyof Messages["orders"]["fields"]) => t(`fields.${key}.hint`);
  const sessions = useFieldArray({ control: form.control, name: path("sessions") });
  // A time window sends no sessions; they come back if the orderer switches back.
  const stashed = useRef<Session[]>([]);
  const kind = form.watch(path("scheduleKind"));
  const kindField = form.register(path("scheduleKind"));

  function choose(next: "EXACT" | "WINDOW") {
    if (next === "WINDOW" && sessions.fields.length) {
      stashed.current = form.getValues(path("sessions")) as Session[];
      sessions.replace([]);
    }
    if (next === "EXACT" && sessions.fields.length === 0) sessions.replace(stashed.current.length ? stashed.current : [emptySession()]);
  }

  return (
    <Section title={t("form.sectionWhen")}>
      <fieldset className="mb-4">
        <legend className="font-semibold">{label("scheduleKind")}</legend>
        <p className="text-sm text-muted">{hint("scheduleKind")}</p>
        {(["EXACT", "WINDOW"] as const).map((k) => (
          <label key={k} className="mt-2 flex min-h-11 items-center gap-3">
            <input
              type="radio"
              value={k}
              {...kindField}
              onChange={(e) => {
                choose(k);
                void kindField.onChange(e);
              }}
              className="h-5 w-5"
            />
            {t(`scheduleKind.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === "EXACT" ? (
        <div>
          {error("sessions") ? <p className="mb-2 text-sm font-semibold text-danger">{error("sessions")}</p> : null}
          {sessions.fields.map((field, i) => (
            <fieldset key={field.id} className="mb-3 rounded-lg border border-gray-200 p-3">
              <legend className="px-1 font-semibold">{t("form.sessionN", { n: i + 1 })}</legend>
              <div className="grid gap-x-3 sm:grid-cols-3">
                <TextField id={`session-${i}-date`} type="date" label={label("date")} error={error(`sessions.${i}.date`)} {...form.register(path(`sessions.${i}.date`))} />
                <TextField id={`session-${i}-start`} type="time" label={label("start")} error={error(`sessions.${i}.start`)} {...form.register(path(`sessions.${i}.start`))} />
                <TextField id={`session-${i}-end`} type="time" label={label("end")} error={error(`sessions.${i}.end`)} {...form.register(path(`sessions.${i}.end`))} />
              </div>
              {sessions.fields.length > 1 ? (
                <Button type="button" variant="ghost" onClick={() => sessions.remove(i)}>
                  {t("form.removeSession", { n: i + 1 })}
                </Button>
              ) : null}
            </fieldset>
          ))}
          <Button type="button" variant="secondary" onClick={() => sessions.append(emptySession())}>
            {t("form.addSession")}
          </Button>
          <RepeatSessions first={(form.watch(path("sessions")) as Session[] | undefined)?.[0]} onCreate={(list) => sessions.replace(list)} />
        </div>
      ) : (
        <TextArea id="windowText" label={label("windowText")} hint={hint("windowText")} error={error("windowText")} {...form.register(path("windowText"))} rows={2} />
      )}
    </Section>
  );
}
