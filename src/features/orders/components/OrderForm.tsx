"use client";

import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/Button";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Alert, Card } from "@/components/ui/Card";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import { formatEuros, formatRate } from "@/lib/money";
import { formatMinutes, type Locale } from "@/lib/dates";
import type { ActionResult } from "@/server/errors";
import { quoteOrder, registerAndOrder, saveOrderDraft, submitOrder } from "../actions";
import { billingMethods, ordererKinds, taskCategories } from "../schema";

export interface OrderFormValues {
  category: string;
  title: string;
  description: string;
  remote: boolean;
  streetAddress: string;
  postalCode: string;
  city: string;
  scheduleKind: "EXACT" | "WINDOW";
  sessions: { date: string; start: string; end: string }[];
  windowText: string;
  hours: string;
  workerCount: string;
  ordererProvides: string;
  orientation: string;
  siteContactName: string;
  siteContactPhone: string;
  contractModel: string;
  billingMethod: string;
  businessId: string;
  eInvoiceAddress: string;
  eInvoiceOperator: string;
  billingEmail: string;
  billingReference: string;
  billingName: string;
  billingAddress: string;
}

export const emptyOrderForm = (contractModel: string): OrderFormValues => ({
  category: "CLEANING",
  title: "",
  description: "",
  remote: false,
  streetAddress: "",
  postalCode: "",
  city: "",
  scheduleKind: "EXACT",
  sessions: [{ date: "", start: "09:00", end: "12:00" }],
  windowText: "",
  hours: "3",
  workerCount: "1",
  ordererProvides: "",
  orientation: "",
  siteContactName: "",
  siteContactPhone: "",
  contractModel,
  billingMethod: "E_INVOICE",
  businessId: "",
  eInvoiceAddress: "",
  eInvoiceOperator: "",
  billingEmail: "",
  billingReference: "",
  billingName: "",
  billingAddress: "",
});

interface Registration {
  ordererKind: string;
  organisationName: string;
  contactName: string;
  email: string;
  phone: string;
  password: string;
  streetAddress: string;
  postalCode: string;
  city: string;
}

type Quote = { unitPriceCents: number; totalMinutes: number; netCents: number; vatRateBp: number; vatCents: number; grossCents: number };

