import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, Card, PageHeader } from "@/components/ui/Card";
import { SectionHeading, TextLink } from "@/components/ui/Text";
import { can } from "@/features/auth/permissions";
import { againFormValues } from "@/features/intake/again";
import { staffableContractModelsOf } from "@/features/clients/queries";
import { OrderForm } from "@/features/orders/components/OrderForm";
import { billingDefaultsOf, draftFormValues, type OrderFields } from "@/features/orders/components/OrderForm/values";
import { activeJobcenters, currentTermsFor, draftForEditing, findJobcenter, jobcenterBySlug, ordererDefaults, ordererIdOf } from "@/features/orders/queries";
import { isEditable } from "@/features/orders/rules";
import type { ContractModel } from "@/generated/prisma/enums";
import { dateColumnOf } from "@/lib/dates";
import { requireUser } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("orders");
  return { title: t("new.title") };
}

/** A signed-in orderer: a new order (or a saved draft) for a Jobcenter. */
export default async function Page({ searchParams }: { searchParams: Promise<{ jobcenter?: string; draft?: string; again?: string }> }) {
  const sp = await searchParams;
  const t = await getTranslations("orders");
  const locale = await getLocale();
  const { db, user, now } = await requireUser();
  const ordererId = ordererIdOf(user.grants);
  if (!ordererId) notFound();

  let initial: Partial<OrderFields> = {};
  let draft: { id: string; requestKey: string } | undefined;
  let jc: { id: string; name: string; contractModels: ContractModel[]; blockCommissionForUnemploymentBenefit: boolean } | null = null;
  if (sp.draft) {
    const order = await draftForEditing(db, sp.draft);
    if (!order || !can(user, "order.edit", { ordererId: order.ordererId }) || !isEditable(order)) notFound();
    draft = { id: order.id, requestKey: order.requestKey ?? order.id };
    initial = draftFormValues(order);
    jc = await findJobcenter(db, order.jobcenterId);
  } else if (sp.again) {
    // "Order again": a finished order's details with new dates (intake/again.ts)
    const order = await draftForEditing(db, sp.again);
    if (!order || !can(user, "order.create", { ordererId: order.ordererId })) notFound();
    const values = againFormValues(order, now());
    if (!values) notFound();
    initial = values;
    jc = await findJobcenter(db, order.jobcenterId);
  } else {
    const o = await ordererDefaults(db, ordererId);
    if (o) initial = billingDefaultsOf(o);
    if (sp.jobcenter) jc = await jobcenterBySlug(db, sp.jobcenter);
  }

  if (!jc) {
    const all = await activeJobcenters(db);
    return (
      <>
        <PageHeader title={t("new.title")} lead={t("new.chooseJobcenter")} />
        <ul className="grid gap-4 sm:grid-cols-2">
          {all.map((j) => (
            <Card as="li" key={j.id}>
              <SectionHeading size="sub" className="">
                <TextLink href={`/orderer/orders/new?jobcenter=${j.slug}`}>{j.name}</TextLink>
              </SectionHeading>
              <TextLink href={`/order/${j.slug}`} className="mt-1 text-sm">
                {t("new.readMore")}
              </TextLink>
            </Card>
          ))}
        </ul>
      </>
    );
  }

  const terms = await currentTermsFor(db, jc.id, locale, dateColumnOf(now()));
  // Only the models the Jobcenter can staff are offered, and none is pre-selected that it cannot (ADR 034).
  const staffable = await staffableContractModelsOf(db, jc);
  if (initial.contractModel && !staffable.includes(initial.contractModel)) delete initial.contractModel;
  return (
    <>
      <PageHeader title={draft ? t("new.editDraft") : t("new.title")} lead={t("new.lead", { name: jc.name })} />
      {staffable.length === 0 ? <Alert tone="warn">{t("new.noStaffableModel")}</Alert> : null}
      <OrderForm
        mode="orderer"
        jobcenter={{ id: jc.id, name: jc.name, contractModels: staffable }}
        terms={terms && { id: terms.id, title: terms.title, body: terms.body, version: terms.version, cancellationFeeCents: terms.cancellationFeeCents }}
        initial={initial}
        draft={draft}
      />
    </>
  );
}
