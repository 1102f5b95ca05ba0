"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { callAction } from "@/components/ui/useAction";
import { useActionForm } from "@/components/ui/useActionForm";
import type { ContractModel } from "@/generated/prisma/enums";
import type { ActionResult } from "@/server/errors";
import { registerAndOrder, saveOrderDraft, submitOrder } from "../actions";
import { registerAndOrderSchema, type saveDraftSchema, submitOrderSchema } from "../schema";
import type { OrderFieldsApi } from "./OrderForm/fields";
import { RegistrationSection } from "./OrderForm/RegistrationSection";
import { ScheduleSection } from "./OrderForm/ScheduleSection";
import { ScopeSection } from "./OrderForm/ScopeSection";
import { BillingSection, type FormTerms, OnSiteSection, SiteSection, TaskSection, TermsSection } from "./OrderForm/sections";
import { emptyOrderFields, type OrderFields } from "./OrderForm/values";

export type { OrderFields, OrderFormValues } from "./OrderForm/values";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

interface Props {
  mode: "register" | "orderer";
  jobcenter: { id: string; name: string; contractModels: ContractModel[] };
  terms: FormTerms | null;
  initial?: Partial<OrderFields>;
  draft?: { id: string; requestKey: string };
}

export function newKey() {
  return typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The order's fields to start from: a time window holds no work sessions (none are sent). */
export function startingFields(jobcenter: Props["jobcenter"], initial: Partial<OrderFields> | undefined): OrderFields {
  const fields = { ...emptyOrderFields(jobcenter.contractModels[0] ?? "COMMISSION"), ...initial };
  return fields.scheduleKind === "WINDOW" ? { ...fields, sessions: [] } : fields;
}

/**
 * The order form, for a first-time orderer (with registration) and for a signed-in orderer.
 * Every field is explained; the quote updates as the orderer types (the server computes it).
 */
export function OrderForm(props: Props) {
  return props.mode === "register" ? <RegisterOrderForm {...props} /> : <OrdererOrderForm {...props} />;
}

function RegisterOrderForm({ jobcenter, terms, initial }: Props) {
  const t = useTranslations("orders");
  const locale = useLocale();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, onSubmit, fieldError, failure, pending } = useActionForm(registerAndOrderSchema, registerAndOrder, {
    defaultValues: {
      submit: true,
      registration: { locale, ordererKind: "COMPANY", organisationName: "", contactName: "", email: "", phone: "", password: "", streetAddress: "", postalCode: "", city: "" },
      order: { ...startingFields(jobcenter, initial), jobcenterId: jobcenter.id, requestKey: newKey(), termsVersionId: terms?.id, acceptTerms: false },
    },
    // The account signs in only after the email link is opened (ADR 055): say where to look.
    onOk: (data) => setSentTo(data.email),
  });
  const api = fieldsApi(form as unknown as UseFormReturn<FieldValues>, "order.", (name) => fieldError(name as never));
  const isPerson = form.watch("registration.ordererKind") === "PRIVATE_PERSON";
  if (sentTo) {
    return (
      <section aria-labelledby="registered-title" className="space-y-3">
        <h2 id="registered-title" className="text-2xl font-semibold">
          {t("registered.title")}
        </h2>
        <Alert tone="ok">{t("registered.lead", { email: sentTo })}</Alert>
        <p>{t("registered.next")}</p>
        <p className="text-muted">{t("registered.noEmail")}</p>
      </section>
    );
  }
  return (
    <FormFrame onSubmit={onSubmit} failure={failure}>
      <RegistrationSection form={api.form} error={api.error} />
      <OrderSections api={api} jobcenter={jobcenter} terms={terms} showBusinessId={!isPerson} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending} size="lg" className="sm:w-auto">
          {t("form.registerAndSubmit")}
        </Button>
      </div>
    </FormFrame>
  );
}

function OrdererOrderForm({ jobcenter, terms, initial, draft }: Props) {
  const t = useTranslations("orders");
  const router = useRouter();
  const [draftFailure, setDraftFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const { form, onSubmit, fieldError, failure, pending } = useActionForm(submitOrderSchema, submitOrder, {
    defaultValues: { ...startingFields(jobcenter, initial), jobcenterId: jobcenter.id, requestKey: draft?.requestKey ?? newKey(), orderId: draft?.id, termsVersionId: terms?.id, acceptTerms: false },
    onOk: (data) => router.push(`/orderer/orders/${data.id}`),
  });
  const api = fieldsApi(form as unknown as UseFormReturn<FieldValues>, "", (name) => fieldError(name as never));

  async function saveDraft() {
    setSaving(true);
    setSaved(false);
    setDraftFailure(null);
    form.clearErrors();
    // a draft keeps what is filled in: empty fields and work sessions without a day are left out
    // (terms are accepted only when sending)
    const v = form.getValues();
    const all = { ...v, sessions: v.scheduleKind === "EXACT" ? (v.sessions ?? []).filter((s) => s.date) : [] };
    const kept = Object.entries(all).filter(([k, x]) => k !== "acceptTerms" && k !== "termsVersionId" && x !== undefined && x !== "");
    const input = Object.fromEntries(kept) as z.input<typeof saveDraftSchema>;
    const r = await callAction(saveOrderDraft, input);
    setSaving(false);
    if (!r.ok) {
      for (const [field, key] of Object.entries(r.fieldErrors ?? {})) if (field !== "_form") form.setError(field as never, { type: "server", message: key });
      setDraftFailure(r);
      return;
    }
    form.setValue("orderId", r.data.id);
    setSaved(true);
    router.refresh();
  }

  return (
    <FormFrame onSubmit={onSubmit} failure={failure ?? draftFailure}>
      <OrderSections api={api} jobcenter={jobcenter} terms={terms} showBusinessId />
      {saved ? <Alert tone="ok">{t("form.draftSaved")}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending || saving} size="lg" className="sm:w-auto">
          {t("form.submit")}
        </Button>
        <Button type="button" variant="secondary" disabled={pending || saving} onClick={saveDraft}>
          {t("form.saveDraft")}
        </Button>
      </div>
    </FormFrame>
  );
}

export function fieldsApi(form: UseFormReturn<FieldValues>, prefix: string, fieldError: (name: string) => string | undefined): OrderFieldsApi {
  return { form, path: (field) => `${prefix}${field}`, error: (field) => fieldError(`${prefix}${field}`) };
}

/** The order's sections; `terms: false` leaves out the acceptance (a coordinator entering an order for its orderer). */
export function OrderSections({ api, jobcenter, terms, showBusinessId }: { api: OrderFieldsApi; jobcenter: Props["jobcenter"]; terms: FormTerms | null | false; showBusinessId: boolean }) {
  return (
    <>
      <TaskSection {...api} />
      <SiteSection {...api} />
      <ScheduleSection {...api} />
      <ScopeSection {...api} jobcenter={jobcenter} />
      <OnSiteSection {...api} />
      <BillingSection {...api} showBusinessId={showBusinessId} />
      {terms === false ? null : <TermsSection {...api} terms={terms} />}
    </>
  );
}

/** The form with its failure shown (and focused) above and below the sections. */
export function FormFrame({ onSubmit, failure, children }: { onSubmit: React.FormEventHandler<HTMLFormElement>; failure: Failure | null; children: React.ReactNode }) {
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure) errorRef.current?.focus();
  }, [failure]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <div ref={errorRef} tabIndex={-1} className="outline-none">
        <ActionErrorAlert result={failure} />
      </div>
      {children}
      <ActionErrorAlert result={failure} />
    </form>
  );
}
