import { HistoryScreen } from "@/features/client-app/components/HistoryScreen";
import { clientPageContext } from "@/features/client-app/page-data";
import { SupportFrame } from "../SupportFrame";

// Support mode: the client's work history; staff can ask for a certificate for the client (audited).
export default async function Page({ params, searchParams }: { params: Promise<{ clientId: string }>; searchParams: Promise<{ after?: string }> }) {
  const { clientId } = await params;
  const { after } = await searchParams;
  const { db, client, locale, now } = await clientPageContext({ clientId, view: "history" });
  return (
    <SupportFrame clientId={client.id} name={`${client.firstName} ${client.lastName}`}>
      <HistoryScreen db={db} clientId={client.id} locale={locale} now={now} after={after} href={`/unit/support/${client.id}/history`} />
    </SupportFrame>
  );
}
