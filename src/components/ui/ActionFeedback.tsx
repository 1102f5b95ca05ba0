"use client";

import { useTranslations } from "next-intl";
import { useAppFormatter } from "@/i18n/useAppFormatter";
import type { ActionResult } from "@/server/errors";
import { Alert } from "./Card";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** The translated message of a failed action: the rule's own reason when a rule said no. */
export function useActionErrorText() {
  const t = useTranslations("errors");
  const fmt = useAppFormatter();
  return (failure: Failure | null | undefined): string | null => {
    if (!failure) return null;
    if (failure.error === "RATE_LIMITED" && failure.retryAfterSeconds) {
      return t("RATE_LIMITED_WAIT", { wait: fmt.minutes(Math.ceil(failure.retryAfterSeconds / 60)) });
    }
    if (failure.error === "RULE_VIOLATION" && failure.rule) return t(`rules.${failure.rule}`);
    return t(failure.error);
  };
}

/** Field error text for a form field from an INVALID_INPUT result ("billing.businessId"). */
export function useFieldErrors(result: ActionResult<unknown> | null | undefined) {
  const t = useTranslations("validation");
  return (field: string): string | undefined => {
    if (!result || result.ok || !result.fieldErrors) return undefined;
    const key = result.fieldErrors[field];
    return key ? t(key) : undefined;
  };
}

export function ActionErrorAlert({ result }: { result: ActionResult<unknown> | null | undefined }) {
  const text = useActionErrorText();
  if (!result || result.ok) return null;
  return <Alert tone="danger">{text(result)}</Alert>;
}
