"use server";

import { dateColumn, dayOfDateColumn } from "@/lib/dates";
import { defineAction } from "@/server/action";
import { ActionError } from "@/server/errors";
import { findOrCreateCertificateRequest, storeSignedCertificate } from "./mutations";
import { findClientForCertificate, findRequestForAction, loadCertificateSource } from "./queries";
import { buildCertificateContents } from "./rules";
import { requestCertificateSchema, signCertificateSchema } from "./schema";

export const requestCertificate = defineAction({
  name: "certificates.request",
  input: requestCertificateSchema,
  permission: "certificate.request",
  load: async ({ tx, input }) => {
    const client = await findClientForCertificate(tx, input.clientId);
    return client && { target: { clientId: client.id, unitId: client.unitId }, row: client };
  },
  run: async ({ tx, input, row, user, audit }) => {
    const request = await findOrCreateCertificateRequest(tx, {
      clientId: row.id,
      periodStart: dateColumn(input.periodStart),
      periodEnd: dateColumn(input.periodEnd),
      requestedById: user.userId,
    });
    // Asking again for the same period is not a new request, so it is not audited again.
    if (!request.created) return { id: request.id };
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
    const certificate = await storeSignedCertificate(tx, row, contents, user.userId, now);
    await audit({ action: "certificate.sign", entityType: "WorkCertificate", entityId: certificate.id, clientId: row.clientId });
    return { id: certificate.id };
  },
  revalidate: () => ["/client/history", "/coordinator/certificates"],
});
/** The coordinator of the client's Jobcenter signs: the contents are stored as they are now. */
