import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { TextLink } from "@/components/ui/Text";
import { ordererList } from "@/features/intake/queries";
import { requireRole } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("intake.orderers");
  return { title: t("title") };
}

/** The orderers that have ordered from the coordinator's Jobcenters, by name, a page at a time. */
export default async function Page({ searchParams }: { searchParams: Promise<{ q?: string; after?: string }> }) {
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 100) : undefined;
  const after = typeof sp.after === "string" ? sp.after.slice(0, 250) : undefined;
  const { db, user } = await requireRole("COORDINATOR");
  const t = await getTranslations("intake.orderers");
  const tk = await getTranslations("orders");
  const jobcenterIds = user.grants.filter((g) => g.role === "COORDINATOR" && g.jobcenterId).map((g) => g.jobcenterId!);
  const { rows, next } = await ordererList(db, jobcenterIds, q, after);
  const nextHref = next ? `/coordinator/orderers?${new URLSearchParams({ ...(q ? { q } : {}), after: next }).toString()}` : null;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card className="mb-4">
        <form method="get" className="flex flex-wrap items-end gap-3">
          <label htmlFor="orderers-q" className="font-semibold">
            {t("search")}
            <input id="orderers-q" name="q" defaultValue={q ?? ""} maxLength={100} className="mt-1 block min-h-11 w-72 max-w-full rounded-lg border border-gray-400 px-3" />
          </label>
          <button type="submit" className={buttonClass("primary")}>
            {t("searchButton")}
          </button>
        </form>
      </Card>
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Card>
          <DataTable
            label={t("title")}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t("colName"), cell: (r) => <TextLink href={`/coordinator/orderers/${r.id}`}>{r.name}</TextLink> },
              { header: t("colKind"), cell: (r) => tk(`ordererKind.${r.kind}`) },
              { header: t("colBusinessId"), cell: (r) => r.businessId ?? "–" },
              { header: t("colOrders"), cell: (r) => r._count.orders },
            ]}
          />
          {nextHref ? (
            <p className="mt-3">
              <TextLink href={nextHref}>{t("more")}</TextLink>
            </p>
          ) : null}
        </Card>
      )}
    </>
  );
}
