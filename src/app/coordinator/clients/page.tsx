import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { TextLink } from "@/components/ui/Text";
import { orderListChoices, searchClients } from "@/features/intake/queries";
import { requireRole } from "@/server/page";

export async function generateMetadata() {
  const t = await getTranslations("intake.clients");
  return { title: t("title") };
}

const field = "mt-1 block min-h-11 w-full rounded-lg border border-gray-400 px-3";
const param = (v: unknown, max = 100) => (typeof v === "string" && v ? v.slice(0, max) : undefined);

/** The coordinator's client search in their Jobcenter: the work profile only (ADR 033). */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const f = { q: param(sp.q), unitId: param(sp.unitId, 40), skill: param(sp.skill), after: param(sp.after, 250) };
  const { db, user } = await requireRole("COORDINATOR");
  const t = await getTranslations("intake.clients");
  const tc = await getTranslations("coordination");
  const jobcenterIds = user.grants.filter((g) => g.role === "COORDINATOR" && g.jobcenterId).map((g) => g.jobcenterId!);
  const { units } = await orderListChoices(db, jobcenterIds);
  const unitId = units.some((u) => u.id === f.unitId) ? f.unitId : undefined;
  const { rows, next } = await searchClients(db, jobcenterIds, { ...f, unitId });
  const keep = Object.fromEntries(Object.entries({ q: f.q, unitId, skill: f.skill }).filter(([, v]) => v)) as Record<string, string>;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card className="mb-4">
        <form method="get" className="grid gap-3 sm:grid-cols-3">
          <label htmlFor="c-q" className="font-semibold">
            {t("name")}
            <input id="c-q" name="q" defaultValue={f.q ?? ""} maxLength={100} className={field} />
          </label>
          <label htmlFor="c-unit" className="font-semibold">
            {t("unit")}
            <select id="c-unit" name="unitId" defaultValue={unitId ?? ""} className={field}>
              <option value="">{t("allUnits")}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor="c-skill" className="font-semibold">
            {t("skill")}
            <input id="c-skill" name="skill" defaultValue={f.skill ?? ""} maxLength={100} className={field} />
          </label>
          <div className="sm:col-span-3">
            <button type="submit" className={buttonClass("primary")}>
              {t("search")}
            </button>
          </div>
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
              { header: t("colName"), cell: (r) => <TextLink href={`/coordinator/clients/${r.id}`}>{`${r.firstName} ${r.lastName}`}</TextLink> },
              { header: t("colUnit"), cell: (r) => r.unit.name },
              { header: t("colArea"), cell: (r) => r.area ?? "–" },
              { header: t("colSkills"), cell: (r) => (r.skills.length ? r.skills.join(", ") : "–") },
              { header: t("colReadiness"), cell: (r) => <Badge tone={r.readiness === "READY" ? "ok" : "neutral"}>{tc(`readiness.${r.readiness}`)}</Badge> },
            ]}
          />
          {next ? (
            <p className="mt-3">
              <TextLink href={`/coordinator/clients?${new URLSearchParams({ ...keep, after: next }).toString()}`}>{t("more")}</TextLink>
            </p>
          ) : null}
        </Card>
      )}
    </>
  );
}
