import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { Card, PageHeader } from "@/components/ui/Card";
import { TextLink } from "@/components/ui/Text";
import { can } from "@/features/auth/permissions";
import { staffableContractModelsOf } from "@/features/clients/queries";
import { againFormValues } from "@/features/intake/again";
import { EnterOrderForm } from "@/features/intake/components/EnterOrderForm";
import { ordererToPick, searchOrderers } from "@/features/intake/queries";
import { draftForEditing, findJobcenter } from "@/features/orders/queries";
import type { OrderFields } from "@/features/orders/components/OrderForm";
import { requireRole } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("intake.enter");
  return { title: t("title") };
}

/**
 * A phoned-in or emailed order (seed 004: 354-374): first who orders (search, or a new
 * orderer), then the order. "Order again" (?again=<order>) starts from a finished order.
 */
export default async function Page({ searchParams }: { searchParams: Promise<{ q?: string; orderer?: string; new?: string; again?: string; jobcenter?: string }> }) {
  const sp = await searchParams;
  const { db, user, now } = await requireRole("COORDINATOR");
  const t = await getTranslations("intake.enter");
  const jobcenterIds = user.grants.filter((g) => g.role === "COORDINATOR" && g.jobcenterId).map((g) => g.jobcenterId!);

  let initial: Partial<OrderFields> | undefined;
  let ordererId = typeof sp.orderer === "string" ? sp.orderer : undefined;
  let jobcenterId = typeof sp.jobcenter === "string" && jobcenterIds.includes(sp.jobcenter) ? sp.jobcenter : jobcenterIds[0];
  if (typeof sp.again === "string") {
    const source = await draftForEditing(db, sp.again);
    if (!source || !can(user, "order.enter", { jobcenterId: source.jobcenterId })) notFound();
    initial = againFormValues(source, now()) ?? undefined;
    if (!initial) notFound();
    ordererId = source.ordererId;
    jobcenterId = source.jobcenterId;
  }
  const jc = jobcenterId ? await findJobcenter(db, jobcenterId) : null;
  if (!jc || !can(user, "order.enter", { jobcenterId: jc.id })) notFound();
  // Only the models the Jobcenter can staff, as on the orderer's form (ADR 034).
  const staffable = await staffableContractModelsOf(db, jc);
  if (initial?.contractModel && !staffable.includes(initial.contractModel)) delete initial.contractModel;

  const picked = ordererId ? await ordererToPick(db, jobcenterIds, ordererId) : null;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 100) : "";
  const found = !picked && q ? await searchOrderers(db, jobcenterIds, q) : [];
  const chosen = picked || sp.new === "1";

  return (
    <>
      <PageHeader title={t("title")} lead={t("lead", { name: jc.name })} />
      {!chosen ? (
        <Card>
          <h2 className="mb-2 text-xl font-semibold">{t("pickTitle")}</h2>
          <form method="get" className="flex flex-wrap items-end gap-3">
            <label htmlFor="orderer-q" className="font-semibold">
              {t("searchLabel")}
              <input id="orderer-q" name="q" defaultValue={q} maxLength={100} className="mt-1 block min-h-11 w-72 max-w-full rounded-lg border border-gray-400 px-3" />
            </label>
            <button type="submit" className={buttonClass("primary")}>
              {t("search")}
            </button>
          </form>
          {q ? (
            found.length ? (
              <ul className="mt-3 space-y-1">
                {found.map((o) => (
                  <li key={o.id}>
                    <Link href={`/coordinator/orders/new?orderer=${o.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                      {o.name}
                      {o.businessId ? ` (${o.businessId})` : ""}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-3">{t("noneFound")}</p>
            )
          ) : null}
          <p className="mt-4">
            <TextLink href="/coordinator/orders/new?new=1">{t("newOrderer")}</TextLink>
          </p>
        </Card>
      ) : (
        <>
          <p className="mb-4">
            <TextLink href="/coordinator/orders/new">{t("changeOrderer")}</TextLink>
          </p>
          <EnterOrderForm jobcenter={{ id: jc.id, name: jc.name, contractModels: staffable }} orderer={picked} initial={initial} />
        </>
      )}
    </>
  );
}
