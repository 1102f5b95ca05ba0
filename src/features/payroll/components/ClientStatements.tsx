import { getMessages, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { appFormatter } from "@/i18n/format";

export interface StatementItem {
  id: string;
  kind: "COMMISSION_FEE" | "WAGES";
  grossCents: number;
  netCents: number;
  withholdingCents: number;
  payRun: { periodStart: Date; periodEnd: Date; paymentDate: Date };
}

/** "My money": the client's pay statements, one big link each (plain language, phone first). */
export async function ClientStatements({ statements, locale }: { statements: StatementItem[]; locale: AppLocale }) {
  const t = await getTranslations("payroll");
  const fmt = appFormatter(locale, await getMessages());
  return (
    <section aria-labelledby="statements" className="mt-8">
      <h2 id="statements" className="mb-1 text-2xl font-bold">
        {t("client.title")}
      </h2>
      <p className="mb-3 text-lg">{t("client.lead")}</p>
      {statements.length === 0 ? (
        <p className="text-lg">{t("client.none")}</p>
      ) : (
        <ul className="space-y-3">
          {statements.map((s) => (
            <li key={s.id} className="rounded-xl border border-gray-200 bg-white p-4">
              <p className="text-xl font-bold">{t("client.item", { period: `${fmt.day(s.payRun.periodStart)}–${fmt.day(s.payRun.periodEnd)}`, net: fmt.euros(s.netCents) })}</p>
              <p className="mb-2 text-lg">
                {t(`kind.${s.kind}`)}. {t("client.detail", { gross: fmt.euros(s.grossCents), withholding: fmt.euros(s.withholdingCents) })}
              </p>
              <a href={`/client/money/statements/${s.id}/pdf`} className="inline-flex min-h-12 items-center text-lg font-semibold text-brand-700 underline">
                {t("client.download")}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
