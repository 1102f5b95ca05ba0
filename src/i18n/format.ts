import { createFormatter, createTranslator, type Formats, type Locale, type Messages } from "next-intl";
import { TIME_ZONE } from "@/lib/dates";
import { formatEuros } from "@/lib/money";
import { intlLocales, type AppLocale } from "./config";

/**
 * The named formats, also handed to next-intl's request config so `useFormatter()` and
 * messages (`{when, date, date}`) know them. Every date is shown in Helsinki time.
 */
export const formats = {
  dateTime: {
    date: { day: "numeric", month: "numeric", year: "numeric" },
    weekdayDate: { weekday: "long", day: "numeric", month: "numeric" },
    time: { hour: "2-digit", minute: "2-digit" },
  },
  number: {
    percent: { style: "percent", maximumFractionDigits: 2 },
    oneDecimal: { maximumFractionDigits: 1 },
  },
} as const satisfies Formats;

/** Dates and numbers in a language; no messages needed (the seed and PDFs use this too). */
export function intlFormatter(locale: AppLocale) {
  // next-intl types the formatter's locale as the app's message locale; Intl gets the regional
  // tag of the one map in config.ts so Swedish reads 3.12.2026 (sv-FI), not 2026-12-03.
  const f = createFormatter({ locale: intlLocales[locale] as Locale, timeZone: TIME_ZONE, formats });
  const date = (value: Date | number) => f.dateTime(value, "date");
  const time = (value: Date | number) => f.dateTime(value, "time");
  return {
    /** 3.12.2026 */
    date,
    /** torstaina 3.12. */
    weekdayDate: (value: Date | number) => f.dateTime(value, "weekdayDate"),
    /** 09.30 */
    time,
    /** 3.12.2026 09.30 */
    dateTime: (value: Date | number) => `${date(value)} ${time(value)}`,
    /**
     * A `@db.Date` column: Prisma gives the calendar day as UTC midnight, so it is read in UTC,
     * not moved into Helsinki (which would be the same day only by luck of the offset).
     */
    day: (value: Date) => f.dateTime(value, "date", { timeZone: "UTC" }),
    /** Always Finnish euros, "1 234,50 €", in every language (ADR 005). */
    euros: (cents: number) => formatEuros(cents),
    /** Basis points: 2550 → "25,5 %" in Finnish, "25.5%" in English. */
    rate: (basisPoints: number) => f.number(basisPoints / 10_000, "percent"),
    /** 4.5 → "4,5" / "4.5" */
    oneDecimal: (value: number) => f.number(value, "oneDecimal"),
  };
}

/** Everything the pages format: dates, numbers and durations with translated units. */
export function appFormatter(locale: AppLocale, messages: Messages) {
  const units = createTranslator({ locale, messages, namespace: "common.duration" });
  return {
    ...intlFormatter(locale),
    /** 90 → "1 h 30 min" (integer minutes). */
    minutes(total: number): string {
      const hours = Math.floor(total / 60);
      const minutes = total % 60;
      if (hours === 0) return units("minutes", { minutes });
      return minutes === 0 ? units("hours", { hours }) : units("hoursMinutes", { hours, minutes });
    },
  };
}
export type AppFormatter = ReturnType<typeof appFormatter>;
