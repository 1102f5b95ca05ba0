"use client";

import { type Messages, useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import { Alert } from "@/components/ui/Card";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import { BillingMethod } from "@/generated/prisma/enums";
import { taskCategories } from "../../schema";
import type { OrderFieldsApi } from "./fields";
import { Section } from "./Section";

function useLabels() {
  const t = useTranslations("orders");
  return { t, label: (key: keyof Messages["orders"]["fields"]) => t(`fields.${key}.label`), hint: (key: keyof Messages["orders"]["fields"]) => t(`fields.${key}.hint`) };
}

/** What work is ordered. */
export function TaskSection({ form, path, error }: OrderFieldsApi) {
  const { t, label, hint } = useLabels();
  return (
    <Section title={t("form.sectionTask")}>
      <SelectField id="category" label={label("category")} hint={hint("category")} error={error("category")} {...form.register(path("category"))} options={taskCategories.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
      <TextField id="title" label={label("title")} hint={hint("title")} error={error("title")} {...form.register(path("title"))} />
      <TextArea id="description" label={label("description")} hint={hint("description")} error={error("description")} {...form.register(path("description"))} />
    </Section>
  );
}

/** Where the work is done (or remote work). */
export function SiteSection({ form, path, error }: OrderFieldsApi) {
  const { t, label, hint } = useLabels();
  const remote = form.watch(path("remote")) === true;
  return (
    <Section title={t("form.sectionWhere")}>
      <CheckboxField id="remote" label={label("remote")} hint={hint("remote")} {...form.register(path("remote"))} />
      {!remote ? (
        <>
          <TextField id="streetAddress" label={label("streetAddress")} hint={hint("streetAddress")} error={error("streetAddress")} {...form.register(path("streetAddress"))} />
          <TextField id="postalCode" label={label("postalCode")} error={error("postalCode")} {...form.register(path("postalCode"))} inputMode="numeric" />
          <TextField id="city" label={label("city")} error={error("city")} {...form.register(path("city"))} />
        </>
      ) : null}
    </Section>
  );
}

/** What the orderer provides, the orientation and the contact person on site. */
export function OnSiteSection({ form, path, error }: OrderFieldsApi) {
  const { t, label, hint } = useLabels();
  const remote = form.watch(path("remote")) === true;
  return (
    <Section title={t("form.sectionOnSite")}>
      <TextArea id="ordererProvides" label={label("ordererProvides")} hint={hint("ordererProvides")} error={error("ordererProvides")} {...form.register(path("ordererProvides"))} rows={2} />
      <TextArea id="orientation" label={label("orientation")} hint={hint("orientation")} error={error("orientation")} {...form.register(path("orientation"))} rows={2} />
      {!remote ? (
        <div className="grid gap-x-3 sm:grid-cols-2">
          <TextField id="siteContactName" label={label("siteContactName")} hint={hint("siteContactName")} error={error("siteContactName")} {...form.register(path("siteContactName"))} />
          <TextField id="siteContactPhone" type="tel" label={label("siteContactPhone")} hint={hint("siteContactPhone")} error={error("siteContactPhone")} {...form.register(path("siteContactPhone"))} />
        </div>
      ) : null}
    </Section>
  );
}

/** How the order is invoiced; a private person has no business id. */
export function BillingSection({ form, path, error, showBusinessId }: OrderFieldsApi & { showBusinessId: boolean }) {
  const { t, label, hint } = useLabels();
  const method = form.watch(path("billingMethod"));
  return (
    <Section title={t("form.sectionBilling")}>
      {showBusinessId ? <TextField id="businessId" label={label("businessId")} hint={hint("businessId")} error={error("businessId")} {...form.register(path("businessId"))} /> : null}
      <SelectField
        id="billingMethod"
        label={label("billingMethod")}
        hint={hint("billingMethod")}
        error={error("billingMethod")}
        {...form.register(path("billingMethod"))}
        options={Object.values(BillingMethod).map((b) => ({ value: b, label: t(`billingMethod.${b}`) }))}
      />
      {method === "E_INVOICE" ? (
        <div className="grid gap-x-3 sm:grid-cols-2">
          <TextField id="eInvoiceAddress" label={label("eInvoiceAddress")} hint={hint("eInvoiceAddress")} error={error("eInvoiceAddress")} {...form.register(path("eInvoiceAddress"))} />
          <TextField id="eInvoiceOperator" label={label("eInvoiceOperator")} hint={hint("eInvoiceOperator")} error={error("eInvoiceOperator")} {...form.register(path("eInvoiceOperator"))} />
        </div>
      ) : null}
      {method === "EMAIL_INVOICE" ? (
        <TextField id="billingEmail" type="email" label={label("billingEmail")} hint={hint("billingEmail")} error={error("billingEmail")} {...form.register(path("billingEmail"))} />
      ) : null}
      {method === "PAPER_INVOICE" ? (
        <>
          <TextField id="billingName" label={label("billingName")} hint={hint("billingName")} error={error("billingName")} {...form.register(path("billingName"))} />
          <TextArea id="billingAddress" label={label("billingAddress")} hint={hint("billingAddress")} error={error("billingAddress")} {...form.register(path("billingAddress"))} rows={2} />
        </>
      ) : null}
      <TextField id="billingReference" label={label("billingReference")} hint={hint("billingReference")} error={error("billingReference")} {...form.register(path("billingReference"))} />
    </Section>
  );
}

export interface FormTerms {
  id: string;
  title: string;
  body: string;
  version: number;
  cancellationFeeCents: number;
}

/** The order terms to read and accept (the acceptance is stored with the version). */
export function TermsSection({ form, path, error, terms }: OrderFieldsApi & { terms: FormTerms | null }) {
  const { t } = useLabels();
  const fmt = useAppFormatter();
  return (
    <Section title={t("form.sectionTerms")}>
      {terms ? (
        <>
          <details className="mb-3 rounded-lg border border-gray-200 p-3">
            <summary className="min-h-11 cursor-pointer content-center font-semibold text-brand-700">{t("form.readTerms", { title: terms.title, version: terms.version })}</summary>
            <div className="mt-2 whitespace-pre-line">{terms.body}</div>
          </details>
          <p className="mb-2 text-sm">{t("form.cancellationNote", { fee: fmt.euros(terms.cancellationFeeCents) })}</p>
          <CheckboxField
            id="acceptTerms"
            label={t("form.acceptTerms", { title: terms.title, version: terms.version })}
            hint={t("form.acceptTermsHint")}
            error={error("termsVersionId")}
            {...form.register(path("acceptTerms"))}
          />
        </>
      ) : (
        <Alert tone="warn">{t("form.noTerms")}</Alert>
      )}
    </Section>
  );
}
