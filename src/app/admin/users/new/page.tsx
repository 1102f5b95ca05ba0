import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/Card";
import { InviteUserForm } from "@/features/admin/components/InviteUserForm";
import { organisationOptions } from "@/features/admin/queries";
import { requirePermission } from "@/server/page";

export default async function InviteUserPage() {
  const { db } = await requirePermission("user.manage");
  const t = await getTranslations("admin.invite");
  const options = await organisationOptions(db);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card className="max-w-xl">
        <InviteUserForm options={options} />
      </Card>
    </>
  );
}
