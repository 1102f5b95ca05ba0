import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import { dayOfDateColumn } from "@/lib/dates";
import { getContext } from "@/server/context";
import { readPayDetailsAudited } from "../queries";
import { ibanEnding, maskPersonalIdentityCode } from "../rules";
import { PayDetailsForm } from "./PayDetailsForm";

/**
 * The worker's pay details on the unit's client page: read through the audited query, and only
 * masked back to the page (the whole code and IBAN leave the app in the payroll export only).
 */
export async function PayDetailsCard({ clientId }: { clientId: string }) {
  const { db, user } = await getContext();
  if (!user) return null;
  const read = await readPayDetailsAudited(db, user, clientId);
  if (!read) return null;
  const t = await getTranslations("payroll.details");
  const d = read.details;
  const percent = d?.withholdingBp === null || d?.withholdingBp === undefined ? "" : (d.withholdingBp / 100).toString().replace(".", ",");
  return (
    <Card>
      <h2 className="mb-1 text-xl font-semibold">{t("title")}</h2>
      <p className="mb-3 text-sm text-muted">{t("lead")}</p>
      <PayDetailsForm
        clientId={clientId}
        stored={{ code: maskPersonalIdentityCode(d?.personalIdentityCode), ibanEnding: ibanEnding(d?.iban) }}
        values={{
          withholdingPercent: percent,
          taxCardValidFrom: d?.taxCardValidFrom ? dayOfDateColumn(d.taxCardValidFrom) : "",
          taxCardValidTo: d?.taxCardValidTo ? dayOfDateColumn(d.taxCardValidTo) : "",
        }}
      />
    </Card>
  );
}
