import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/ActionButton";
import { EmptyState } from "@/components/ui/Card";
import { DataTable } from "@/components/ui/DataTable";
import { TextLink } from "@/components/ui/Text";
import { getAppFormatter } from "@/i18n/server";
import { retryJob } from "../actions";
import type { listDeadLetters } from "../queries";

/** Jobs that failed their last attempt, with why and a button to run each again. */
export async function DeadLetterList({ data, first }: { data: Awaited<ReturnType<typeof listDeadLetters>>; first: boolean }) {
  const t = await getTranslations("admin.jobs");
  const fmt = await getAppFormatter();
  return (
    <>
      {data.rows.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <DataTable
          label={t("title")}
          rows={data.rows}
          rowKey={(r) => r.id}
          className="text-sm"
          columns={[
            { header: t("failedAt"), cell: (r) => fmt.dateTime(r.failedAt), className: "whitespace-nowrap" },
            { header: t("queue"), cell: (r) => r.queue, className: "font-mono" },
            { header: t("attempts"), cell: (r) => r.attempts },
            { header: t("error"), cell: (r) => r.error, className: "max-w-xs break-all" },
            { header: t("data"), cell: (r) => JSON.stringify(r.data), className: "max-w-xs break-all font-mono text-xs" },
            {
              header: t("retry"),
              cell: (r) =>
                r.retriedAt ? (
                  <span>{r.retryJobId ? t("retried", { at: fmt.dateTime(r.retriedAt) }) : t("retryAsked", { at: fmt.dateTime(r.retriedAt) })}</span>
                ) : (
                  <ActionButton action={retryJob} input={{ deadLetterId: r.id }}>
                    {t("retryButton")}
                  </ActionButton>
                ),
            },
          ]}
        />
      )}
      <nav aria-label={t("pagination")} className="mt-4 flex flex-wrap items-center gap-4">
        {!first ? <TextLink href="/admin/jobs">{t("newest")}</TextLink> : null}
        {data.next ? <TextLink href={`/admin/jobs?after=${encodeURIComponent(data.next)}`}>{t("older")}</TextLink> : null}
      </nav>
    </>
  );
}
