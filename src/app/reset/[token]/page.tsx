import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenPage } from "@/features/admin/components/TokenPage";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.password");
  // The token stays out of the referrer when the person follows a link from this page.
  return { title: t("resetTitle"), referrer: "no-referrer", robots: { index: false } };
}

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <TokenPage token={token} kind="reset" />;
}
