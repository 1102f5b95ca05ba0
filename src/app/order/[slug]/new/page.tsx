import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/AppShell";
import { Alert, PageHeader } from "@/components/ui/Card";
import { staffableContractModelsOf } from "@/features/clients/queries";
import { OrderForm } from "@/features/orders/components/OrderForm";
import { currentTermsFor, jobcenterBySlug } from "@/features/orders/queries";
import { dateColumnOf } from "@/lib/dates";
import { getContext } from "@/server/context";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("public");
  return { title: t("new.title") };
}

/** A first-time orderer registers and orders in one go. */
export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const t = await getTranslations("public");
  const locale = await getLocale();
  const { db, user, now } = await getContext();
  if (user?.grants.some((g) => g.role === "ORDERER_CONTACT")) redirect(`/orderer/orders/new?jobcenter=${slug}`);
  const jc = await jobcenterBySlug(db, slug);
  if (!jc) notFound();
  const terms = await currentTermsFor(db, jc.id, locale, dateColumnOf(now()));
  // Only the models the Jobcenter can staff are offered (ADR 034).
  const staffable = await staffableContractModelsOf(db, jc);
  return (
    <AppShell>
      <PageHeader title={t("new.title")} lead={t("new.lead", { name: jc.name })} />
      <p className="mb-4">
        {t("new.haveAccount")}{" "}
        <Link href="/signin?as=staff" className="font-semibold text-brand-700 underline">
          {t("new.signIn")}
        </Link>
      </p>
      {staffable.length === 0 ? <Alert tone="warn">{t("new.noStaffableModel")}</Alert> : null}
      <OrderForm
        mode="register"
        jobcenter={{ id: jc.id, name: jc.name, contractModels: staffable }}
        terms={terms && { id: terms.id, title: terms.title, body: terms.body, version: terms.version, cancellationFeeCents: terms.cancellationFeeCents }}
      />
    </AppShell>
  );
}
