import { createTranslator } from "next-intl";
import { toLocale } from "@/i18n/config";
import { intlFormatter } from "@/i18n/format";
import { loadMessages } from "@/i18n/messages";

/** The kinds of notification; each has `title` and `body` under `notifications.kinds.<kind>`. */
export type NotificationKind = "gig.offered" | "feedback.asked" | "feedback.received";

export type NotificationParams = Record<string, string | number>;

/** A notification's title and body in a language; also used by the in-app list. */
export async function renderNotification(locale: string, kind: string, params: unknown): Promise<{ title: string; body: string }> {
  const lang = toLocale(locale);
  const messages = await loadMessages(lang);
  const t = createTranslator({ locale: lang, messages, namespace: "notifications.kinds" });
  const values: Record<string, string | number> = { ...((params ?? {}) as NotificationParams) };
  if (typeof values.startsAt === "string") {
    const f = intlFormatter(lang);
    const at = new Date(values.startsAt);
    values.day = f.weekdayDate(at);
    values.start = f.time(at);
  }
  // Kinds are a closed list in code; the message files are checked to have each one.
  const key = kind as NotificationKind;
  return { title: t(`${key}.title`, values as never), body: t(`${key}.body`, values as never) };
}

