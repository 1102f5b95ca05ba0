export const locales = ["fi", "sv", "en"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "fi";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * The one map from the app's language to the Intl locale its dates and numbers are written in.
 * Everyone is in Finland: Swedish is Finland-Swedish (3.12.2026, not 2026-12-03) and English
 * follows en-GB (day before month, 24-hour clock, "25.5%" with a decimal point; en-FI would
 * write "25,5 %").
 */
export const intlLocales = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" } as const satisfies Record<AppLocale, string>;
export type IntlLocale = (typeof intlLocales)[AppLocale];

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A stored or requested language, Finnish when it is not one of ours. */
export function toLocale(value: unknown): AppLocale {
  return isLocale(value) ? value : defaultLocale;
}

/**
 * Message namespaces: one JSON file per namespace and language under ./messages/<locale>/.
 * Each feature owns its namespace file.
 */
export const namespaces = [
  "common",
  "auth",
  "errors",
  "validation",
  "admin",
  "public",
  "orders",
  "pricing",
  "coordination",
  "unit",
  "hours",
  "client",
  "intake",
  "invoicing",
  "payroll",
  "people",
  "notifications",
  "rights",
  "feedback",
  "reports",
] as const;
export type Namespace = (typeof namespaces)[number];
