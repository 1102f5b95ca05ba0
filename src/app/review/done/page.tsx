import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/AppShell";
import { LinkButton } from "@/components/ui/Button";
import { Alert, Card } from "@/components/ui/Card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("intake.review");
  return { title: t("title"), robots: { index: false } };
}

/** After the review link was used (ADR 024): what happens next, and sign-in for an account. */
export default async function Page({ searchParams }: { searchParams: Promise<{ account?: string }> }) {
  const { account } = await searchParams;
  const t = await getTranslations("intake.review");
  return (
    <AppShell narrow>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <Card>
        <div className="space-y-4">
          <Alert tone="ok">{t("done")}</Alert>
          <p>{account === "created" ? t("doneAccount") : account === "existing" ? t("doneExisting") : t("doneNoAccount")}</p>
          {account === "created" || account === "existing" ? <LinkButton href="/signin?as=staff">{t("signIn")}</LinkButton> : null}
        </div>
      </Card>
    </AppShell>
  );
}
