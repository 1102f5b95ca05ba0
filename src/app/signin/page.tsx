import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/AppShell";
import { Card } from "@/components/ui/Card";
import { SignInForms } from "@/features/auth/components/SignInForms";
import { getContext } from "@/server/context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ as?: string }> }) {
  const { user } = await getContext();
  if (user) redirect("/home");
  const t = await getTranslations("auth");
  const { as } = await searchParams;
  return (
    <AppShell narrow>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <Card>
        <SignInForms initialMode={as === "staff" ? "staff" : "client"} />
      </Card>
    </AppShell>
  );
}
