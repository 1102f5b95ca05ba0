import { notFound, redirect } from "next/navigation";
import { GigScreen } from "@/features/client-app/components/GigScreen";
import { clientPageContext } from "@/features/client-app/page-data";
import { currentReplacementOf, findGigDetails } from "@/features/client-app/queries";
import { ClientGigFeedback } from "@/features/feedback/components/ClientGigFeedback";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, client } = await clientPageContext({ view: "gig" });
  const gig = await findGigDetails(db, id);
  return { title: gig && gig.clientId === client.id ? gig.order.title : undefined };
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db, client, locale, now } = await clientPageContext({ view: "gig" });
  const gig = await findGigDetails(db, id);
  if (!gig || gig.clientId !== client.id) notFound();
  if (gig.status === "REPLACED") {
    // An old link after a reschedule: show the gig at its new time, never the old one.
    const current = await currentReplacementOf(db, gig.id, client.id);
    if (current) redirect(`/client/gigs/${current}`);
    notFound();
  }
  return (
    <>
      <GigScreen db={db} gig={gig} clientBenefits={client.benefits} unitPhone={client.unit.phone} basePath="/client" locale={locale} now={now} />
      <ClientGigFeedback db={db} gig={gig} />
    </>
  );
}
