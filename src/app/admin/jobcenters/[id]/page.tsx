import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { SectionHeading } from "@/components/ui/Text";
import { JobcenterForm } from "@/features/admin/components/JobcenterForm";
import { UnitForm } from "@/features/admin/components/UnitForm";
import { SellerDetailsForm } from "@/features/invoicing/components/InvoiceForms";
import { getJobcenterDetail } from "@/features/admin/queries";
import { requirePermission } from "@/server/page";

export default async function JobcenterPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { db } = await requirePermission("jobcenter.manage", { jobcenterId: id });
  const jc = await getJobcenterDetail(db, id);
  if (!jc) notFound();
  const t = await getTranslations("admin");
  return (
    <>
      <PageHeader title={jc.name} lead={t(`kind.${jc.kind}`)} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <SectionHeading>{t("user.details")}</SectionHeading>
          <JobcenterForm
            initial={{
              id: jc.id,
              name: jc.name,
              slug: jc.slug,
              kind: jc.kind,
              contractModels: jc.contractModels,
              blockCommissionForUnemploymentBenefit: jc.blockCommissionForUnemploymentBenefit,
              email: jc.email,
              phone: jc.phone,
              active: jc.active,
            }}
          />
        </Card>
        <Card>
          <SellerDetailsForm jobcenterId={jc.id} seller={jc} />
        </Card>
        <section aria-labelledby="units-heading" className="space-y-4">
          <h2 id="units-heading" className="text-xl font-bold">
            {t("units.title")}
          </h2>
          {jc.units.length === 0 ? <EmptyState>{t("units.none")}</EmptyState> : null}
          {jc.units.map((u) => (
            <Card key={u.id} as="article">
              <details>
                <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-2">
                  <span className="text-lg font-semibold">{u.name}</span>
                  <span className="text-muted">
                    {u.area ? `${u.area} · ` : ""}
                    {t("units.clients")}: {u._count.clients}
                  </span>
                  {!u.active ? <Badge tone="danger">{t("units.inactive")}</Badge> : null}
                  <span className="sr-only">{t("units.edit", { name: u.name })}</span>
                </summary>
                <div className="mt-3">
                  <UnitForm
                    jobcenterId={jc.id}
                    initial={{ id: u.id, name: u.name, address: u.address, area: u.area, phone: u.phone, email: u.email, active: u.active }}
                  />
                </div>
              </details>
            </Card>
          ))}
          <Card>
            <SectionHeading level={3}>{t("units.new")}</SectionHeading>
            <UnitForm jobcenterId={jc.id} />
          </Card>
        </section>
      </div>
    </>
  );
}
