"use client";

import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { ActionErrorAlert, useFieldErrors } from "@/components/ui/ActionFeedback";
import { Alert } from "@/components/ui/Card";
import { TextArea, TextField } from "@/components/ui/Field";
import { parseEuros } from "@/lib/money";
import type { ActionResult } from "@/server/errors";
import { proposeOrderChange } from "../actions";

function useSubmit() {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  async function run(input: unknown) {
    setPending(true);
    const r = await proposeOrderChange(input);
    setPending(false);
    setResult(r);
    if (r.ok) router.refresh();
    return r.ok;
  }
  return { result, pending, run };
}

/** Coordinator: agree a lower hourly price for a large order, with a reason. The orderer must accept it. */
export function AgreePriceForm({ orderId, listUnitPriceCents }: { orderId: string; listUnitPriceCents: number | null }) {
  const t = useTranslations("orders");
  const fmt = useAppFormatter();
  const [price, setPrice] = useState("");
  const [reason, setReason] = useState("");
  const [done, setDone] = useState(false);
  const { result, pending, run } = useSubmit();
  const fe = useFieldErrors(result);
  const cents = parseEuros(price);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await run({
      orderId,
      description: t("changes.agreedPriceDescription", { price: cents !== null ? fmt.euros(cents) : price }),
      reason,
      newUnitPriceCents: cents ?? -1,
    });
    setDone(ok);
  }

  return (
    <form onSubmit={submit} noValidate>
      {listUnitPriceCents !== null ? <p className="mb-2 text-sm">{t("changes.listPrice", { price: fmt.euros(listUnitPriceCents) })}</p> : null}
      <TextField id={`agreed-price-${orderId}`} inputMode="decimal" label={t("changes.newPrice")} hint={t("changes.newPriceHint")} error={fe("newUnitPriceCents") ? t("changes.priceError") : undefined} value={price} onChange={(e) => setPrice(e.target.value)} />
      <TextArea id={`agreed-reason-${orderId}`} label={t("changes.reason")} hint={t("changes.reasonHint")} error={fe("reason")} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
      <ActionErrorAlert result={result} />
      {done ? <Alert tone="ok">{t("changes.sent")}</Alert> : null}
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
  const [description, setDescription] = useState("");
  const [done, setDone] = useState(false);
  const { result, pending, run } = useSubmit();
  const fe = useFieldErrors(result);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const m = Math.round(Number(hours.replace(",", ".")) * 60);
    const w = Number(workers);
    const ok = await run({
      orderId,
      description,
      ...(m !== minutesPerWorker ? { newMinutesPerWorker: Number.isFinite(m) ? m : -1 } : {}),
      ...(w !== workerCount ? { newWorkerCount: Number.isInteger(w) ? w : -1 } : {}),
    });
    setDone(ok);
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField id={`change-hours-${orderId}`} inputMode="decimal" label={t("changes.hours")} error={fe("newMinutesPerWorker")} value={hours} onChange={(e) => setHours(e.target.value)} />
        <TextField id={`change-workers-${orderId}`} inputMode="numeric" label={t("changes.workers")} error={fe("newWorkerCount")} value={workers} onChange={(e) => setWorkers(e.target.value)} />
      </div>
      <TextArea id={`change-description-${orderId}`} label={t("changes.description")} hint={t("changes.descriptionHint")} error={fe("description")} value={description} onChange={(e) => setDescription(e.target.value)} rows={2} />
      <ActionErrorAlert result={result} />
      {done ? <Alert tone="ok">{t("changes.sent")}</Alert> : null}
      <Button type="submit" disabled={pending} className="mt-2">
        {t("changes.sendScope")}
      </Button>
    </form>
  );
}
