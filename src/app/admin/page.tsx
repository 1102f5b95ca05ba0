import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/Card";

export default async function Page() {
  const t = await getTranslations("common");
  return <PageHeader title={t("homeTitle.admin")} />;
}
