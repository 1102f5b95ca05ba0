"use server";

import { z } from "zod";
import { setAccountLocale } from "@/features/auth/mutations";
import { definePublicAction } from "@/server/action";
import { getContext } from "@/server/context";
import { isLocale, LOCALE_COOKIE, locales } from "./config";

const setLocaleSchema = z.object({ locale: z.enum(locales) });
const setLocale_ = definePublicAction({
  name: "i18n.setLocale",
  input: setLocaleSchema,
  async run({ tx, input, user }) {
    // Remember the choice on the account too, so reminders come in the same language.
    if (user) await setAccountLocale(tx, user.userId, input.locale);
    return { locale: input.locale };
  },
});

/** Language switcher: anyone may choose the language; it is a cookie (and the account's choice). */
export async function setLocale(input: z.input<typeof setLocaleSchema>) {
  const result = await setLocale_(input);
  if (result.ok) {
    await (await getContext()).setCookie(LOCALE_COOKIE, result.data.locale, 365 * 24 * 3600);
  }
  return result;
}

const applyAccountLocale_ = definePublicAction({
  name: "i18n.applyAccountLocale",
  input: z.object({}),
  async run({ user }) {
    return { locale: user && isLocale(user.locale) ? user.locale : null };
  },
});

/**
 * Right after sign-in on a phone that has no language cookie yet: the language saved on the
 * account becomes this browser's (issue 14), so a client who chose Swedish once is not met in
 * Finnish on a new phone. Signed out: nothing changes.
 */
export async function applyAccountLocale(input: Record<string, never>) {
  const result = await applyAccountLocale_(input);
  if (result.ok && result.data.locale) {
    await (await getContext()).setCookie(LOCALE_COOKIE, result.data.locale, 365 * 24 * 3600);
  }
  return result;
}