function minutesOf(hours: string): number | undefined {
  const h = Number(hours.replace(",", ".").trim());
  if (!hours.trim() || !Number.isFinite(h)) return undefined;
  return Math.round(h * 60);
}
function intOf(v: string): number | undefined {
  const n = Number(v.trim());
  return v.trim() && Number.isInteger(n) ? n : undefined;
}
function newKey() {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The order form, for a first-time orderer (with registration) and for a signed-in orderer.
 * Every field is explained; the quote updates as the orderer types (the server computes it).
 */
export function OrderForm({
  mode,
  jobcenter,
  terms,
  initial,
  draft,
}: {
  mode: "register" | "orderer";
  jobcenter: { id: string; name: string; contractModels: string[] };
  terms: { id: string; title: string; body: string; version: number; cancellationFeeCents: number } | null;
  initial?: Partial<OrderFormValues>;
  draft?: { id: string; requestKey: string };
}) {
  const t = useTranslations("orders");
  const tp = useTranslations("pricing");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [v, setV] = useState<OrderFormValues>({ ...emptyOrderForm(jobcenter.contractModels[0] ?? "COMMISSION"), ...initial });
  const [reg, setReg] = useState<Registration>({
    ordererKind: "COMPANY",
    organisationName: "",
    contactName: "",
    email: "",
    phone: "",
    password: "",
    streetAddress: "",
    postalCode: "",
    city: "",
  });
  const [acceptTerms, setAcceptTerms] = useState(false);
  const [requestKey] = useState(() => draft?.requestKey ?? newKey());
  const [orderId, setOrderId] = useState<string | undefined>(draft?.id);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const [quote, setQuote] = useState<Quote | null>(null);
  const [quoteError, setQuoteError] = useState<ActionResult<unknown> | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const fieldError = useFieldErrors(result);
  const fe = (name: string) => fieldError(mode === "register" ? `order.${name}` : name);
  const re = (name: string) => fieldError(`registration.${name}`);
  const set = <K extends keyof OrderFormValues>(k: K, value: OrderFormValues[K]) => setV((old) => ({ ...old, [k]: value }));
  const setR = (k: keyof Registration, value: string) => setReg((old) => ({ ...old, [k]: value }));

  const minutes = minutesOf(v.hours);
  const workers = intOf(v.workerCount);
  const firstDate = v.scheduleKind === "EXACT" ? v.sessions.map((s) => s.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort()[0] : undefined;

  const quotable = minutes !== undefined && workers !== undefined && minutes >= 0 && workers >= 0 && minutes <= 720 && workers <= 30;
  const shownQuote = quotable ? quote : null;

  useEffect(() => {
    if (!quotable) return;
    let stale = false;
    const handle = setTimeout(async () => {
      const r = await quoteOrder({ jobcenterId: jobcenter.id, contractModel: v.contractModel, minutesPerWorker: minutes, workerCount: workers, firstDate });
      if (stale) return; // a newer quote is on its way
      if (r.ok) {
        setQuote(r.data);
        setQuoteError(null);
      } else {
        setQuote(null);
        setQuoteError(r);
      }
    }, 350);
    return () => {
      stale = true;
      clearTimeout(handle);
    };
  }, [jobcenter.id, v.contractModel, minutes, workers, firstDate, quotable]);

  function orderPayload() {
    return {
      jobcenterId: jobcenter.id,
      requestKey,
      ...(orderId && mode === "orderer" ? { orderId } : {}),
      category: v.category,
      title: v.title,
      description: v.description,
      remote: v.remote,
      streetAddress: v.streetAddress,
      postalCode: v.postalCode,
      city: v.city,
      scheduleKind: v.scheduleKind,
      sessions: v.scheduleKind === "EXACT" ? v.sessions : [],
      windowText: v.windowText,
      minutesPerWorker: minutes,
      workerCount: workers,
      ordererProvides: v.ordererProvides,
      orientation: v.orientation,
      siteContactName: v.siteContactName,
      siteContactPhone: v.siteContactPhone,
      contractModel: v.contractModel,
      billingMethod: v.billingMethod,
      businessId: v.businessId,
      eInvoiceAddress: v.eInvoiceAddress,
      eInvoiceOperator: v.eInvoiceOperator,
      billingEmail: v.billingEmail,
      billingReference: v.billingReference,
      billingName: v.billingName,
      billingAddress: v.billingAddress,
    };
  }

  function showError(r: ActionResult<unknown>) {
    setResult(r);
    setTimeout(() => errorRef.current?.focus(), 0);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setSaved(false);
    setResult(null);
    const order = { ...orderPayload(), termsVersionId: terms?.id, acceptTerms };
    if (mode === "register") {
      const r = await registerAndOrder({ submit: true, registration: { ...reg, locale }, order });
      if (!r.ok) {
        setPending(false);
        return showError(r);
      }
      const signedIn = await signIn("staff", { email: reg.email.trim().toLowerCase(), password: reg.password, redirect: false });
      router.push(signedIn?.ok && !signedIn.error ? `/orderer/orders/${r.data.orderId}` : "/signin?as=staff");
      router.refresh();
      return;
    }
    const r = await submitOrder(order);
    if (!r.ok) {
      setPending(false);
      return showError(r);
    }
    router.push(`/orderer/orders/${r.data.id}`);
    router.refresh();
  }

  async function saveDraft() {
    setPending(true);
    setSaved(false);
    setResult(null);
    // a draft keeps what is filled in: empty fields and work sessions without a day are left out
    const all = { ...orderPayload(), sessions: v.scheduleKind === "EXACT" ? v.sessions.filter((s) => s.date) : [] };
    const payload = Object.fromEntries(Object.entries(all).filter(([, x]) => x !== undefined && x !== ""));
    const r = await saveOrderDraft(payload);
    setPending(false);
    if (!r.ok) return showError(r);
    setOrderId(r.data.id);
    setSaved(true);
    router.refresh();
  }

  const hint = (key: string) => t(`fields.${key}.hint`);
  const label = (key: string) => t(`fields.${key}.label`);

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <div ref={errorRef} tabIndex={-1} className="outline-none">
        <ActionErrorAlert result={result} />
      </div>

      {mode === "register" ? (
        <Section title={t("form.sectionWho")} lead={t("form.sectionWhoLead")}>
          <SelectField
            id="ordererKind"
            label={label("ordererKind")}
            hint={hint("ordererKind")}
            value={reg.ordererKind}
            onChange={(e) => setR("ordererKind", e.target.value)}
            options={ordererKinds.map((k) => ({ value: k, label: t(`ordererKind.${k}`) }))}
          />
          {reg.ordererKind !== "PRIVATE_PERSON" ? (
            <TextField id="organisationName" label={label("organisationName")} hint={hint("organisationName")} error={re("organisationName")} value={reg.organisationName} onChange={(e) => setR("organisationName", e.target.value)} autoComplete="organization" />
          ) : null}
          <TextField id="contactName" label={label("contactName")} hint={hint("contactName")} error={re("contactName")} value={reg.contactName} onChange={(e) => setR("contactName", e.target.value)} autoComplete="name" />
          <TextField id="email" type="email" label={label("email")} hint={hint("email")} error={re("email")} value={reg.email} onChange={(e) => setR("email", e.target.value)} autoComplete="email" />
          <TextField id="phone" type="tel" label={label("phone")} hint={hint("phone")} error={re("phone")} value={reg.phone} onChange={(e) => setR("phone", e.target.value)} autoComplete="tel" />
          <TextField id="password" type="password" label={label("password")} hint={hint("password")} error={re("password")} value={reg.password} onChange={(e) => setR("password", e.target.value)} autoComplete="new-password" />
          {reg.ordererKind === "PRIVATE_PERSON" ? (
            <>
              <TextField id="reg-streetAddress" label={label("homeAddress")} hint={hint("homeAddress")} error={re("streetAddress")} value={reg.streetAddress} onChange={(e) => setR("streetAddress", e.target.value)} autoComplete="street-address" />
              <TextField id="reg-postalCode" label={label("postalCode")} error={re("postalCode")} value={reg.postalCode} onChange={(e) => setR("postalCode", e.target.value)} inputMode="numeric" autoComplete="postal-code" />
              <TextField id="reg-city" label={label("city")} error={re("city")} value={reg.city} onChange={(e) => setR("city", e.target.value)} autoComplete="address-level2" />
            </>
          ) : null}
        </Section>
      ) : null}

      <Section title={t("form.sectionTask")}>
        <SelectField id="category" label={label("category")} hint={hint("category")} error={fe("category")} value={v.category} onChange={(e) => set("category", e.target.value)} options={taskCategories.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        <TextField id="title" label={label("title")} hint={hint("title")} error={fe("title")} value={v.title} onChange={(e) => set("title", e.target.value)} />
        <TextArea id="description" label={label("description")} hint={hint("description")} error={fe("description")} value={v.description} onChange={(e) => set("description", e.target.value)} />
      </Section>

      <Section title={t("form.sectionWhere")}>
        <Check id="remote" checked={v.remote} onChange={(c) => set("remote", c)} label={label("remote")} hint={hint("remote")} />
        {!v.remote ? (
          <>
            <TextField id="streetAddress" label={label("streetAddress")} hint={hint("streetAddress")} error={fe("streetAddress")} value={v.streetAddress} onChange={(e) => set("streetAddress", e.target.value)} />
            <TextField id="postalCode" label={label("postalCode")} error={fe("postalCode")} value={v.postalCode} onChange={(e) => set("postalCode", e.target.value)} inputMode="numeric" />
            <TextField id="city" label={label("city")} error={fe("city")} value={v.city} onChange={(e) => set("city", e.target.value)} />
          </>
        ) : null}
      </Section>

      <Section title={t("form.sectionWhen")}>
        <fieldset className="mb-4">
          <legend className="font-semibold">{label("scheduleKind")}</legend>
          <p className="text-sm text-muted">{hint("scheduleKind")}</p>
          {(["EXACT", "WINDOW"] as const).map((k) => (
            <label key={k} className="mt-2 flex min-h-11 items-center gap-3">
              <input type="radio" name="scheduleKind" value={k} checked={v.scheduleKind === k} onChange={() => set("scheduleKind", k)} className="h-5 w-5" />
              {t(`scheduleKind.${k}`)}
            </label>
          ))}
        </fieldset>
        {v.scheduleKind === "EXACT" ? (
          <div>
            {fe("sessions") ? <p className="mb-2 text-sm font-semibold text-danger">{fe("sessions")}</p> : null}
            {v.sessions.map((s, i) => (
              <fieldset key={i} className="mb-3 rounded-lg border border-gray-200 p-3">
                <legend className="px-1 font-semibold">{t("form.sessionN", { n: i + 1 })}</legend>
                <div className="grid gap-x-3 sm:grid-cols-3">
                  <TextField id={`session-${i}-date`} type="date" label={label("date")} error={fe(`sessions.${i}.date`)} value={s.date} onChange={(e) => set("sessions", v.sessions.map((x, j) => (j === i ? { ...x, date: e.target.value } : x)))} />
                  <TextField id={`session-${i}-start`} type="time" label={label("start")} error={fe(`sessions.${i}.start`)} value={s.start} onChange={(e) => set("sessions", v.sessions.map((x, j) => (j === i ? { ...x, start: e.target.value } : x)))} />
                  <TextField id={`session-${i}-end`} type="time" label={label("end")} error={fe(`sessions.${i}.end`)} value={s.end} onChange={(e) => set("sessions", v.sessions.map((x, j) => (j === i ? { ...x, end: e.target.value } : x)))} />
                </div>
                {v.sessions.length > 1 ? (
                  <Button type="button" variant="ghost" onClick={() => set("sessions", v.sessions.filter((_, j) => j !== i))}>
                    {t("form.removeSession", { n: i + 1 })}
                  </Button>
                ) : null}
              </fieldset>
            ))}
            <Button type="button" variant="secondary" onClick={() => set("sessions", [...v.sessions, { date: "", start: "09:00", end: "12:00" }])}>
              {t("form.addSession")}
            </Button>
          </div>
        ) : (
          <TextArea id="windowText" label={label("windowText")} hint={hint("windowText")} error={fe("windowText")} value={v.windowText} onChange={(e) => set("windowText", e.target.value)} rows={2} />
        )}
      </Section>

      <Section title={t("form.sectionScope")}>
        <div className="grid gap-x-3 sm:grid-cols-2">
          <TextField id="hours" inputMode="decimal" label={label("hours")} hint={hint("hours")} error={fe("minutesPerWorker")} value={v.hours} onChange={(e) => set("hours", e.target.value)} />
          <TextField id="workerCount" inputMode="numeric" label={label("workerCount")} hint={hint("workerCount")} error={fe("workerCount")} value={v.workerCount} onChange={(e) => set("workerCount", e.target.value)} />
        </div>
        {jobcenter.contractModels.length > 1 ? (
          <fieldset className="mb-4">
            <legend className="font-semibold">{label("contractModel")}</legend>
            <p className="text-sm text-muted">{hint("contractModel")}</p>
            {jobcenter.contractModels.map((m) => (
              <label key={m} className="mt-2 flex min-h-11 items-start gap-3">
                <input type="radio" name="contractModel" value={m} checked={v.contractModel === m} onChange={() => set("contractModel", m)} className="mt-1 h-5 w-5" />
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
          {shownQuote ? (
            <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
              <dt>{tp("quote.unitPrice")}</dt>
              <dd className="text-right">{formatEuros(shownQuote.unitPriceCents, locale)}</dd>
              <dt>{tp("quote.hours")}</dt>
              <dd className="text-right">{formatMinutes(shownQuote.totalMinutes)}</dd>
              <dt>{tp("quote.net")}</dt>
              <dd className="text-right">{formatEuros(shownQuote.netCents, locale)}</dd>
              <dt>{tp("quote.vat", { rate: formatRate(shownQuote.vatRateBp, locale) })}</dt>
              <dd className="text-right">{formatEuros(shownQuote.vatCents, locale)}</dd>
              <dt className="font-bold">{tp("quote.gross")}</dt>
              <dd className="text-right font-bold" data-testid="quote-gross">
                {formatEuros(shownQuote.grossCents, locale)}
              </dd>
            </dl>
          ) : quotable && quoteError ? (
            <QuoteError result={quoteError} />
          ) : (
            <p className="mt-1 text-muted">{tp("quote.fillIn")}</p>
          )}
          <p className="mt-2 text-sm text-muted">{tp("quote.note")}</p>
        </div>
      </Section>

      <Section title={t("form.sectionOnSite")}>
        <TextArea id="ordererProvides" label={label("ordererProvides")} hint={hint("ordererProvides")} error={fe("ordererProvides")} value={v.ordererProvides} onChange={(e) => set("ordererProvides", e.target.value)} rows={2} />
        <TextArea id="orientation" label={label("orientation")} hint={hint("orientation")} error={fe("orientation")} value={v.orientation} onChange={(e) => set("orientation", e.target.value)} rows={2} />
        {!v.remote ? (
          <div className="grid gap-x-3 sm:grid-cols-2">
            <TextField id="siteContactName" label={label("siteContactName")} hint={hint("siteContactName")} error={fe("siteContactName")} value={v.siteContactName} onChange={(e) => set("siteContactName", e.target.value)} />
            <TextField id="siteContactPhone" type="tel" label={label("siteContactPhone")} hint={hint("siteContactPhone")} error={fe("siteContactPhone")} value={v.siteContactPhone} onChange={(e) => set("siteContactPhone", e.target.value)} />
          </div>
        ) : null}
      </Section>

      <Section title={t("form.sectionBilling")}>
        {mode === "orderer" || reg.ordererKind !== "PRIVATE_PERSON" ? (
          <TextField id="businessId" label={label("businessId")} hint={hint("businessId")} error={fe("businessId")} value={v.businessId} onChange={(e) => set("businessId", e.target.value)} />
        ) : null}
        <SelectField id="billingMethod" label={label("billingMethod")} hint={hint("billingMethod")} error={fe("billingMethod")} value={v.billingMethod} onChange={(e) => set("billingMethod", e.target.value)} options={billingMethods.map((b) => ({ value: b, label: t(`billingMethod.${b}`) }))} />
        {v.billingMethod === "E_INVOICE" ? (
          <div className="grid gap-x-3 sm:grid-cols-2">
            <TextField id="eInvoiceAddress" label={label("eInvoiceAddress")} hint={hint("eInvoiceAddress")} error={fe("eInvoiceAddress")} value={v.eInvoiceAddress} onChange={(e) => set("eInvoiceAddress", e.target.value)} />
            <TextField id="eInvoiceOperator" label={label("eInvoiceOperator")} hint={hint("eInvoiceOperator")} error={fe("eInvoiceOperator")} value={v.eInvoiceOperator} onChange={(e) => set("eInvoiceOperator", e.target.value)} />
          </div>
        ) : null}
        {v.billingMethod === "EMAIL_INVOICE" ? (
          <TextField id="billingEmail" type="email" label={label("billingEmail")} hint={hint("billingEmail")} error={fe("billingEmail")} value={v.billingEmail} onChange={(e) => set("billingEmail", e.target.value)} />
        ) : null}
        {v.billingMethod === "PAPER_INVOICE" ? (
          <>
            <TextField id="billingName" label={label("billingName")} hint={hint("billingName")} error={fe("billingName")} value={v.billingName} onChange={(e) => set("billingName", e.target.value)} />
            <TextArea id="billingAddress" label={label("billingAddress")} hint={hint("billingAddress")} error={fe("billingAddress")} value={v.billingAddress} onChange={(e) => set("billingAddress", e.target.value)} rows={2} />
          </>
        ) : null}
        <TextField id="billingReference" label={label("billingReference")} hint={hint("billingReference")} error={fe("billingReference")} value={v.billingReference} onChange={(e) => set("billingReference", e.target.value)} />
      </Section>

      <Section title={t("form.sectionTerms")}>
        {terms ? (
          <>
            <details className="mb-3 rounded-lg border border-gray-200 p-3">
              <summary className="min-h-11 cursor-pointer content-center font-semibold text-brand-700">
                {t("form.readTerms", { title: terms.title, version: terms.version })}
              </summary>
              <div className="mt-2 whitespace-pre-line">{terms.body}</div>
            </details>
            <p className="mb-2 text-sm">{t("form.cancellationNote", { fee: formatEuros(terms.cancellationFeeCents, locale) })}</p>
            <Check id="acceptTerms" checked={acceptTerms} onChange={setAcceptTerms} label={t("form.acceptTerms", { title: terms.title, version: terms.version })} hint={t("form.acceptTermsHint")} />
          </>
        ) : (
          <Alert tone="warn">{t("form.noTerms")}</Alert>
        )}
      </Section>

      {saved ? <Alert tone="ok">{t("form.draftSaved")}</Alert> : null}
      <ActionErrorAlert result={result} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending} size="lg" className="sm:w-auto">
          {mode === "register" ? t("form.registerAndSubmit") : t("form.submit")}
        </Button>
        {mode === "orderer" ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={saveDraft}>
            {t("form.saveDraft")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function QuoteError({ result }: { result: ActionResult<unknown> }) {
  const te = useTranslations("errors");
  if (result.ok) return null;
  return <p className="mt-1">{result.rule ? te(`rules.${result.rule}`) : te(result.error)}</p>;
}

function Section({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  return (
    <Card>
      <h2 className="mb-1 text-xl font-bold">{title}</h2>
      {lead ? <p className="mb-3 text-muted">{lead}</p> : <div className="mb-3" />}
      {children}
    </Card>
  );
}

function Check({ id, checked, onChange, label, hint }: { id: string; checked: boolean; onChange: (c: boolean) => void; label: string; hint?: string }) {
  return (
    <div className="mb-4">
      <label htmlFor={id} className="flex min-h-11 items-start gap-3 font-semibold">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} className="mt-1 h-5 w-5 shrink-0" />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="ml-8 text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
