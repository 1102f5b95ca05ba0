import { countUnread } from "@/features/notifications/queries";
import { getContext } from "@/server/context";

export const dynamic = "force-dynamic";

/** The signed-in person's unread count, for the header's badge to follow without a reload (ADR 047). */
export async function GET() {
  const { db, user } = await getContext();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401, headers: { "cache-control": "no-store" } });
  return Response.json({ count: await countUnread(db, user.userId) }, { headers: { "cache-control": "no-store" } });
}
