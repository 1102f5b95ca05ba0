import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { JobcenterForm } from "@/features/admin/components/JobcenterForm";
import { listJobcenters } from "@/features/admin/queries";
import { requirePermission } from "@/server/page";

export default async function JobcentersPage() {
  const { db } = await requirePermission("jobcenter.manage");
  const t = await getTranslations("admin");
  const jobcenters = await listJobcenters(db);
  return (
    <>
      <PageHeader title={t("jobcenters.title")} lead={t("jobcenters.lead")} />
      {jobcenters.length === 0 ? (
        <EmptyState>{t("jobcenters.none")}</EmptyState>
      ) : (
        <ul className="mb-8 grid gap-3 md:grid-cols-2">
          {jobcenters.map((jc) => (
            <li key={jc.id}>
              <Card as="div">
                <h2 className="text-lg font-bold">
                  <Link href={`/admin/jobcenters/${jc.id}`} className="text-brand-700 underline">
                    {jc.name}
                  </Link>
                </h2>
                <p className="text-muted">{t(`kind.${jc.kind}`)}</p>
                <p className="mt-2 flex flex-wrap gap-2">
                  {jc.contractModels.map((m) => (
                    <Badge key={m} tone="info">
                      {t(`contractModel.${m}`)}
                    </Badge>
                  ))}
                  {!jc.active ? <Badge tone="danger">{t("units.inactive")}</Badge> : null}
                </p>
                <p className="mt-2">
                  {t("jobcenters.units")}: {jc._count.units} · {t("jobcenters.orders")}: {jc._count.orders}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
      <Card className="max-w-xl">
        <SectionHeading>{t("jobcenters.new")}</SectionHeading>
        <JobcenterForm />
      </Card>
    </>
  );
}
