import { getTranslations } from "next-intl/server";
import { HistoryScreen } from "@/features/client-app/components/HistoryScreen";
import { clientPageContext } from "@/features/client-app/page-data";

export async function generateMetadata() {
  const t = await getTranslations("client.nav");
  return { title: t("history") };
}

export default async function Page({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { after } = await searchParams;
  const { db, client, locale, now } = await clientPageContext({ view: "history" });
  return <HistoryScreen db={db} clientId={client.id} locale={locale} now={now} after={after} />;
}
