import { loadMoneyView } from "@/features/benefits/queries";
import { MoneyScreen } from "@/features/client-app/components/MoneyScreen";
import { clientPageContext } from "@/features/client-app/page-data";
import { SupportFrame } from "../SupportFrame";

// Support mode: the client's money page as the client sees it (audited).
export default async function Page({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { db, client, locale, now } = await clientPageContext({ clientId, view: "money" });
  const view = await loadMoneyView(db, client, now);
  return (
    <SupportFrame clientId={client.id} name={`${client.firstName} ${client.lastName}`}>
      <MoneyScreen view={view} locale={locale} showSource />
    </SupportFrame>
  );
}
