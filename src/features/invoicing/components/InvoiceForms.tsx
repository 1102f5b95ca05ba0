"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionErrorAlert } from "@/components/ui/ActionFeedback";
import { Button } from "@/components/ui/Button";
import { Alert } from "@/components/ui/Card";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { SelectField, TextField } from "@/components/ui/Field";
import { useAction } from "@/components/ui/useAction";
import { useActionForm } from "@/components/ui/useActionForm";
import { correctInvoicedHours, creditInvoice, importPayments, markInvoicePaid, runInvoices, updateOrdererBilling, updateSellerDetails } from "../actions";
import { correctInvoicedHoursSchema, creditInvoiceSchema, markPaidSchema, ordererBillingSchema, runMonthSchema, sellerDetailsSchema } from "../schema";

/** The month's run: one invoice per orderer. */
export function RunInvoicesForm({ jobcenterId, defaultMonth }: { jobcenterId: string; defaultMonth: string }) {
  const t = useTranslations("invoicing.pages.run");
  const [done, setDone] = useState<{ created: boolean; count: number } | null>(null);
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(runMonthSchema, runInvoices, {
    defaultValues: { jobcenterId, month: defaultMonth },
    onOk: (data) => setDone({ created: data.created, count: data.invoiceIds.length }),
  });
  return (
    <form noValidate aria-labelledby="run-title" onSubmit={(e) => (setDone(null), void onSubmit(e))}>
      <h2 id="run-title" className="mb-1 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-3 text-muted">{t("lead")}</p>
      <TextField id="month" type="month" label={t("month")} hint={t("monthHint")} required {...register("month")} error={fieldError("month")} />
      <div aria-live="polite" className="mb-3">
        {done && !failure ? <Alert tone="ok">{done.created ? t("done", { count: done.count }) : t("again")}</Alert> : <ActionErrorAlert result={failure} />}
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** One order's run, now: for an order the orderer wants invoiced before the month's end. */
export function RunOrderInvoiceForm({ jobcenterId, orders }: { jobcenterId: string; orders: { id: string; label: string }[] }) {
  const t = useTranslations("invoicing.pages.runOrder");
  const { result, pending, run } = useAction(runInvoices);
  const [orderId, setOrderId] = useState(orders[0]?.id ?? "");
  return (
    <form
      aria-labelledby="run-order-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (orderId) run({ jobcenterId, orderId });
      }}
    >
      <h2 id="run-order-title" className="mb-1 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-3 text-muted">{t("lead")}</p>
      <SelectField id="run-order" label={t("order")} value={orderId} onChange={(e) => setOrderId(e.target.value)} options={orders.map((o) => ({ value: o.id, label: o.label }))} />
      <div aria-live="polite" className="mb-3">
        {result?.ok ? <Alert tone="ok">{t("done", { count: result.data.invoiceIds.length })}</Alert> : <ActionErrorAlert result={result} />}
      </div>
      <Button type="submit" disabled={pending || !orderId}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** The bank's payments file, read in the browser and matched on the server. */
export function ImportPaymentsForm({ jobcenterId }: { jobcenterId: string }) {
  const t = useTranslations("invoicing.pages.payments");
  const { result, pending, run } = useAction(importPayments);
  const [csv, setCsv] = useState("");
  return (
    <form
      aria-labelledby="payments-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (csv) run({ jobcenterId, csv });
      }}
    >
      <h2 id="payments-title" className="mb-1 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-3 text-muted">{t("lead")}</p>
      <label htmlFor="payments-file" className="block font-semibold">
        {t("file")}
      </label>
      <input id="payments-file" type="file" accept=".csv,text/csv,text/plain" className="mb-3 mt-1 block min-h-11" onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? "")} />
      <div aria-live="polite" className="mb-3">
        {result?.ok ? (
          <Alert tone="ok">
            {t("done", { matched: result.data.matched, paid: result.data.paid, duplicates: result.data.duplicates, unmatched: result.data.unmatched.length, rejected: result.data.rejected.length })}
          </Alert>
        ) : (
          <ActionErrorAlert result={result} />
        )}
      </div>
      <Button type="submit" disabled={pending || !csv}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** Credits every line not yet credited. On success the page shows the invoice as credited and names its credit note. */
