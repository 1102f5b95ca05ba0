import { createTranslator } from "next-intl";
import { toLocale } from "@/i18n/config";
import { intlFormatter } from "@/i18n/format";
import { loadMessages } from "@/i18n/messages";
import type { MatrixKind } from "./matrix";

/** The kinds of notification; each has `title` and `body` under `notifications.kinds.<kind>`. */
export type NotificationKind =
  | "gig.offered"
  // the client's rows (ADR 046)
  | "gig.rescheduled"
  | "gig.cancelled"
  | "gig.reminder"
  | "hours.approved"
  | "hours.approvedChanged"
  | "hours.corrected"
  // the unit staff's rows (ADR 046)
  | "unit.offerReceived"
  | "unit.clientDeclined"
  | "unit.clientUnanswered"
  | "unit.checkoutMissing"
  | "unit.benefitLimit"
  // a client without a sign-in: their staff are asked to pass the client's notification on
  | "unit.relay"
  // the orderer's and the coordinator's rows (ADR 045)
  | MatrixKind
  // feedback (ADR 047)
  | "feedback.asked"
  | "feedback.received";

export type NotificationParams = Record<string, string | number>;

type Translator = ReturnType<typeof createTranslator>;

function valuesFor(lang: ReturnType<typeof toLocale>, t: Translator, params: NotificationParams): Record<string, string | number> {
  const values: Record<string, string | number> = { ...params };
  const f = intlFormatter(lang);
  if (typeof values.startsAt === "string") {
    const at = new Date(values.startsAt);
    values.day = f.weekdayDate(at);
    values.start = f.time(at);
  }
  if (typeof values.endsAt === "string") values.end = f.time(new Date(values.endsAt));
  // Durations in words ("2 tuntia 30 minuuttia"): plain language has no "h" or "min".
  for (const name of ["approved", "reported"] as const) {
    const minutes = values[`${name}Minutes`];
    if (typeof minutes === "number") values[name] = t("duration" as never, { hours: Math.floor(minutes / 60), minutes: minutes % 60 } as never);
  }
  if (typeof values.limitCents === "number") values.limit = f.euros(values.limitCents);
  if (typeof values.limitKind === "string") values.limitName = t(`limitNames.${values.limitKind}` as never);
  return values;
}

/** A notification's title and body in a language; also used by the in-app list. */
export async function renderNotification(locale: string, kind: string, params: unknown): Promise<{ title: string; body: string }> {
  const lang = toLocale(locale);
  const messages = await loadMessages(lang);
  const t = createTranslator({ locale: lang, messages, namespace: "notifications" }) as unknown as Translator;
  const p = (params ?? {}) as NotificationParams;
  const values = valuesFor(lang, t, p);
  // Kinds are a closed list in code; the message files are checked to have each one.
  const text = (k: string) => ({ title: t(`kinds.${k}.title` as never, values as never), body: t(`kinds.${k}.body` as never, values as never) });
  if (kind === "unit.relay" && typeof p.relayKind === "string") {
    // "Tell Maija: …" — the client's own text inside, in the staff member's language.
    const inner = text(p.relayKind);
    return {
      title: t("kinds.unit.relay.title" as never, { ...values, title: inner.title } as never),
      body: t("kinds.unit.relay.body" as never, { ...values, body: inner.body } as never),
    };
  }
  return text(kind);
}
