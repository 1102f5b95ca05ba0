import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/ActionButton";
import { Badge } from "@/components/ui/Card";
import { setAutoInvoicing } from "../actions";

/** The Jobcenter's automatic monthly run (ADR 008): what it does, whether it is on, and the switch. */
export async function AutoInvoicingCard({ jobcenterId, on }: { jobcenterId: string; on: boolean }) {
  const t = await getTranslations("invoicing.pages.autoRun");
  return (
    <div>
      <h2 className="mb-1 flex items-center gap-2 text-xl font-semibold">
        {t("title")} <Badge tone={on ? "ok" : "neutral"}>{on ? t("on") : t("off")}</Badge>
      </h2>
      <p className="mb-3 text-sm text-muted">{t("lead")}</p>
      <ActionButton action={setAutoInvoicing} input={{ jobcenterId, on: !on }} variant="secondary">
        {on ? t("turnOff") : t("turnOn")}
      </ActionButton>
    </div>
  );
}
