import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/Card";
import { can } from "@/features/auth/permissions";
import { OrderForm, type OrderFormValues } from "@/features/orders/components/OrderForm";
import { activeJobcenters, currentTermsFor, jobcenterBySlug, ordererDefaults, ordererIdOf } from "@/features/orders/queries";
import { dateColumnOf, dayKey, formatTime } from "@/lib/dates";
import { requireUser } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("orders");
  return { title: t("new.title") };
}

/** A signed-in orderer: a new order (or a saved draft) for a Jobcenter. */
export default async function Page({ searchParams }: { searchParams: Promise<{ jobcenter?: string; draft?: string }> }) {
  const sp = await searchParams;
  const t = await getTranslations("orders");
  const locale = await getLocale();
  const { db, user, now } = await requireUser();
  const ordererId = ordererIdOf(user.grants);
  if (!ordererId) notFound();

  let initial: Partial<OrderFormValues> = {};
  let draft: { id: string; requestKey: string } | undefined;
  let jobcenterId: string | undefined;
  if (sp.draft) {
    const order = await db.order.findUnique({ where: { id: sp.draft }, include: { sessions: { orderBy: { startsAt: "asc" } } } });
    if (!order || !can(user, "order.edit", { ordererId: order.ordererId }) || order.status !== "DRAFT") notFound();
    draft = { id: order.id, requestKey: order.requestKey ?? order.id };
    jobcenterId = order.jobcenterId;
    initial = {
      category: order.category,
      title: order.title,
      description: order.description,
      remote: order.remote,
      streetAddress: order.streetAddress ?? "",
      postalCode: order.postalCode ?? "",
      city: order.city ?? "",
      scheduleKind: order.scheduleKind,
      sessions: order.sessions.length
        ? order.sessions.map((s) => ({ date: dayKey(s.startsAt), start: formatTime(s.startsAt, "fi").replace(".", ":"), end: formatTime(s.endsAt, "fi").replace(".", ":") }))
        : undefined,
      windowText: order.windowText ?? "",
      hours: order.hoursPerWorkerMin ? String(order.hoursPerWorkerMin / 60).replace(".", ",") : "",
      workerCount: String(order.workerCount),
      ordererProvides: order.ordererProvides ?? "",
      orientation: order.orientation ?? "",
      siteContactName: order.siteContactName ?? "",
      siteContactPhone: order.siteContactPhone ?? "",
      contractModel: order.contractModel,
      billingMethod: order.billingMethod ?? "E_INVOICE",
      businessId: order.businessId ?? "",
      eInvoiceAddress: order.eInvoiceAddress ?? "",
      eInvoiceOperator: order.eInvoiceOperator ?? "",
      billingEmail: order.billingEmail ?? "",
      billingReference: order.billingReference ?? "",
      billingName: order.billingName ?? "",
      billingAddress: order.billingAddress ?? "",
    };
  } else {
    const o = await ordererDefaults(db, ordererId);
    if (o)
      initial = {
        businessId: o.businessId ?? "",
        billingMethod: o.billingMethod ?? "E_INVOICE",
        eInvoiceAddress: o.eInvoiceAddress ?? "",
        eInvoiceOperator: o.eInvoiceOperator ?? "",
        billingEmail: o.billingEmail ?? "",
        billingReference: o.billingReference ?? "",
        billingName: o.kind === "PRIVATE_PERSON" ? o.name : "",
        billingAddress: o.kind === "PRIVATE_PERSON" ? [o.streetAddress, [o.postalCode, o.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") : "",
      };
  }

  const jc = jobcenterId
    ? await db.jobcenter.findFirst({ where: { id: jobcenterId, active: true }, select: { id: true, slug: true, name: true, contractModels: true } })
    : sp.jobcenter
      ? await jobcenterBySlug(db, sp.jobcenter)
      : null;

  if (!jc) {
    const all = await activeJobcenters(db);
    return (
      <>
        <PageHeader title={t("new.title")} lead={t("new.chooseJobcenter")} />
        <ul className="grid gap-4 sm:grid-cols-2">
          {all.map((j) => (
            <Card as="li" key={j.id}>
              <h2 className="text-lg font-bold">
                <Link href={`/orderer/orders/new?jobcenter=${j.slug}`} className="text-brand-700 underline-offset-4 hover:underline">
                  {j.name}
                </Link>
              </h2>
              <Link href={`/order/${j.slug}`} className="mt-1 inline-flex min-h-11 items-center text-sm text-brand-700 underline">
                {t("new.readMore")}
              </Link>
            </Card>
          ))}
        </ul>
      </>
    );
  }

  const terms = await currentTermsFor(db, jc.id, locale, dateColumnOf(now()));
  return (
    <>
      <PageHeader title={draft ? t("new.editDraft") : t("new.title")} lead={t("new.lead", { name: jc.name })} />
      <OrderForm
        mode="orderer"
        jobcenter={{ id: jc.id, name: jc.name, contractModels: jc.contractModels }}
        terms={terms && { id: terms.id, title: terms.title, body: terms.body, version: terms.version, cancellationFeeCents: terms.cancellationFeeCents }}
        initial={initial}
        draft={draft}
      />
    </>
  );
}
