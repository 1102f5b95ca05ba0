"use client";

import { useLocale, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/Card";
import { formatDateTime, formatMinutes, type Locale } from "@/lib/dates";
import { formatEuros } from "@/lib/money";

export interface AcceptanceItem {
  id: string;
  acceptedAt: Date;
  termsSha256: string;
  unitPriceCents: number;
  hoursPerWorkerMin: number;
  workerCount: number;
  grossCents: number;
  termsVersion: { version: number; locale: string; title: string };
}

/** Every acceptance of the order terms, kept forever: who accepted which version, when, and at what price. */
export function TermsAcceptanceHistory({ acceptances }: { acceptances: AcceptanceItem[] }) {
  const t = useTranslations("orders");
  const locale = useLocale() as Locale;
  if (acceptances.length === 0) return <EmptyState>{t("terms.none")}</EmptyState>;
  return (
    <ul className="space-y-3">
      {acceptances.map((a) => (
        <li key={a.id} className="rounded-lg border border-gray-200 p-3">
          <p className="font-semibold">
            {t("terms.accepted", { title: a.termsVersion.title, version: a.termsVersion.version, language: a.termsVersion.locale.toUpperCase() })}
          </p>
          <p className="text-sm">{formatDateTime(a.acceptedAt, locale)}</p>
          <p className="text-sm">
            {t("terms.acceptedScope", {
              price: formatEuros(a.unitPriceCents, locale),
              hours: formatMinutes(a.hoursPerWorkerMin),
              workers: a.workerCount,
              gross: formatEuros(a.grossCents, locale),
            })}
          </p>
          <p className="break-all text-xs text-muted">
            {t("terms.hash")}: <code>{a.termsSha256}</code>
          </p>
        </li>
      ))}
    </ul>
  );
}
