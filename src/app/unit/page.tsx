import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { LinkButton } from "@/components/ui/Button";
import { TextLink } from "@/components/ui/Text";
import { unitClients } from "@/features/clients/queries";
import { unitOffers } from "@/features/coordination/queries";
import { requireRole } from "@/server/page";

export default async function Page({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { after } = await searchParams;
  const { db, user } = await requireRole("UNIT_STAFF");
  const tp = await getTranslations("common.pages");
  const t = await getTranslations("unit");
  const tc = await getTranslations("coordination");
  const unitIds = user.grants.filter((g) => g.role === "UNIT_STAFF" && g.unitId).map((g) => g.unitId!);
  // The home shows the first 15 clients by name and a page of offers: both read only what they show.
  const [{ rows: offers, next: nextOffers }, { rows: clients }] = await Promise.all([unitOffers(db, unitIds, after), unitClients(db, unitIds, { size: 15 })]);
  return (
    <>
      <PageHeader title={t("home.title")} actions={<LinkButton href="/unit/week" variant="secondary">{t("home.weekLink")}</LinkButton>} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-xl font-semibold">{t("home.offersTitle")}</h2>
          {offers.length === 0 ? <EmptyState>{t("home.offersEmpty")}</EmptyState> : null}
          <ul className="space-y-3">
            {offers.map((o) => (
              <li key={o.id} className="border-b border-gray-100 pb-3">
                <Link href={`/unit/offers/${o.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                  #{o.order.number} {o.order.title}
                </Link>
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <span>{tc(`category.${o.order.category}`)}</span>
                  {o.order.city ? <span>· {o.order.city}</span> : null}
                  <Badge tone={o.status === "PENDING" ? "warn" : "ok"}>{tc(`offerStatus.${o.status}`)}</Badge>
                  {unitIds.length > 1 ? <span>· {o.unit.name}</span> : null}
                  {o._count.nominations > 0 ? <span>· {t("home.nominated", { count: o._count.nominations })}</span> : null}
                </p>
              </li>
            ))}
          </ul>
          {nextOffers || after ? (
            <p className="mt-3 flex flex-wrap gap-4">
              {nextOffers ? <TextLink href={`/unit?after=${encodeURIComponent(nextOffers)}`}>{tp("more")}</TextLink> : null}
              {after ? <TextLink href="/unit">{tp("first")}</TextLink> : null}
            </p>
          ) : null}
        </Card>
        <Card>
          <h2 className="mb-3 text-xl font-semibold">{t("home.clientsTitle")}</h2>
          {clients.length === 0 ? <EmptyState>{t("home.clientsEmpty")}</EmptyState> : null}
          <ul className="space-y-1">
            {clients.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/unit/clients/${c.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                  {c.firstName} {c.lastName}
                </Link>
                <Badge tone={c.readiness === "READY" ? "ok" : "neutral"}>{tc(`readiness.${c.readiness}`)}</Badge>
              </li>
            ))}
          </ul>
          {clients.length > 0 ? (
            <p className="mt-3">
              <Link href="/unit/clients" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                {t("home.allClients")}
              </Link>
            </p>
          ) : null}
        </Card>
      </div>
    </>
  );
}
