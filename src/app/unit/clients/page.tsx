import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { unitClients } from "@/features/clients/queries";
import { pausedClients } from "@/features/people/queries";
import { LinkButton } from "@/components/ui/Button";
import { TextLink } from "@/components/ui/Text";
import { requireRole } from "@/server/page";

export default async function Page({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { after } = await searchParams;
  const { db, user } = await requireRole("UNIT_STAFF");
  const tpg = await getTranslations("common.pages");
  const t = await getTranslations("unit");
  const tc = await getTranslations("coordination");
  const tp = await getTranslations("people");
  const unitIds = user.grants.filter((g) => g.role === "UNIT_STAFF" && g.unitId).map((g) => g.unitId!);
  const { rows: clients, next } = await unitClients(db, unitIds, { after });
  const paused = await pausedClients(db, unitIds);
  return (
    <>
      <PageHeader title={t("clients.title")} actions={<LinkButton href="/unit/clients/new">{tp("add.button")}</LinkButton>} />
      <Card>
        {clients.length === 0 ? <EmptyState>{t("home.clientsEmpty")}</EmptyState> : null}
        {clients.length > 0 ? (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">{t("clients.title")}</caption>
              <thead>
                <tr className="border-b border-gray-300">
                  <th scope="col" className="py-2 pr-3">{t("offer.client")}</th>
                  <th scope="col" className="py-2 pr-3">{t("clients.readiness")}</th>
                  <th scope="col" className="py-2 pr-3">{t("clients.skills")}</th>
                  <th scope="col" className="py-2 pr-3">{t("clients.app")}</th>
                </tr>
              </thead>
              <tbody>
                {clients.map((c) => (
                  <tr key={c.id} className="border-b border-gray-100">
                    <td className="py-2 pr-3">
                      <Link href={`/unit/clients/${c.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                        {c.firstName} {c.lastName}
                      </Link>
                    </td>
                    <td className="py-2 pr-3">
                      <Badge tone={c.readiness === "READY" ? "ok" : "neutral"}>{tc(`readiness.${c.readiness}`)}</Badge>
                    </td>
                    <td className="py-2 pr-3">{c.skills.join(", ") || "–"}</td>
                    <td className="py-2 pr-3">{c.userId ? t("clients.usesApp") : t("clients.noApp")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {next || after ? (
          <p className="mt-3 flex flex-wrap gap-4">
            {next ? <TextLink href={`/unit/clients?after=${encodeURIComponent(next)}`}>{tpg("more")}</TextLink> : null}
            {after ? <TextLink href="/unit/clients">{tpg("first")}</TextLink> : null}
          </p>
        ) : null}
      </Card>
      {paused.length > 0 ? (
        <Card className="mt-6">
          <h2 className="mb-2 text-xl font-semibold">{tp("status.PAUSED")}</h2>
          <ul>
            {paused.map((c) => (
              <li key={c.id}>
                <Link href={`/unit/clients/${c.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                  {c.firstName} {c.lastName}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
