import type { ValidationKey } from "@/lib/validation";

/**
 * The closed set of errors a server action returns. The UI translates each through the
 * `errors` message namespace ("errors.<code>", and "errors.rules.<rule>" for rule violations).
 */
export const actionErrorCodes = [
  "INVALID_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RULE_VIOLATION",
  "RATE_LIMITED",
  "INTERNAL",
  // Never sent by the server: the browser's own code for a call that got no answer.
  "NETWORK",
] as const;
export type ActionErrorCode = (typeof actionErrorCodes)[number];

/**
 * Domain rules the server enforces. Each has a plain-language reason in the `errors.rules`
 * messages. Features add their codes here.
 */
export const ruleCodes = [
  // orders and terms
  "TERMS_NOT_ACCEPTED",
  "TERMS_OUTDATED",
  "NO_PRICE_LIST",
  "NO_VAT_RATE",
  "NO_TERMS",
  "CONTRACT_MODEL_NOT_OFFERED",
  "ORDER_NOT_EDITABLE",
  "ORDER_NOT_CANCELLABLE",
  "CHANGE_NOT_PENDING",
  "INVALID_STATE",
  // coordination and gigs
  "READINESS_MISSING",
  "DOUBLE_BOOKED",
  "COMMISSION_BLOCKED_UNEMPLOYMENT_BENEFIT",
  "CONTRACT_MODEL_NOT_ALLOWED_FOR_CLIENT",
  "WORK_ACTIVITY_DAY_NOT_CONFIRMED",
  "OVERLAPS_WORK_ACTIVITY_HOURS",
  "MOVE_OUTSIDE_WEEK",
  "MOVE_FROM_NOT_WORK_ACTIVITY_DAY",
  "MOVE_TO_WORK_ACTIVITY_DAY",
  "MOVE_CLASHES_WITH_GIG",
  "CLIENT_NOT_READY",
  "CLIENT_PRACTISING_NOT_PRACTISED",
  "CONTRACT_MODEL_NOT_STAFFABLE",
  "CONTRACT_MODEL_UNCHANGED",
  "CLIENT_NOT_IN_JOBCENTER",
  "GIG_NOT_IN_STATE",
  "SESSION_FULL",
  "GIG_NOT_YET",
  "SESSION_IN_PAST",
  // hours
  "HOURS_LOCKED",
  "REASON_REQUIRED",
  "GIG_NOT_BEGUN",
  "ORDER_HOURS_NOT_APPROVED",
  "HOURS_NOT_READY",
  "HOURS_ALREADY_CONFIRMED",
  "DISPUTE_NOT_OPEN",
  "HOURS_IN_DISPUTE",
  // accounts
  "LAST_ADMIN",
  "EMAIL_TAKEN",
  "USERNAME_TAKEN",
  // orderer verification (ADR 055)
  "ORDERER_UNVERIFIED",
  "ORDERER_NOT_WAITING",
  "ORDERER_DUPLICATE_BUSINESS_ID",
  "ORDERER_NOT_DUPLICATE",
  // orders from any channel (ADR 024)
  "ORDERER_CLOSED",
  "ORDERER_BUSINESS_ID_EXISTS",
  "CONTACT_INACTIVE",
  // dated tables (prices, VAT, terms)
  "VALID_FROM_TOO_EARLY",
  // pay runs (ADR 063)
  "PAY_PERIOD_NOT_ENDED",
  "PAY_RUN_NOT_DRAFT",
  "PAY_RUN_NOT_CONFIRMED",
  // people in and out (ADR 012)
  "POSSIBLE_DUPLICATE_CLIENT",
  "OPEN_GIGS_REMAIN",
  "UNIT_NOT_IN_JOBCENTER",
  // invoices (ADR 060)
  "HOURS_INVOICED",
  "SELLER_DETAILS_MISSING",
  "INVOICE_NOT_CREDITABLE",
  "INVOICE_ALREADY_PAID",
  "NOT_INVOICED",
  "PAYMENTS_FILE_UNREADABLE",
  // job queue (ADR 008)
  "JOB_ALREADY_RETRIED",
  // data rights (ADR 074)
  "NOT_DUE_FOR_ERASURE",
  "ALREADY_ERASED",
  // pathways (ADR 071)
  "PATHWAY_DAY_IN_FUTURE",
  "FIRST_GIG_ALREADY_RECORDED",
] as const;
export type RuleCode = (typeof ruleCodes)[number];

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: ActionErrorCode;
      /** for RULE_VIOLATION */
      rule?: RuleCode;
      /** for INVALID_INPUT: field path → message key in the `validation` namespace */
      fieldErrors?: Record<string, ValidationKey>;
      /** for RATE_LIMITED: how long until a new try can succeed */
      retryAfterSeconds?: number;
    };

/** Thrown inside an action to stop it, roll back and return this error. */
export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    readonly rule?: RuleCode,
  ) {
    super(rule ? `${code}: ${rule}` : code);
  }
}

export function ruleViolation(rule: RuleCode): ActionError {
  return new ActionError("RULE_VIOLATION", rule);
}
