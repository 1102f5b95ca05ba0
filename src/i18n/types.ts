import type { AppLocale, Namespace } from "./config";
import type { formats } from "./format";
import type admin from "./messages/fi/admin.json";
import type auth from "./messages/fi/auth.json";
import type client from "./messages/fi/client.json";
import type common from "./messages/fi/common.json";
import type coordination from "./messages/fi/coordination.json";
import type errors from "./messages/fi/errors.json";
import type hours from "./messages/fi/hours.json";
import type intake from "./messages/fi/intake.json";
import type invoicing from "./messages/fi/invoicing.json";
import type orders from "./messages/fi/orders.json";
import type payroll from "./messages/fi/payroll.json";
import type notifications from "./messages/fi/notifications.json";
import type feedback from "./messages/fi/feedback.json";
import type people from "./messages/fi/people.json";
import type pricing from "./messages/fi/pricing.json";
import type rights from "./messages/fi/rights.json";
import type reports from "./messages/fi/reports.json";
import type publicMessages from "./messages/fi/public.json";
import type unit from "./messages/fi/unit.json";
import type validation from "./messages/fi/validation.json";

/**
 * The Finnish files are the source of the keys (messages.test.ts keeps Swedish and English
 * equal to them), so a key missing or misspelt in `t("...")` fails the type check.
 */
export type AppMessages = {
  common: typeof common;
  auth: typeof auth;
  errors: typeof errors;
  validation: typeof validation;
  admin: typeof admin;
  public: typeof publicMessages;
  orders: typeof orders;
  pricing: typeof pricing;
  coordination: typeof coordination;
  unit: typeof unit;
  hours: typeof hours;
  client: typeof client;
  intake: typeof intake;
  invoicing: typeof invoicing;
  payroll: typeof payroll;
  people: typeof people;
  notifications: typeof notifications;
  rights: typeof rights;
  feedback: typeof feedback;
  reports: typeof reports;
};

// A namespace added to config.ts without its type here (or the other way round) fails the check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namespacesTyped: Same<Namespace, keyof AppMessages> = true;
void namespacesTyped;

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: AppMessages;
    Formats: typeof formats;
  }
}
