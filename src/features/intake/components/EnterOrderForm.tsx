"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/Button";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import { useActionForm } from "@/components/ui/useActionForm";
import { fieldsApi, FormFrame, newKey, OrderSections, startingFields, type OrderFields } from "@/features/orders/components/OrderForm";
import { Section } from "@/features/orders/components/OrderForm/Section";
import { type ContractModel, OrdererCheck, OrdererKind } from "@/generated/prisma/enums";
import { locales, type AppLocale } from "@/i18n/config";
import { enterOrder } from "../actions";
import { enterOrderSchema } from "../schema";

export interface PickedOrderer {
  id: string;
  name: string;
  businessId: string | null;
  contact: { name: string; email: string | null; phone: string | null; locale: string } | null;
}

interface Props {
  jobcenter: { id: string; name: string; contractModels: ContractModel[] };
  orderer: PickedOrderer | null;
  initial?: Partial<OrderFields>;
}

/**
 * A phoned-in or emailed order, entered by the coordinator: who orders (the orderer picked
 * above, or a new one with what the coordinator checked), the contact who gets the review
 * link, and the order's own sections (the orders feature's form, without the acceptance:
 * the orderer accepts the terms from the link).
 */
export function EnterOrderForm({ jobcenter, orderer, initial }: Props) {
  const t = useTranslations("intake.enter");
  const tc = useTranslations("coordination.review");
  const to = useTranslations("orders");
  const router = useRouter();
  const { form, onSubmit, register, fieldError, failure, pending } = useActionForm(enterOrderSchema, enterOrder, {
    defaultValues: {
      ordererMode: orderer ? "existing" : "new",
      ordererId: orderer?.id ?? "",
      kind: "COMPANY",
      name: "",
      ordererBusinessId: "",
      checks: [],
      checkNote: "",
      contactName: orderer?.contact?.name ?? "",
      contactEmail: orderer?.contact?.email ?? "",
      contactPhone: orderer?.contact?.phone ?? "",
      contactLocale: (locales as readonly string[]).includes(orderer?.contact?.locale ?? "") ? (orderer!.contact!.locale as AppLocale) : "fi",
      order: { ...startingFields(jobcenter, initial), jobcenterId: jobcenter.id, requestKey: newKey() },
    },
    onOk: (data) => router.push(`/coordinator/orders/${data.id}`),
  });
  const api = fieldsApi(form as unknown as UseFormReturn<FieldValues>, "order.", (name) => fieldError(name as never));
  const kind = form.watch("kind");
  const selected = form.watch("checks") ?? [];
  const toggle = (c: OrdererCheck, on: boolean) => form.setValue("checks", on ? [...selected, c] : selected.filter((x) => x !== c));

  return (
    <FormFrame onSubmit={onSubmit} failure={failure}>
      <Section title={t("sectionOrderer")} lead={orderer ? t("existingLead", { name: orderer.name }) : t("newLead")}>
        {orderer ? (
          <p className="font-semibold">
            {orderer.name}
            {orderer.businessId ? ` (${orderer.businessId})` : ""}
          </p>
        ) : (
          <>
            <SelectField
              id="enter-kind"
              label={to("fields.ordererKind.label")}
              {...register("kind")}
              options={Object.values(OrdererKind).map((k) => ({ value: k, label: to(`ordererKind.${k}`) }))}
            />
            <TextField id="enter-name" label={t("ordererName")} error={fieldError("name")} {...register("name")} />
            {kind !== "PRIVATE_PERSON" ? (
              <TextField id="enter-businessId" label={to("fields.businessId.label")} hint={t("businessIdHint")} error={fieldError("ordererBusinessId")} {...register("ordererBusinessId")} />
            ) : null}
            <fieldset className="mb-4">
              <legend className="font-semibold">{t("checksLegend")}</legend>
              <p className="text-sm text-muted">{t("checksHint")}</p>
              <div className="mt-1 space-y-1">
                {Object.values(OrdererCheck).map((c) => (
                  <label key={c} className="flex min-h-11 items-center gap-2">
                    <input type="checkbox" className="h-5 w-5 shrink-0" checked={selected.includes(c)} onChange={(e) => toggle(c, e.target.checked)} />
                    {tc(`check.${c}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <TextArea id="enter-checkNote" label={tc("note")} error={fieldError("checkNote")} rows={2} {...register("checkNote")} />
          </>
        )}
      </Section>
      <Section title={t("sectionContact")} lead={t("contactLead")}>
        <TextField id="enter-contactName" label={t("contactName")} error={fieldError("contactName")} {...register("contactName")} />
        <TextField id="enter-contactEmail" type="email" label={t("contactEmail")} error={fieldError("contactEmail")} {...register("contactEmail")} />
        <TextField id="enter-contactPhone" type="tel" label={t("contactPhone")} error={fieldError("contactPhone")} {...register("contactPhone")} />
        <SelectField id="enter-contactLocale" label={t("contactLocale")} {...register("contactLocale")} options={locales.map((l) => ({ value: l, label: t(`locale.${l}`) }))} />
      </Section>
      <OrderSections api={api} jobcenter={jobcenter} terms={false} showBusinessId={false} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending} size="lg" className="sm:w-auto">
          {t("submit")}
        </Button>
      </div>
    </FormFrame>
  );
}
