export const locales = ["fi", "sv", "en"] as const;
export type AppLocale = (typeof locales)[number];
export const defaultLocale: AppLocale = "fi";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
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
] as const;
export type Namespace = (typeof namespaces)[number];
