import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/AppShell";
import { LinkButton } from "@/components/ui/Button";

// In the app's frame and the person's language (the language cookie, as on every page).
export default async function NotFound() {
  const t = await getTranslations("common.errorPages");
  return (
    <AppShell narrow>
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-2 mb-6">{t("notFoundText")}</p>
      <LinkButton href="/">{t("backHome")}</LinkButton>
    </AppShell>
  );
}
