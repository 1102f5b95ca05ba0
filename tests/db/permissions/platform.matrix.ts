import { signOutEverywhere } from "../../../src/features/auth/actions";
import { applyAccountLocale, setLocale } from "../../../src/i18n/actions";
import { entry } from "../../support/matrix";
import { personaNames } from "../../support/world";

export const entries = [
  // Anyone, signed in or not, may choose the interface language.
  entry({ name: "i18n.setLocale", call: setLocale, input: () => ({ locale: "sv" as const }), allowed: personaNames }),
  // Anyone may ask for the account's saved language (signed out: none); it changes no row.
  entry({ name: "i18n.applyAccountLocale", call: applyAccountLocale, input: () => ({}), allowed: personaNames }),
  // Everyone signed in may end all of their own sessions (ADR 052).
  entry({ name: "auth.signOutEverywhere", call: signOutEverywhere, input: () => ({}), allowed: personaNames.filter((p) => p !== "anonymous") }),
];
