import { getLocale, getMessages } from "next-intl/server";
import { clientAccessLog } from "@/features/audit/queries";
import { recordAudit } from "@/features/audit/mutations";
import { can } from "@/features/auth/permissions";
import { clientTarget } from "@/features/clients/queries";
import { clientExportData, findClientForRights } from "@/features/rights/queries";
import { exportJson, exportPdf } from "@/features/rights/render";
import { getContext } from "@/server/context";

export const dynamic = "force-dynamic";

const EXPORT_LOG_ROWS = 1000;

// A client's data for a subject-access request (ADR 074): the client's unit staff and admins.
// Anyone else gets 404, as for pages. Each download writes a `client.export` audit row.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format } = await params;
  if (format !== "json" && format !== "pdf") return new Response("Not found", { status: 404 });
  const ctx = await getContext();
  if (!ctx.user) return new Response("Not found", { status: 404 });
  const client = await findClientForRights(ctx.db, id);
  if (!client || client.erasedAt || !can(ctx.user, "client.export", clientTarget(client))) return new Response("Not found", { status: 404 });
  const now = ctx.now();
  const data = await clientExportData(ctx.db, id);
  const access = (await clientAccessLog(ctx.db, id, null, EXPORT_LOG_ROWS)).rows.map((r) => ({ createdAt: r.createdAt, actorName: r.actorName, action: r.action }));
  await recordAudit(ctx.db, { actorUserId: ctx.user.userId, action: "client.export", entityType: "Client", entityId: id, clientId: id, details: { view: "export", format } });
  const base = `tiedot-${id}`;
  if (format === "json") {
    return new Response(exportJson(data, access, now), {
      headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${base}.json"`, "cache-control": "private, no-store" },
    });
  }
  const locale = await getLocale();
  const bytes = await exportPdf(data, access, locale, await getMessages({ locale }), now);
  return new Response(Buffer.from(bytes), {
    headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${base}.pdf"`, "cache-control": "private, no-store" },
  });
}
