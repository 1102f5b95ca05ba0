import type { z } from "zod";

/**
 * Zod issues → message keys of the `validation` namespace, so that every field error is shown
 * in the user's language. A schema may give its own key: `z.string().refine(f, "businessId")`.
 */
export const validationKeys = [
  "required",
  "tooShort",
  "tooLong",
  "tooSmall",
  "tooBig",
  "email",
  "invalid",
  "businessId",
  "phone",
  "postalCode",
  "date",
  "time",
  "endBeforeStart",
  "pin",
  "password",
  "money",
  "url",
  "characters",
  "personalIdentityCode",
  "iban",
  "percent",
  "bic",
] as const;
export type ValidationKey = (typeof validationKeys)[number];

function isKey(message: string): message is ValidationKey {
  return (validationKeys as readonly string[]).includes(message);
}

export function issueKey(issue: z.core.$ZodIssue): ValidationKey {
  if (isKey(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "required" : "invalid";
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "required" : "tooShort";
      if (issue.origin === "array") return "required";
      return "tooSmall";
    case "too_big":
      return issue.origin === "string" ? "tooLong" : "tooBig";
    case "invalid_format":
      return issue.format === "email" ? "email" : issue.format === "url" ? "url" : "invalid";
    default:
      return "invalid";
  }
}

export function fieldErrorsFrom(error: z.ZodError): Record<string, ValidationKey> {
  const out: Record<string, ValidationKey> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    out[path] ??= issueKey(issue);
  }
  return out;
}
