import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/server/action";
import { ActionError } from "@/server/errors";
import type { CertificateContents } from "./rules";

/**
 * The client's pending request for this period, or a new one: asking twice for the same
 * period gives the same pending request (`created: false`).
 */
export async function findOrCreateCertificateRequest(
  tx: Tx,
  request: { clientId: string; periodStart: Date; periodEnd: Date; requestedById: string },
): Promise<{ id: string; created: boolean }> {
  const existing = await tx.certificateRequest.findFirst({
    where: { clientId: request.clientId, periodStart: request.periodStart, periodEnd: request.periodEnd, certificateId: null },
    select: { id: true },
  });
  if (existing) return { id: existing.id, created: false };
  const created = await tx.certificateRequest.create({ data: request, select: { id: true } });
  return { id: created.id, created: true };
}

/**
 * Stores the signed certificate and links it to its request. Guarded: two coordinators signing
 * at once make one certificate (the loser gets CONFLICT and its transaction rolls back).
 */
export async function storeSignedCertificate(
  tx: Tx,
  request: { id: string; clientId: string; periodStart: Date; periodEnd: Date },
  contents: CertificateContents,
  signedById: string,
  signedAt: Date,
): Promise<{ id: string }> {
  const certificate = await tx.workCertificate.create({
    data: {
      clientId: request.clientId,
      periodStart: request.periodStart,
      periodEnd: request.periodEnd,
      contents: contents as unknown as Prisma.InputJsonValue,
      signedById,
      signedAt,
    },
    select: { id: true },
  });
  const linked = await tx.certificateRequest.updateMany({ where: { id: request.id, certificateId: null }, data: { certificateId: certificate.id } });
  if (linked.count !== 1) throw new ActionError("CONFLICT");
  return certificate;
}
