import { notFound, redirect } from "next/navigation";
import { GigScreen } from "@/features/client-app/components/GigScreen";
import { clientPageContext } from "@/features/client-app/page-data";
import { currentReplacementOf, findGigDetails } from "@/features/client-app/queries";
import { SupportFrame } from "../../SupportFrame";

// Support mode: one of the client's gigs; staff can answer or report for the client (audited).
export default async function Page({ params }: { params: Promise<{ clientId: string; gigId: string }> }) {
  const { clientId, gigId } = await params;
  const { db, client, locale, now } = await clientPageContext({ clientId, view: "gig" });
  const gig = await findGigDetails(db, gigId);
  if (!gig || gig.clientId !== client.id) notFound();
  if (gig.status === "REPLACED") {
    // An old link after a reschedule: show the gig at its new time, never the old one.
    const current = await currentReplacementOf(db, gig.id, client.id);
    if (current) redirect(`/unit/support/${client.id}/gigs/${current}`);
    notFound();
  }
  return (
    <SupportFrame clientId={client.id} name={`${client.firstName} ${client.lastName}`}>
      <GigScreen db={db} gig={gig} clientBenefits={client.benefits} unitPhone={client.unit.phone} basePath={`/unit/support/${client.id}`} locale={locale} now={now} />
    </SupportFrame>
  );
}
