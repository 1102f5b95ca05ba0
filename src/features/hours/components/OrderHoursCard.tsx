import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { HoursTable, type HoursGig } from "./HoursTable";

/** A gig as the order query loads it: the table's row, with the client and events not yet flattened. */
type OrderGig = Omit<HoursGig, "clientName" | "events"> & {
  client: { firstName: string; lastName: string };
  hoursEvents: HoursGig["events"];
};

/** An order's hours: planned versus approved, with approving, entering and correcting. */
export async function OrderHoursCard({ gigs, now }: { gigs: OrderGig[]; now: Date }) {
  const t = await getTranslations("hours");
  return (
    <Card>
      <SectionHeading className="mb-1">{t("title")}</SectionHeading>
      <p className="mb-3 text-muted">{t("lead")}</p>
      <HoursTable gigs={gigs.map(({ client, hoursEvents, ...g }) => ({ ...g, clientName: `${client.firstName} ${client.lastName}`, events: hoursEvents }))} now={now} />
    </Card>
  );
}
