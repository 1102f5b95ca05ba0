import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/Card";
import { AddClientForm } from "@/features/people/components/AddClientForm";
import { unitsByIds } from "@/features/people/queries";
import { dayKey } from "@/lib/dates";
import { requireRole } from "@/server/page";

export default async function Page() {
  const { db, user, now } = await requireRole("UNIT_STAFF");
  const t = await getTranslations("people.add");
  const unitIds = user.grants.filter((g) => g.role === "UNIT_STAFF" && g.unitId).map((g) => g.unitId!);
  const units = await unitsByIds(db, unitIds);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card>
        <AddClientForm units={units.map((u) => ({ id: u.id, name: u.name, contractModels: u.jobcenter.contractModels }))} today={dayKey(now())} />
      </Card>
    </>
  );
}