export function CreditInvoiceForm({ invoiceId }: { invoiceId: string }) {
  const t = useTranslations("invoicing.pages.credit");
  const [done, setDone] = useState(false);
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(creditInvoiceSchema, creditInvoice, { defaultValues: { invoiceId, reason: "" }, onOk: () => setDone(true) });
  return (
    <form noValidate aria-labelledby="credit-title" onSubmit={(e) => void onSubmit(e)}>
      <h2 id="credit-title" className="mb-1 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-3 text-muted">{t("lead")}</p>
      <TextField id="credit-reason" label={t("reason")} required {...register("reason")} error={fieldError("reason")} />
      <div aria-live="polite" className="mb-3">
        {done && !failure ? <Alert tone="ok">{t("done")}</Alert> : <ActionErrorAlert result={failure} />}
      </div>
      <Button type="submit" variant="danger" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

export function MarkPaidForm({ invoiceId, today }: { invoiceId: string; today: string }) {
  const t = useTranslations("invoicing.pages.paid");
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(markPaidSchema, markInvoicePaid, { defaultValues: { invoiceId, paidOn: today, amount: "" } });
  return (
    <form noValidate aria-labelledby="paid-title" onSubmit={(e) => void onSubmit(e)}>
      <h2 id="paid-title" className="mb-3 text-xl font-bold">
        {t("title")}
      </h2>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField id="paidOn" type="date" label={t("paidOn")} required {...register("paidOn")} error={fieldError("paidOn")} />
        <TextField id="amount" inputMode="decimal" label={t("amount")} {...register("amount")} error={fieldError("amount")} />
      </div>
      <div aria-live="polite" className="mb-3">
        <ActionErrorAlert result={failure} />
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** New hours for an invoiced gig: a credit note for its line and a new invoice. */
export function CorrectLineForm({ gigId, minutes, lineNo }: { gigId: string; minutes: number; lineNo: number }) {
  const t = useTranslations("invoicing.pages.correct");
  const [done, setDone] = useState(false);
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(correctInvoicedHoursSchema, correctInvoicedHours, {
    defaultValues: { gigId, minutes, reason: "" },
    onOk: () => setDone(true),
  });
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-brand-700 underline">{t("title")}</summary>
      <form noValidate className="mt-2" aria-label={`${t("title")} ${lineNo}`} onSubmit={(e) => void onSubmit(e)}>
        <p className="mb-2 text-sm text-muted">{t("lead")}</p>
        <TextField id={`correct-minutes-${lineNo}`} type="number" min={0} label={t("minutes")} required {...register("minutes")} error={fieldError("minutes")} />
        <TextField id={`correct-reason-${lineNo}`} label={t("reason")} required {...register("reason")} error={fieldError("reason")} />
        <div aria-live="polite" className="mb-2">
          {done && !failure ? <Alert tone="ok">{t("done")}</Alert> : <ActionErrorAlert result={failure} />}
        </div>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
    </details>
  );
}

export function OrdererBillingForm({ ordererId, internalBilling, costCentre }: { ordererId: string; internalBilling: boolean; costCentre: string | null }) {
  const t = useTranslations("invoicing.pages.ordererBilling");
  const [saved, setSaved] = useState(false);
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(ordererBillingSchema, updateOrdererBilling, {
    defaultValues: { ordererId, internalBilling, costCentre: costCentre ?? "" },
    onOk: () => setSaved(true),
  });
  return (
    <form noValidate aria-labelledby="billing-title" onSubmit={(e) => (setSaved(false), void onSubmit(e))}>
      <h2 id="billing-title" className="mb-1 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-3 text-muted">{t("lead")}</p>
      <CheckboxField id="internalBilling" label={t("internal")} {...register("internalBilling")} />
      <TextField id="costCentre" label={t("costCentre")} {...register("costCentre")} error={fieldError("costCentre")} />
      <div aria-live="polite" className="mb-3">
        {saved && !failure ? <Alert tone="ok">{t("saved")}</Alert> : <ActionErrorAlert result={failure} />}
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

interface Seller {
  businessId: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  iban: string | null;
  bic: string | null;
}

/** The admin's form for the Jobcenter as the seller on its invoices. */
export function SellerDetailsForm({ jobcenterId, seller }: { jobcenterId: string; seller: Seller }) {
  const t = useTranslations("invoicing.pages.sellerForm");
  const [saved, setSaved] = useState(false);
  const { onSubmit, fieldError, failure, pending, register } = useActionForm(sellerDetailsSchema, updateSellerDetails, {
    defaultValues: {
      jobcenterId,
      businessId: seller.businessId ?? "",
      streetAddress: seller.streetAddress ?? "",
      postalCode: seller.postalCode ?? "",
      city: seller.city ?? "",
      iban: seller.iban ?? "",
      bic: seller.bic ?? "",
    },
    onOk: () => setSaved(true),
  });
  return (
    <form noValidate aria-labelledby="seller-title" onSubmit={(e) => (setSaved(false), void onSubmit(e))}>
      <h2 id="seller-title" className="mb-1 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mb-3 text-muted">{t("lead")}</p>
      <TextField id="seller-businessId" label={t("businessId")} required {...register("businessId")} error={fieldError("businessId")} />
      <TextField id="seller-streetAddress" label={t("streetAddress")} {...register("streetAddress")} error={fieldError("streetAddress")} />
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField id="seller-postalCode" label={t("postalCode")} inputMode="numeric" {...register("postalCode")} error={fieldError("postalCode")} />
        <TextField id="seller-city" label={t("city")} {...register("city")} error={fieldError("city")} />
      </div>
      <TextField id="seller-iban" label={t("iban")} required {...register("iban")} error={fieldError("iban")} />
      <TextField id="seller-bic" label={t("bic")} required {...register("bic")} error={fieldError("bic")} />
      <div aria-live="polite" className="mb-3">
        {saved && !failure ? <Alert tone="ok">{t("saved")}</Alert> : <ActionErrorAlert result={failure} />}
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
