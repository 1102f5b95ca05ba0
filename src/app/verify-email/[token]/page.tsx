import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/AppShell";
import { Card } from "@/components/ui/Card";
import { ConfirmEmailForm } from "@/features/orderers/components/ConfirmEmailForm";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.verifyEmail");
  // The token stays out of the referrer when the person follows a link from this page.
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth.verifyEmail");
  return (
    <AppShell narrow>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <Card>
        <ConfirmEmailForm token={token} />
      </Card>
    </AppShell>
  );
}
