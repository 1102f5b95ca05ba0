import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { TIME_ZONE } from "@/lib/dates";
import { defaultLocale, isLocale, LOCALE_COOKIE, locales, type AppLocale } from "./config";
import { formats } from "./format";
import { loadMessages } from "./messages";

// No locale in the URL: the choice is a cookie (set by the language switcher); the first
// visit follows the browser's Accept-Language, Finnish when nothing matches.
async function resolveLocale(): Promise<AppLocale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(fromCookie)) return fromCookie;
  const accept = (await headers()).get("accept-language") ?? "";
  for (const part of accept.split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return defaultLocale;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: await loadMessages(locale), formats, timeZone: TIME_ZONE, now: new Date() };
});

export { locales };
