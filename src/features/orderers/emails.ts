import { createTranslator } from "next-intl";
import { env } from "@/env";
import { toLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";

// The emails a visitor's registration or "forgot password" sends, in the person's language
// (ADR 055). The answer on the screen is the same whatever happened; only the mailbox's
// owner learns whether the address has an account.

export type AccountEmail = "verify" | "alreadyRegistered" | "reset" | "resetStaff";

export interface EmailText {
  subject: string;
  body: (link: string) => string;
}

export async function accountEmail(kind: AccountEmail, locale: string, name: string): Promise<EmailText> {
  const l = toLocale(locale);
  const t = createTranslator({ locale: l, messages: await loadMessages(l), namespace: "auth.emails" });
  const signIn = `${env.NEXTAUTH_URL}/signin?as=staff`;
  const forgot = `${env.NEXTAUTH_URL}/signin/forgot`;
  return {
    subject: t(`${kind}.subject`),
    body: (link) => t(`${kind}.body`, { name, link, signIn, forgot }),
  };
}
