import { signOutEverywhere } from "../../../src/features/auth/actions";
import { setLocale } from "../../../src/i18n/actions";
import { entry } from "../../support/matrix";
import { personaNames } from "../../support/world";

export const entries = [
  // Anyone, signed in or not, may choose the interface language.
  entry({ name: "i18n.setLocale", call: setLocale, input: () => ({ locale: "sv" as const }), allowed: personaNames }),
  // Everyone signed in may end all of their own sessions (ADR 052).
  entry({ name: "auth.signOutEverywhere", call: signOutEverywhere, input: () => ({}), allowed: personaNames.filter((p) => p !== "anonymous") }),
];
