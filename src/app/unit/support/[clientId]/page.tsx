import { ClientHome } from "@/features/client-app/components/ClientHome";
import { clientPageContext } from "@/features/client-app/page-data";
import { listClientGigs } from "@/features/client-app/queries";
import { SupportFrame } from "./SupportFrame";

// Support mode: the client's home as the client sees it (audited as client.support.view).
export default async function Page({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const { db, client, locale } = await clientPageContext({ clientId, view: "home" });
  const gigs = await listClientGigs(db, client.id);
  return (
    <SupportFrame clientId={client.id} name={`${client.firstName} ${client.lastName}`}>
      <ClientHome firstName={client.firstName} unitPhone={client.unit.phone} gigs={gigs} basePath={`/unit/support/${client.id}`} locale={locale} />
    </SupportFrame>
  );
}
