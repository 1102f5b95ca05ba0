import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/AppShell";
import { Card } from "@/components/ui/Card";
import { ForgotPasswordForm } from "@/features/orderers/components/ForgotPasswordForm";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgot");
  return { title: t("title") };
}

export default async function Page() {
  const t = await getTranslations("auth.forgot");
  return (
    <AppShell narrow>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <Card>
        <ForgotPasswordForm />
      </Card>
    </AppShell>
  );
}
