"use client";

import { type Messages, useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/ui/Field";
import { OrdererKind } from "@/generated/prisma/enums";
import type { OrderFieldsApi } from "./fields";
import { Section } from "./Section";

/** A first-time orderer: who orders, and the account they get. */
export function RegistrationSection({ form, error }: Pick<OrderFieldsApi, "form" | "error">) {
  const t = useTranslations("orders");
  const label = (key: keyof Messages["orders"]["fields"]) => t(`fields.${key}.label`);
  const hint = (key: keyof Messages["orders"]["fields"]) => t(`fields.${key}.hint`);
  const re = (name: string) => error(`registration.${name}`);
  const reg = (name: string) => form.register(`registration.${name}`);
  const isPerson = form.watch("registration.ordererKind") === "PRIVATE_PERSON";
  return (
    <Section title={t("form.sectionWho")} lead={t("form.sectionWhoLead")}>
      <SelectField
        id="ordererKind"
        label={label("ordererKind")}
        hint={hint("ordererKind")}
        {...reg("ordererKind")}
        options={Object.values(OrdererKind).map((k) => ({ value: k, label: t(`ordererKind.${k}`) }))}
      />
      {!isPerson ? (
        <TextField id="organisationName" label={label("organisationName")} hint={hint("organisationName")} error={re("organisationName")} {...reg("organisationName")} autoComplete="organization" />
      ) : null}
      <TextField id="contactName" label={label("contactName")} hint={hint("contactName")} error={re("contactName")} {...reg("contactName")} autoComplete="name" />
      <TextField id="email" type="email" label={label("email")} hint={hint("email")} error={re("email")} {...reg("email")} autoComplete="email" />
      <TextField id="phone" type="tel" label={label("phone")} hint={hint("phone")} error={re("phone")} {...reg("phone")} autoComplete="tel" />
      <TextField id="password" type="password" label={label("password")} hint={hint("password")} error={re("password")} {...reg("password")} autoComplete="new-password" />
      {isPerson ? (
        <>
          <TextField id="reg-streetAddress" label={label("homeAddress")} hint={hint("homeAddress")} error={re("streetAddress")} {...reg("streetAddress")} autoComplete="street-address" />
          <TextField id="reg-postalCode" label={label("postalCode")} error={re("postalCode")} {...reg("postalCode")} inputMode="numeric" autoComplete="postal-code" />
          <TextField id="reg-city" label={label("city")} error={re("city")} {...reg("city")} autoComplete="address-level2" />
        </>
      ) : null}
    </Section>
  );
}
