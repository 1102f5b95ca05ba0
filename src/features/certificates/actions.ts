"use server";

import type { Prisma } from "@/generated/prisma/client";
import { dateColumn, dayOfDateColumn } from "@/lib/dates";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { findRequestForAction, loadCertificateSource } from "./queries";
import { buildCertificateContents } from "./rules";
import { requestCertificateSchema, signCertificateSchema } from "./schema";

export const requestCertificate = defineAction({
  name: "certificates.request",
  input: requestCertificateSchema,
  permission: "certificate.request",
  load: async ({ tx, input }) => {
    const client = await tx.client.findUnique({ where: { id: input.clientId }, select: { id: true, unitId: true } });
    return client && { target: { clientId: client.id, unitId: client.unitId }, row: client };
  },
  run: async ({ tx, input, row, user, audit }) => {
    const periodStart = dateColumn(input.periodStart);
    const periodEnd = dateColumn(input.periodEnd);
    // Asking twice for the same period gives the same pending request.
    const existing = await tx.certificateRequest.findFirst({ where: { clientId: row.id, periodStart, periodEnd, certificateId: null } });
    if (existing) return { id: existing.id };
    const request = await tx.certificateRequest.create({ data: { clientId: row.id, periodStart, periodEnd, requestedById: user.userId } });
    await audit({
      action: user.clientId === row.id ? "client.certificate.request" : "client.support.certificate.request",
      entityType: "CertificateRequest",
      entityId: request.id,
      clientId: row.id,
      details: { periodStart: input.periodStart, periodEnd: input.periodEnd },
    });
    return { id: request.id };
  },
  revalidate: () => ["/client/history", "/coordinator/certificates"],
});
/** The client (or their unit staff) asks for a work certificate for a period. */

export const signCertificate = defineAction({
  name: "certificates.sign",
  input: signCertificateSchema,
  permission: "certificate.sign",
  load: async ({ tx, input }) => {
    const request = await findRequestForAction(tx, input.requestId);
    return request && { target: { jobcenterId: request.client.unit.jobcenterId, clientId: request.clientId }, row: request };
  },
  run: async ({ tx, row, user, now, audit }) => {
    if (row.certificateId) throw new ActionError("CONFLICT");
    const source = await loadCertificateSource(tx, row.clientId, row.periodStart, row.periodEnd);
    const contents = buildCertificateContents({
      clientName: `${row.client.firstName} ${row.client.lastName}`,
      jobcenterName: row.client.unit.jobcenter.name,
      periodStart: dayOfDateColumn(row.periodStart),
      periodEnd: dayOfDateColumn(row.periodEnd),
      gigs: source.gigs,
      ratings: source.ratings,
      signedByName: user.name,
      signedAt: now,
    });
    const certificate = await tx.workCertificate.create({
      data: {
        clientId: row.clientId,
        periodStart: row.periodStart,
        periodEnd: row.periodEnd,
        contents: contents as unknown as Prisma.InputJsonValue,
        signedById: user.userId,
        signedAt: now,
      },
    });
    // Guarded: two coordinators signing at once make one certificate.
    const linked = await tx.certificateRequest.updateMany({ where: { id: row.id, certificateId: null }, data: { certificateId: certificate.id } });
    if (linked.count !== 1) throw new ActionError("CONFLICT");
    await audit({ action: "certificate.sign", entityType: "WorkCertificate", entityId: certificate.id, clientId: row.clientId });
    return { id: certificate.id };
  },
  revalidate: () => ["/client/history", "/coordinator/certificates"],
});
/** The coordinator of the client's Jobcenter signs: the contents are stored as they are now. */
