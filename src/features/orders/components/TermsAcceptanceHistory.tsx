"use client";

import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import { EmptyState } from "@/components/ui/Card";

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
  const fmt = useAppFormatter();
  if (acceptances.length === 0) return <EmptyState>{t("terms.none")}</EmptyState>;
  return (
    <ul className="space-y-3">
      {acceptances.map((a) => (
        <li key={a.id} className="rounded-lg border border-gray-200 p-3">
          <p className="font-semibold">
            {t("terms.accepted", { title: a.termsVersion.title, version: a.termsVersion.version, language: a.termsVersion.locale.toUpperCase() })}
          </p>
          <p className="text-sm">{fmt.dateTime(a.acceptedAt)}</p>
          <p className="text-sm">
            {t("terms.acceptedScope", {
              price: fmt.euros(a.unitPriceCents),
              hours: fmt.minutes(a.hoursPerWorkerMin),
              workers: a.workerCount,
              gross: fmt.euros(a.grossCents),
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
