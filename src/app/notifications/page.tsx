import { NotificationList } from "@/features/notifications/components/NotificationList";
import { PushToggle } from "@/features/notifications/components/PushToggle";
import { vapidPublicKey } from "@/features/notifications/delivery";
import { countUnread, listNotifications } from "@/features/notifications/queries";
import { requirePermission, requireUser } from "@/server/page";

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { user } = await requireUser();
  const { db } = await requirePermission("notification.own", { userId: user.userId });
  const { after } = await searchParams;
  const [page, unread] = await Promise.all([listNotifications(db, user.userId, typeof after === "string" ? after.slice(0, 40) : undefined), countUnread(db, user.userId)]);
  const publicKey = vapidPublicKey();
  return (
    <div className="space-y-6">
      {publicKey ? <PushToggle publicKey={publicKey} /> : null}
      <NotificationList page={page} unread={unread} />
    </div>
  );
}
