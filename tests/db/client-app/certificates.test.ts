import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestCertificate, signCertificate } from "../../../src/features/certificates/actions";
import { certificatePdfForTest } from "./certificate-pdf";
import type { CertificateContents } from "../../../src/features/certificates/rules";
import { helsinkiInstant } from "../../../src/lib/dates";
import { createClientGig } from "../../support/client-app";
import { createTestWorld, type TestDatabase } from "../../support/db";
import { as, type World } from "../../support/world";

let tdb: TestDatabase;
let world: World;

beforeAll(async () => {
  ({ tdb, world } = await createTestWorld());
});
afterAll(async () => tdb?.close());

describe("work certificates", () => {
  it("the client asks, the coordinator signs a snapshot of the approved gigs in the period", async () => {
    const a = await createClientGig(world, { status: "APPROVED", startsAt: helsinkiInstant("2026-02-10", "09:00"), approvedMinutes: 180, title: "Ikkunanpesu" });
    await createClientGig(world, { status: "APPROVED", startsAt: helsinkiInstant("2026-03-31", "23:30"), approvedMinutes: 60, title: "Postitus" });
    await createClientGig(world, { status: "APPROVED", startsAt: helsinkiInstant("2026-04-01", "00:30"), approvedMinutes: 60, title: "Ei mukana" });
    await createClientGig(world, { status: "REPORTED", startsAt: helsinkiInstant("2026-03-01", "09:00"), title: "Ei hyväksytty" });
    await world.db.feedback.create({ data: { orderId: a.order.id, gigId: a.gig.id, clientId: world.clientD1.id, authorUserId: world.users.ordererX.id, rating: 5, comment: "Huolellista työtä", onProfile: true } });

    const req = await as(world, "clientD1", () => requestCertificate({ clientId: world.clientD1.id, periodStart: "2026-01-01", periodEnd: "2026-03-31" }));
    expect(req.ok).toBe(true);
    if (!req.ok) return;
    const again = await as(world, "clientD1", () => requestCertificate({ clientId: world.clientD1.id, periodStart: "2026-01-01", periodEnd: "2026-03-31" }));
    expect(again).toEqual(req);

    const signed = await as(world, "coordinatorD", () => signCertificate({ requestId: req.data.id }), helsinkiInstant("2026-04-02", "10:00"));
    expect(signed.ok).toBe(true);
    if (!signed.ok) return;
    const cert = await world.db.workCertificate.findUniqueOrThrow({ where: { id: signed.data.id } });
    expect(cert.signedById).toBe(world.users.coordinatorD.id);
    const c = cert.contents as unknown as CertificateContents;
    expect(c.gigs.map((g) => [g.date, g.title, g.minutes])).toEqual([
      ["2026-02-10", "Ikkunanpesu", 180],
      ["2026-03-31", "Postitus", 60],
    ]);
    expect(c).toMatchObject({ totalMinutes: 240, orderers: ["Siisti Oy"], feedback: { count: 1, averageTenths: 50 }, signedByName: "Kaisa Koordinaattori", signedOn: "2026-04-02" });

    // signing twice makes no second certificate
    expect(await as(world, "coordinatorD", () => signCertificate({ requestId: req.data.id }))).toEqual({ ok: false, error: "CONFLICT" });
    expect(await world.db.workCertificate.count({ where: { clientId: world.clientD1.id } })).toBe(1);

    const pdf = await certificatePdfForTest(c);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
  });

  it("is signed only by the client's own Jobcenter's coordinator", async () => {
    const req = await as(world, "staffD1", () => requestCertificate({ clientId: world.clientD1.id, periodStart: "2026-05-01", periodEnd: "2026-05-31" }));
    expect(req.ok).toBe(true);
    if (!req.ok) return;
    expect(await as(world, "coordinatorR", () => signCertificate({ requestId: req.data.id }))).toEqual({ ok: false, error: "FORBIDDEN" });
    const audit = await world.db.auditEvent.findFirstOrThrow({ where: { entityId: req.data.id } });
    expect(audit.action).toBe("client.support.certificate.request");
  });

  it("refuses a period that ends before it starts, and another client's certificate", async () => {
    expect(await as(world, "clientD1", () => requestCertificate({ clientId: world.clientD1.id, periodStart: "2026-05-01", periodEnd: "2026-04-30" }))).toMatchObject({
      error: "INVALID_INPUT",
      fieldErrors: { periodEnd: "endBeforeStart" },
    });
    expect(await as(world, "clientD1", () => requestCertificate({ clientId: world.clientR1.id, periodStart: "2026-01-01", periodEnd: "2026-04-30" }))).toEqual({ ok: false, error: "FORBIDDEN" });
  });
});
