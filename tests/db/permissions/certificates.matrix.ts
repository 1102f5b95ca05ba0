import { requestCertificate, signCertificate } from "../../../src/features/certificates/actions";
import { dateColumn } from "../../../src/lib/dates";
import { entry } from "../../support/matrix";

// The client or their unit staff ask for a work certificate; the coordinator of the client's Jobcenter signs it.
export const entries = [
  entry({
    name: "certificates.request",
    call: requestCertificate,
    input: (w) => ({ clientId: w.clientD1.id, periodStart: "2026-01-01", periodEnd: "2026-06-30" }),
    allowed: ["clientD1", "staffD1"],
  }),
  entry({
    name: "certificates.sign",
    call: signCertificate,
    input: async (w) => {
      const r = await w.db.certificateRequest.create({
        data: { clientId: w.clientD1.id, periodStart: dateColumn("2026-01-01"), periodEnd: dateColumn("2026-03-31"), requestedById: w.users.clientD1.id },
      });
      return { requestId: r.id };
    },
    allowed: ["coordinatorD"],
  }),
];
