import { getTranslations } from "next-intl/server";
import { getAppFormatter } from "@/i18n/server";

/** The line every page that shows data because of a consent carries (ADR 072). */
export async function ConsentNote({ consent }: { consent: { agreedOn: Date; validUntil: Date | null } }) {
  const t = await getTranslations("rights.consent");
  const fmt = await getAppFormatter();
  return (
    <p className="mb-2 text-sm text-muted" data-testid="consent-note">
      {consent.validUntil
        ? t("shownBecause", { agreed: fmt.day(consent.agreedOn), until: fmt.day(consent.validUntil) })
        : t("shownBecauseOpen", { agreed: fmt.day(consent.agreedOn) })}
    </p>
  );
}
