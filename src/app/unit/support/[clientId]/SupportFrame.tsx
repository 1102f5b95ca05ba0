import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/Card";

/** Support mode: the client's own screens in a phone-wide column, under a clear banner. */
export async function SupportFrame({ clientId, name, children }: { clientId: string; name: string; children: ReactNode }) {
  const t = await getTranslations("client.support");
  return (
    <div className="mx-auto max-w-xl">
      <div className="mb-4">
        <Alert tone="warn">{t("supportMode", { name })}</Alert>
      </div>
      <nav aria-label={t("title")} className="mb-6 flex flex-wrap gap-x-4">
        <Link href="/unit/support" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("backToList")}
        </Link>
        <Link href={`/unit/support/${clientId}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("homeView")}
        </Link>
        <Link href={`/unit/support/${clientId}/money`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("moneyView")}
        </Link>
        <Link href={`/unit/support/${clientId}/history`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("historyView")}
        </Link>
      </nav>
      {children}
    </div>
  );
}
