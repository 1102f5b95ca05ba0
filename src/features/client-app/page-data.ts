import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { recordAudit } from "@/features/audit/mutations";
import { can } from "@/features/auth/permissions";
import { requireUser } from "@/server/page";
import { findClientForApp } from "./queries";

/**
 * For the client's pages and the staff's support mode: the client whose screens are shown,
 * checked with the same permission. Staff views are audited ("client.support.view").
 * A denied or unknown client answers "not found".
 */
export async function clientPageContext(opts: { clientId?: string; view: string }) {
  const ctx = await requireUser();
  const clientId = opts.clientId ?? ctx.user.clientId;
  if (!clientId) notFound();
  const client = await findClientForApp(ctx.db, clientId);
  if (!client || !can(ctx.user, "clientApp.view", { clientId: client.id, unitId: client.unitId })) notFound();
  const support = ctx.user.clientId !== client.id;
  if (support) {
    await recordAudit(ctx.db, {
      actorUserId: ctx.user.userId,
      action: "client.support.view",
      entityType: "Client",
      entityId: client.id,
      clientId: client.id,
      details: { view: opts.view },
    });
  }
  const locale = await getLocale();
  return { ...ctx, client, support, locale, now: ctx.now() };
}
