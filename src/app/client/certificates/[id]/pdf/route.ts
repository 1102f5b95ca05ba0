import { recordAudit } from "@/features/audit/mutations";
import { can } from "@/features/auth/permissions";
import { findCertificateForDownload } from "@/features/certificates/queries";
import { certificatePdf } from "@/features/certificates/render";
import type { CertificateContents } from "@/features/certificates/rules";
import { getContext } from "@/server/context";
import { getLocale } from "next-intl/server";

export const dynamic = "force-dynamic";

// The signed work certificate as a PDF: for the client, their unit staff and the coordinator of
// their Jobcenter. Anyone else gets 404, as for pages.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getContext();
  if (!ctx.user) return new Response("Not found", { status: 404 });
  const cert = await findCertificateForDownload(ctx.db, id);
  if (!cert || !can(ctx.user, "certificate.download", { clientId: cert.clientId, unitId: cert.client.unitId, jobcenterId: cert.client.unit.jobcenterId })) {
    return new Response("Not found", { status: 404 });
  }
  if (ctx.user.clientId !== cert.clientId) {
    await recordAudit(ctx.db, { actorUserId: ctx.user.userId, action: "certificate.download", entityType: "WorkCertificate", entityId: cert.id, clientId: cert.clientId });
  }
  const locale = await getLocale();
  const contents = cert.contents as unknown as CertificateContents;
  const bytes = await certificatePdf(contents, locale);
  const name = `tyotodistus-${contents.periodStart}-${contents.periodEnd}.pdf`;
  return new Response(Buffer.from(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
    },
  });
}
