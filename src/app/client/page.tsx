import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/ui/Button";
import { ClientHome } from "@/features/client-app/components/ClientHome";
import { Icon } from "@/features/client-app/components/Icon";
import { clientPageContext } from "@/features/client-app/page-data";
import { listClientGigs } from "@/features/client-app/queries";

export async function generateMetadata() {
  const t = await getTranslations("client.nav");
  return { title: t("home") };
}

export default async function Page() {
  const { db, client, locale } = await clientPageContext({ view: "home" });
  const gigs = await listClientGigs(db, client.id);
  const t = await getTranslations("client.home");
  return (
    <>
      <ClientHome firstName={client.firstName} unitPhone={client.unit.phone} gigs={gigs} basePath="/client" locale={locale} />
      <div className="mt-8 space-y-3">
        <LinkButton href="/client/money" size="lg" variant="secondary">
          <Icon name="euro" />
          {t("moneyLink")}
        </LinkButton>
        <LinkButton href="/client/history" size="lg" variant="secondary">
          <Icon name="doc" />
          {t("historyLink")}
        </LinkButton>
      </div>
    </>
  );
}
