import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/ActionButton";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/Card";
import { intlFormatter } from "@/i18n/format";
import { toLocale } from "@/i18n/config";
import { markAllRead, markRead } from "../actions";
import type { listNotifications } from "../queries";
import { renderNotification } from "../texts";

type Page = Awaited<ReturnType<typeof listNotifications>>;

/** A person's notifications, newest first; texts in the reader's language of today. */
export async function NotificationList({ page, unread }: { page: Page; unread: number }) {
  const t = await getTranslations("notifications.list");
  const locale = toLocale(await getLocale());
  const f = intlFormatter(locale);
  const items = await Promise.all(page.items.map(async (n) => ({ ...n, ...(await renderNotification(locale, n.kind, n.params)) })));
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} actions={unread > 0 ? <ActionButton action={markAllRead} input={{}}>{t("markAllRead")}</ActionButton> : undefined} />
      {items.length === 0 ? <EmptyState>{t("empty")}</EmptyState> : null}
      <ul className="space-y-3" data-testid="notification-list">
        {items.map((n) => (
          <Card as="li" key={n.id} className={n.readAt ? "" : "border-brand-700"}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="space-y-1">
                <p className="font-semibold">
                  {n.readAt ? null : <Badge tone="info">{t("unread")}</Badge>} {n.title}
                </p>
                <p>{n.body}</p>
                <p className="text-sm text-muted">{f.dateTime(n.createdAt)}</p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                {n.link ? (
                  <Link href={n.link} className="inline-flex min-h-11 items-center rounded-md px-3 font-semibold text-brand-700 underline">
                    {t("open")}
                  </Link>
                ) : null}
                {n.readAt ? null : <ActionButton action={markRead} input={{ id: n.id }} variant="ghost">{t("markRead")}</ActionButton>}
              </div>
            </div>
          </Card>
        ))}
      </ul>
      {page.next ? (
        <Link href={`/notifications?after=${encodeURIComponent(page.next)}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          {t("more")}
        </Link>
      ) : null}
    </div>
  );
}
