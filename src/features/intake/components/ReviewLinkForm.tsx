"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { fieldsApi, FormFrame } from "@/features/orders/components/OrderForm";
import { BillingSection } from "@/features/orders/components/OrderForm/sections";
import { Section } from "@/features/orders/components/OrderForm/Section";
import type { BillingMethod } from "@/generated/prisma/enums";
import { acceptOrderByLink } from "../actions";
import { reviewByLinkSchema } from "../schema";

export interface ReviewBilling {
  billingMethod: BillingMethod | null;
  businessId: string | null;
  eInvoiceAddress: string | null;
  eInvoiceOperator: string | null;
  billingEmail: string | null;
  billingReference: string | null;
  billingName: string | null;
  billingAddress: string | null;
}

/**
 * The orderer's part of a phoned-in order, from the emailed link: confirm billing, accept the
 * terms (the button does it: a mail scanner opening the link accepts nothing), and if they
 * like, set a password for an account.
 */
export function ReviewLinkForm({ token, termsVersionId, billing, hasAccount, showBusinessId }: { token: string; termsVersionId: string; billing: ReviewBilling; hasAccount: boolean; showBusinessId: boolean }) {
  const t = useTranslations("intake.review");
  const router = useRouter();
  const { form, onSubmit, register, fieldError, failure, pending } = useActionForm(reviewByLinkSchema, acceptOrderByLink, {
    defaultValues: {
      token,
      termsVersionId,
      acceptTerms: false as never,
      billingMethod: billing.billingMethod ?? "E_INVOICE",
      businessId: billing.businessId ?? "",
      eInvoiceAddress: billing.eInvoiceAddress ?? "",
      eInvoiceOperator: billing.eInvoiceOperator ?? "",
      billingEmail: billing.billingEmail ?? "",
      billingReference: billing.billingReference ?? "",
      billingName: billing.billingName ?? "",
      billingAddress: billing.billingAddress ?? "",
      createAccount: false,
      password: "",
    },
    // The link is used up now, so its own page would say "not valid" on the refresh: go on.
    onOk: (data) => router.push(`/review/done?account=${data.account}`),
  });
  const api = fieldsApi(form as unknown as UseFormReturn<FieldValues>, "", (name) => fieldError(name as never));
  const createAccount = form.watch("createAccount");
  if (failure?.error === "NOT_FOUND") return <Alert tone="danger">{t("invalid")}</Alert>;
  return (
    <FormFrame onSubmit={onSubmit} failure={failure}>
      <BillingSection {...api} showBusinessId={showBusinessId} />
      <Section title={t("sectionAccount")} lead={hasAccount ? t("hasAccount") : t("accountLead")}>
        {!hasAccount ? (
          <>
            <CheckboxField id="createAccount" label={t("createAccount")} {...register("createAccount")} />
            {createAccount ? <TextField id="review-password" type="password" label={t("password")} hint={t("passwordHint")} error={fieldError("password")} autoComplete="new-password" {...register("password")} /> : null}
          </>
        ) : null}
      </Section>
      <CheckboxField id="acceptTerms" label={t("acceptTerms")} error={fieldError("acceptTerms")} {...register("acceptTerms")} />
      <Button type="submit" disabled={pending} size="lg">
        {t("submit")}
      </Button>
    </FormFrame>
  );
}
