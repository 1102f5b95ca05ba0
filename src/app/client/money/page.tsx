import { getTranslations } from "next-intl/server";
import { loadMoneyView } from "@/features/benefits/queries";
import { MoneyScreen } from "@/features/client-app/components/MoneyScreen";
import { clientPageContext } from "@/features/client-app/page-data";
import { ClientStatements } from "@/features/payroll/components/ClientStatements";
import { listClientStatements } from "@/features/payroll/queries";

export async function generateMetadata() {
  const t = await getTranslations("client.nav");
  return { title: t("money") };
}

export default async function Page() {
  const { db, client, locale, now } = await clientPageContext({ view: "money" });
  const view = await loadMoneyView(db, client, now);
  const statements = await listClientStatements(db, client.id);
  return (
    <>
      <MoneyScreen view={view} locale={locale} />
      <ClientStatements statements={statements} locale={locale} />
    </>
  );
}
