"use server";

import { z } from "zod";
import { setAccountLocale } from "@/features/auth/mutations";
import { definePublicAction } from "@/server/action";
import { getContext } from "@/server/context";
import { LOCALE_COOKIE, locales } from "./config";

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
