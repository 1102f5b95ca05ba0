import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/Card";
import { DeadLetterList } from "@/features/jobs/components/DeadLetterList";
import { listDeadLetters } from "@/features/jobs/queries";
import { deadLetterCursorSchema } from "@/features/jobs/schema";
import { requirePermission } from "@/server/page";

export default async function JobsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { db } = await requirePermission("jobs.manage");
  const t = await getTranslations("admin.jobs");
  const cursor = deadLetterCursorSchema.safeParse((await searchParams).after);
  const data = await listDeadLetters(db, cursor.success ? cursor.data : undefined);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <DeadLetterList data={data} first={!cursor.success} />
    </>
  );
}
