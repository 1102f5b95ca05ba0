import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/layout/AppShell";
import { Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { activeJobcenters } from "@/features/orders/queries";
import { getContext } from "@/server/context";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("public");
  return { title: t("list.title") };
}

export default async function Page() {
  const t = await getTranslations("public");
  const { db } = await getContext();
  const jobcenters = await activeJobcenters(db);
  return (
    <AppShell>
      <PageHeader title={t("list.title")} lead={t("list.lead")} />
      {jobcenters.length === 0 ? (
        <EmptyState>{t("list.empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {jobcenters.map((jc) => (
            <Card as="li" key={jc.id}>
              <h2 className="text-xl font-bold">
                <Link href={`/order/${jc.slug}`} className="text-brand-700 underline-offset-4 hover:underline">
                  {jc.name}
                </Link>
              </h2>
              <p className="mt-1">{t(`kind.${jc.kind}`)}</p>
            </Card>
          ))}
        </ul>
      )}
    </AppShell>
  );
}
