import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/AppShell";
import { LinkButton } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";

export default async function Landing() {
  const t = await getTranslations("common");
  return (
    <AppShell>
      <section className="mb-8">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("appName")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("tagline")}</p>
      </section>
      <div className="grid gap-4 sm:grid-cols-2">
        <Card>
          <h2 className="text-xl font-bold">{t("landing.orderTitle")}</h2>
          <p className="mt-1 mb-4">{t("landing.orderText")}</p>
          <LinkButton href="/order">{t("landing.orderCta")}</LinkButton>
        </Card>
        <Card>
          <h2 className="text-xl font-bold">{t("landing.signInTitle")}</h2>
          <p className="mt-1 mb-4">{t("landing.signInText")}</p>
          <div className="flex flex-wrap gap-2">
            <LinkButton href="/signin">{t("landing.clientSignIn")}</LinkButton>
            <LinkButton href="/signin?as=staff" variant="secondary">
              {t("landing.staffSignIn")}
            </LinkButton>
          </div>
        </Card>
      </div>
    </AppShell>
  );
}
