import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import type { GigStatus, HoursEventKind } from "@/generated/prisma/enums";
import { HoursTable } from "./HoursTable";

interface OrderGig {
  id: string;
  status: GigStatus;
  startsAt: Date;
  endsAt: Date;
  plannedMinutes: number;
  reportedMinutes: number | null;
  approvedMinutes: number | null;
  client: { firstName: string; lastName: string };
  hoursEvents: { id: string; kind: HoursEventKind; minutes: number | null; reason: string | null; createdAt: Date }[];
}

/** An order's hours: planned versus approved, with approving, entering and correcting. */
export async function OrderHoursCard({ gigs }: { gigs: OrderGig[] }) {
  const t = await getTranslations("hours");
  return (
    <Card>
      <SectionHeading className="mb-1">{t("title")}</SectionHeading>
      <p className="mb-3 text-muted">{t("lead")}</p>
      <HoursTable gigs={gigs.map(({ client, hoursEvents, ...g }) => ({ ...g, clientName: `${client.firstName} ${client.lastName}`, events: hoursEvents }))} />
    </Card>
  );
}
