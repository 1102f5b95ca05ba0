"use client";

import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { SelectField, TextArea, TextField } from "@/components/ui/Field";
import type { ContractModel } from "@/generated/prisma/enums";
import { useActionForm } from "@/components/ui/useActionForm";
import { parseEuros } from "@/lib/money";
import { proposeOrderChange } from "../actions";
import { proposeChangeSchema } from "../schema";

// What cannot be read as a number is held as -1, out of the schema's range: the error then
// names the field the coordinator typed into, instead of "nothing changes".
const UNREADABLE = -1;

/** Coordinator: agree a lower hourly price for a large order, with a reason. The orderer must accept it. */
export function AgreePriceForm({ orderId, listUnitPriceCents }: { orderId: string; listUnitPriceCents: number | null }) {
  const t = useTranslations("orders");
  const fmt = useAppFormatter();
  const [price, setPrice] = useState("");
  const [sent, setSent] = useState(false);
  const describe = (typed: string) => {
    const cents = parseEuros(typed);
    return t("changes.agreedPriceDescription", { price: cents !== null ? fmt.euros(cents) : typed });
  };
  const { form, register, onSubmit, fieldError, failure, pending } = useActionForm(proposeChangeSchema, proposeOrderChange, {
    defaultValues: { orderId, description: describe(""), reason: "", newUnitPriceCents: UNREADABLE },
    onOk: () => setSent(true),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      {listUnitPriceCents !== null ? <p className="mb-2 text-sm">{t("changes.listPrice", { price: fmt.euros(listUnitPriceCents) })}</p> : null}
      <TextField
        id={`agreed-price-${orderId}`}
        inputMode="decimal"
        label={t("changes.newPrice")}
        hint={t("changes.newPriceHint")}
        error={fieldError("newUnitPriceCents") ? t("changes.priceError") : undefined}
        value={price}
        onChange={(e) => {
          // the coordinator types euros; the change holds cents and says the price in words
          setPrice(e.target.value);
          const validate = { shouldValidate: form.formState.isSubmitted };
          form.setValue("newUnitPriceCents", parseEuros(e.target.value) ?? UNREADABLE, validate);
          form.setValue("description", describe(e.target.value), validate);
        }}
      />
      <TextArea id={`agreed-reason-${orderId}`} label={t("changes.reason")} hint={t("changes.reasonHint")} error={fieldError("reason")} rows={2} {...register("reason")} />
      <ActionErrorAlert result={failure} />
      {sent && !failure ? <Alert tone="ok">{t("changes.sent")}</Alert> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("changes.sendPrice")}
      </Button>
    </form>
  );
}

/** Coordinator: propose a change of scope (hours per worker, workers). The orderer must accept it. */
export function ProposeChangeForm({ orderId, minutesPerWorker, workerCount }: { orderId: string; minutesPerWorker: number; workerCount: number }) {
  const t = useTranslations("orders");
  const [hours, setHours] = useState(String(minutesPerWorker / 60).replace(".", ","));
  const [workers, setWorkers] = useState(String(workerCount));
  const [sent, setSent] = useState(false);
  const { form, register, onSubmit, fieldError, failure, pending } = useActionForm(proposeChangeSchema, proposeOrderChange, {
    // only what differs from the order is proposed
    defaultValues: { orderId, description: "", newMinutesPerWorker: undefined, newWorkerCount: undefined },
    onOk: () => setSent(true),
  });
  const validate = () => ({ shouldValidate: form.formState.isSubmitted });

  return (
    <form onSubmit={onSubmit} noValidate>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField
          id={`change-hours-${orderId}`}
          inputMode="decimal"
          label={t("changes.hours")}
          error={fieldError("newMinutesPerWorker")}
          value={hours}
          onChange={(e) => {
            setHours(e.target.value);
            const m = Math.round(Number(e.target.value.replace(",", ".")) * 60);
            form.setValue("newMinutesPerWorker", m === minutesPerWorker ? undefined : Number.isFinite(m) ? m : UNREADABLE, validate());
          }}
        />
        <TextField
          id={`change-workers-${orderId}`}
          inputMode="numeric"
          label={t("changes.workers")}
          error={fieldError("newWorkerCount")}
          value={workers}
          onChange={(e) => {
            setWorkers(e.target.value);
            const w = Number(e.target.value);
            form.setValue("newWorkerCount", w === workerCount ? undefined : Number.isInteger(w) ? w : UNREADABLE, validate());
          }}
        />
      </div>
      <TextArea id={`change-description-${orderId}`} label={t("changes.description")} hint={t("changes.descriptionHint")} error={fieldError("description")} rows={2} {...register("description")} />
      <ActionErrorAlert result={failure} />
      {sent && !failure ? <Alert tone="ok">{t("changes.sent")}</Alert> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("changes.sendScope")}
      </Button>
    </form>
  );
}

/**
 * Coordinator: change the order's contract model to another one the Jobcenter can staff. The
 * orderer accepts it with the terms again; the price then follows the price list (ADR 034).
 */
export function ContractModelChangeForm({ orderId, models }: { orderId: string; models: ContractModel[] }) {
  const t = useTranslations("orders");
  const [sent, setSent] = useState(false);
  const describe = (model: ContractModel) => t("changes.contractModelDescription", { model: t(`contractModel.${model}`) });
  const first = models[0]!;
  const { form, register, onSubmit, fieldError, failure, pending } = useActionForm(proposeChangeSchema, proposeOrderChange, {
    defaultValues: { orderId, description: describe(first), newContractModel: first },
    onOk: () => setSent(true),
  });
  const model = register("newContractModel");
  return (
    <form onSubmit={onSubmit} noValidate>
      <SelectField
        id={`change-model-${orderId}`}
        label={t("changes.contractModel")}
        hint={t("changes.contractModelHint")}
        options={models.map((m) => ({ value: m, label: t(`contractModel.${m}`) }))}
        error={fieldError("newContractModel")}
        {...model}
        onChange={(e) => {
          void model.onChange(e);
          form.setValue("description", describe(e.target.value as ContractModel));
        }}
      />
      <TextArea id={`change-model-description-${orderId}`} label={t("changes.description")} error={fieldError("description")} rows={2} {...register("description")} />
      <ActionErrorAlert result={failure} />
      {sent && !failure ? <Alert tone="ok">{t("changes.sent")}</Alert> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("changes.sendContractModel")}
      </Button>
    </form>
  );
}
