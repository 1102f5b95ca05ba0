import { getTranslations } from "next-intl/server";
import { loadMoneyView } from "@/features/benefits/queries";
import { MoneyScreen } from "@/features/client-app/components/MoneyScreen";
import { clientPageContext } from "@/features/client-app/page-data";

export async function generateMetadata() {
  const t = await getTranslations("client.nav");
  return { title: t("money") };
}

export default async function Page() {
  const { db, client, locale, now } = await clientPageContext({ view: "money" });
  const view = await loadMoneyView(db, client, now);
  return <MoneyScreen view={view} locale={locale} />;
}
