"use client";

import { type Messages, useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import { useEffect, useState } from "react";
import { useActionErrorText } from "@/components/ui/ActionFeedback";
import { TextField } from "@/components/ui/Field";
import { callAction } from "@/components/ui/useAction";
import type { ContractModel } from "@/generated/prisma/enums";
import type { ActionResult } from "@/server/errors";
import { quoteOrder } from "../../actions";
import { estimatedMinutesPerWorker, MAX_ESTIMATE_MINUTES } from "../../rules";
import { hoursText, intOf, minutesOf, type OrderFieldsApi } from "./fields";
import { Section } from "./Section";

/** What the quote action answers (the server prices; the form only shows it). */
type Quote = Extract<Awaited<ReturnType<typeof quoteOrder>>, { ok: true }>["data"];
type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** A price only the server computes, asked again (debounced) whenever what it depends on changes. */
function useLiveQuote(input: { jobcenterId: string; contractModel: ContractModel; minutesPerWorker?: number; workerCount?: number; firstDate?: string }) {
  const [quote, setQuote] = useState<Quote | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const { jobcenterId, contractModel, minutesPerWorker: minutes, workerCount: workers, firstDate } = input;
  const quotable = minutes !== undefined && workers !== undefined && minutes >= 0 && workers >= 0 && minutes <= MAX_ESTIMATE_MINUTES && workers <= 30;
  useEffect(() => {
    if (!quotable) return;
    let stale = false;
    const handle = setTimeout(async () => {
      const r = await callAction(quoteOrder, { jobcenterId, contractModel, minutesPerWorker: minutes, workerCount: workers, firstDate });
      if (stale) return; // a newer quote is on its way
      setQuote(r.ok ? r.data : null);
      setFailure(r.ok ? null : r);
    }, 350);
    return () => {
      stale = true;
      clearTimeout(handle);
    };
  }, [jobcenterId, contractModel, minutes, workers, firstDate, quotable]);
  return { quote: quotable ? quote : null, failure: quotable ? failure : null };
}

/** How much work (hours per worker, workers), the contract model, and the live quote. */
export function ScopeSection({ form, path, error, jobcenter }: OrderFieldsApi & { jobcenter: { id: string; contractModels: ContractModel[] } }) {
  const t = useTranslations("orders");
  const tp = useTranslations("pricing");
  const errorText = useActionErrorText();
  const fmt = useAppFormatter();
  const label = (key: keyof Messages["orders"]["fields"]) => t(`fields.${key}.label`);
  const hint = (key: keyof Messages["orders"]["fields"]) => t(`fields.${key}.hint`);
  // The orderer types hours ("2,5"); the form holds the minutes the schema asks for.
  const [hours, setHours] = useState(() => hoursText(form.getValues(path("minutesPerWorker"))));
  const sessions = (form.watch(path("sessions")) ?? []) as { date: string; start: string; end: string }[];
  const scheduleKind = form.watch(path("scheduleKind")) as "EXACT" | "WINDOW" | undefined;
  const typedMinutes = form.watch(path("minutesPerWorker")) as number | undefined;
  // Exact sessions make the estimate, as the server will when the order is sent.
  const estimate = estimatedMinutesPerWorker({ scheduleKind, sessions, minutesPerWorker: typedMinutes });
  const fromSessions = scheduleKind === "EXACT" && estimate !== undefined && estimate !== typedMinutes;
  const firstDate =
    scheduleKind === "EXACT"
      ? sessions
          .map((s) => s.date)
          .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
          .sort()[0]
      : undefined;
  const { quote, failure } = useLiveQuote({
    jobcenterId: jobcenter.id,
    contractModel: form.watch(path("contractModel")) as ContractModel,
    minutesPerWorker: estimate,
    workerCount: form.watch(path("workerCount")) as number | undefined,
    firstDate,
  });

  return (
    <Section title={t("form.sectionScope")}>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField
          id="hours"
          inputMode="decimal"
          label={label("hours")}
          hint={hint("hours")}
          error={error("minutesPerWorker")}
          value={hours}
          onChange={(e) => {
            setHours(e.target.value);
            form.setValue(path("minutesPerWorker"), minutesOf(e.target.value), { shouldValidate: form.formState.isSubmitted });
          }}
        />
        <TextField id="workerCount" inputMode="numeric" label={label("workerCount")} hint={hint("workerCount")} error={error("workerCount")} {...form.register(path("workerCount"), { setValueAs: intOf })} />
      </div>
      {jobcenter.contractModels.length > 1 ? (
        <fieldset className="mb-4">
          <legend className="font-semibold">{label("contractModel")}</legend>
          <p className="text-sm text-muted">{hint("contractModel")}</p>
          {jobcenter.contractModels.map((m) => (
            <label key={m} className="mt-2 flex min-h-11 items-start gap-3">
              <input type="radio" value={m} {...form.register(path("contractModel"))} className="mt-1 h-5 w-5" />
              <span>
                <span className="font-semibold">{t(`contractModel.${m}`)}</span>
                <span className="block text-sm text-muted">{t(`contractModelHint.${m}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div aria-live="polite" className="rounded-lg bg-brand-50 p-4" data-testid="quote">
        <h3 className="font-bold">{tp("quote.title")}</h3>
        {fromSessions && estimate !== undefined ? <p className="mt-1">{t("form.estimateFromSessions", { hours: fmt.minutes(estimate) })}</p> : null}
        {quote ? (
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
            <dt>{tp("quote.unitPrice")}</dt>
            <dd className="text-right">{fmt.euros(quote.unitPriceCents)}</dd>
            <dt>{tp("quote.hours")}</dt>
            <dd className="text-right">{fmt.minutes(quote.totalMinutes)}</dd>
            <dt>{tp("quote.net")}</dt>
            <dd className="text-right">{fmt.euros(quote.netCents)}</dd>
            <dt>{tp("quote.vat", { rate: fmt.rate(quote.vatRateBp) })}</dt>
            <dd className="text-right">{fmt.euros(quote.vatCents)}</dd>
            <dt className="font-bold">{tp("quote.gross")}</dt>
            <dd className="text-right font-bold" data-testid="quote-gross">
              {fmt.euros(quote.grossCents)}
            </dd>
          </dl>
        ) : failure ? (
          <p className="mt-1">{errorText(failure)}</p>
        ) : (
          <p className="mt-1 text-muted">{tp("quote.fillIn")}</p>
        )}
        <p className="mt-2 text-sm text-muted">{tp("quote.note")}</p>
      </div>
    </Section>
  );
}
