"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { MAX_RECURRING_SESSIONS, recurringSessions, type PlannedSession } from "../rules";

/**
 * Repeat work in one step ("2 h every other week"): the first work session's day and times,
 * every N weeks, until a day or a number of times. The sessions replace the list in the form,
 * where they can still be edited one by one; the server checks them like any others.
 */
export function RepeatSessions({ first, onCreate }: { first: PlannedSession | undefined; onCreate: (sessions: PlannedSession[]) => void }) {
  const t = useTranslations("intake.repeat");
  const id = useId();
  const [everyWeeks, setEveryWeeks] = useState("1");
  const [endKind, setEndKind] = useState<"count" | "until">("count");
  const [count, setCount] = useState("4");
  const [until, setUntil] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [made, setMade] = useState<number | null>(null);

  function create() {
    setMade(null);
    if (!first?.date) return setProblem(t("needFirst"));
    const sessions = recurringSessions({
      firstDate: first.date,
      start: first.start,
      end: first.end,
      everyWeeks: Number(everyWeeks),
      count: endKind === "count" ? Number(count) : null,
      until: endKind === "until" ? until : null,
    });
    if (sessions.length === 0) return setProblem(t("nothing"));
    setProblem(null);
    setMade(sessions.length);
    onCreate(sessions);
  }

  return (
    <details className="my-4 rounded-lg border border-gray-200 p-3">
      <summary className="min-h-11 cursor-pointer content-center font-semibold text-brand-700">{t("title")}</summary>
      <p className="text-sm text-muted">{t("lead", { max: MAX_RECURRING_SESSIONS })}</p>
      <div className="mt-2 grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor={`${id}-every`} className="font-semibold">
            {t("every")}
          </label>
          <select id={`${id}-every`} value={everyWeeks} onChange={(e) => setEveryWeeks(e.target.value)} className="mt-1 block min-h-11 w-full rounded-lg border border-gray-400 px-3">
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {t("everyN", { n })}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className="font-semibold">{t("ends")}</legend>
          {(["count", "until"] as const).map((k) => (
            <label key={k} className="flex min-h-11 items-center gap-2">
              <input type="radio" name={`${id}-end`} checked={endKind === k} onChange={() => setEndKind(k)} className="h-5 w-5" />
              {t(`end.${k}`)}
            </label>
          ))}
        </fieldset>
        {endKind === "count" ? (
          <div>
            <label htmlFor={`${id}-count`} className="font-semibold">
              {t("count")}
            </label>
            <input id={`${id}-count`} type="number" min={1} max={MAX_RECURRING_SESSIONS} value={count} onChange={(e) => setCount(e.target.value)} className="mt-1 block min-h-11 w-full rounded-lg border border-gray-400 px-3" />
          </div>
        ) : (
          <div>
            <label htmlFor={`${id}-until`} className="font-semibold">
              {t("until")}
            </label>
            <input id={`${id}-until`} type="date" value={until} onChange={(e) => setUntil(e.target.value)} className="mt-1 block min-h-11 w-full rounded-lg border border-gray-400 px-3" />
          </div>
        )}
      </div>
      {problem ? <Alert tone="warn">{problem}</Alert> : null}
      {made !== null ? <Alert tone="ok">{t("made", { count: made })}</Alert> : null}
      <Button type="button" variant="secondary" onClick={create} className="mt-2">
        {t("create")}
      </Button>
    </details>
  );
}
