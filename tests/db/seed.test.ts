import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInClient, signInStaff } from "../../src/features/auth/mutations";
import { issueSessionToken, loadSessionUser } from "../../src/features/auth/session";
import { isValidBusinessId } from "../../src/features/orderers/rules";
import { TERMS_ACCEPTED_STATES } from "../../src/features/orders/status";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { orderStatuses } from "../support/admin";
import { addHelsinkiDays, dayKey, helsinkiInstant, startOfHelsinkiYear } from "../../src/lib/dates";
import { DEMO_CLIENTS, DEMO_JOBCENTERS, DEMO_PASSWORD, DEMO_STAFF } from "../../src/server/seed/demo-accounts";
import { seedDemo, type SeedDemoSummary } from "../../src/server/seed/demo";
import { createTestDatabase, type TestDatabase } from "../support/db";

// A fixed "now" (a Sunday evening in Helsinki) so that the test does not depend on the day it runs.
const NOW = helsinkiInstant("2026-11-22", "18:00");

let tdb: TestDatabase;
let db: PrismaClient;
let summary: SeedDemoSummary;

beforeAll(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
  summary = await seedDemo(db, { now: NOW, hashCost: { N: 2 ** 10, r: 8, p: 1 } });
}, 240_000);
afterAll(async () => tdb?.close());

describe("demo seed", () => {
  it("builds the promised organisations, people and orders", async () => {
    expect(await db.jobcenter.count()).toBe(2);
    expect(await db.unit.count()).toBe(6);
    const clients = await db.client.count();
    expect(clients).toBeGreaterThanOrEqual(38);
    expect(clients).toBeLessThanOrEqual(45);
    expect(await db.orderer.count()).toBe(10);
    expect(await db.order.count()).toBeGreaterThanOrEqual(55);
    expect(summary.orders).toBe(await db.order.count());
    const statuses = (await db.order.groupBy({ by: ["status"], _count: true })).map((g) => g.status).sort();
    expect(statuses).toEqual([...orderStatuses].sort());
    for (const slug of Object.values(DEMO_JOBCENTERS).map((j) => j.slug)) {
      const jc = await db.jobcenter.findUniqueOrThrow({ where: { slug }, include: { units: true } });
      expect(jc.units).toHaveLength(3);
    }
    const rehab = await db.jobcenter.findUniqueOrThrow({ where: { slug: DEMO_JOBCENTERS.rehabilitative.slug } });
    expect(rehab.blockCommissionForUnemploymentBenefit).toBe(true);
  });

  it("gives every orderer a contact and valid business ids", async () => {
    const orderers = await db.orderer.findMany({ include: { memberships: true } });
    for (const o of orderers) {
      expect(o.memberships.filter((m) => m.role === "ORDERER_CONTACT").length).toBeGreaterThan(0);
      if (o.businessId) expect(isValidBusinessId(o.businessId)).toBe(true);
    }
    expect(new Set(orderers.map((o) => o.kind))).toEqual(new Set(["COMPANY", "ASSOCIATION", "CITY_UNIT", "PRIVATE_PERSON"]));
  });

  it("lets every demo account sign in", async () => {
    for (const s of Object.values(DEMO_STAFF)) {
      const r = await signInStaff(db, s.email, DEMO_PASSWORD, "10.1.0.1");
      expect(r.ok, s.email).toBe(true);
    }
    for (const c of Object.values(DEMO_CLIENTS)) {
      const r = await signInClient(db, c.username, c.pin, "10.1.0.2");
      expect(r.ok, c.username).toBe(true);
      if (r.ok) {
        const user = await loadSessionUser(db, await issueSessionToken(db, r.user, "client"));
        expect(user?.grants.some((g) => g.role === "CLIENT")).toBe(true);
      }
    }
  });

  it("never allows a commission contract to a client on labour market subsidy in the rehabilitative Jobcenter", async () => {
    const onSubsidy = await db.client.findMany({ where: { benefits: { has: "LABOUR_MARKET_SUBSIDY" } } });
    expect(onSubsidy.length).toBeGreaterThan(0);
    for (const c of onSubsidy) expect(c.allowedContractModels).not.toContain("COMMISSION");
    const commissionGigs = await db.gig.count({
      where: { order: { contractModel: "COMMISSION" }, client: { benefits: { has: "LABOUR_MARKET_SUBSIDY" } } },
    });
    expect(commissionGigs).toBe(0);
  });

  it("has a terms acceptance with the terms text's hash for every order past RECEIVED", async () => {
    const orders = await db.order.findMany({
      where: { status: { in: [...TERMS_ACCEPTED_STATES] } },
      include: { acceptances: { include: { termsVersion: true } } },
    });
    expect(orders.length).toBeGreaterThan(30);
    for (const o of orders) {
      expect(o.acceptances.length, `order ${o.number}`).toBeGreaterThan(0);
      for (const a of o.acceptances) expect(a.termsSha256).toBe(a.termsVersion.bodySha256);
    }
  });

  it("computes each order's price from the price list and VAT rate", async () => {
    const orders = await db.order.findMany({ where: { status: { not: "DRAFT" } }, include: { priceList: true } });
    for (const o of orders) {
      const pl = o.priceList!;
      expect(o.listUnitPriceCents).toBe(pl.workerPayCents + pl.sideCostsCents + pl.serviceCostsCents);
      expect(o.grossCents).toBe(o.netCents! + o.vatCents!);
      expect(o.contractModel).toBe(pl.contractModel);
    }
  });

  it("keeps clients free of double bookings and gives scheduled gigs a valid readiness confirmation", async () => {
    const gigs = await db.gig.findMany({ where: { status: { in: ["OFFERED", "ACCEPTED", "REPORTED", "APPROVED"] } } });
    const byClient = new Map<string, typeof gigs>();
    for (const g of gigs) byClient.set(g.clientId, [...(byClient.get(g.clientId) ?? []), g]);
    for (const list of byClient.values()) {
      const sorted = list.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.startsAt >= sorted[i - 1]!.endsAt).toBe(true);
    }
    const upcoming = gigs.filter((g) => g.status === "OFFERED" || g.status === "ACCEPTED");
    for (const g of upcoming) {
      const nomination = await db.nomination.findFirst({ where: { orderId: g.orderId, clientId: g.clientId, revokedAt: null } });
      expect(nomination?.validUntil.getTime()).toBeGreaterThan(NOW.getTime());
    }
  });

  it("gives Maija a gig soon, an offer to answer and approved gigs with feedback this year", async () => {
    const maija = await db.client.findFirstOrThrow({ where: { user: { clientUsername: DEMO_CLIENTS.disability.username } }, include: { unit: true } });
    expect(maija.unit.name).toBe("Pajala");
    const gigs = await db.gig.findMany({ where: { clientId: maija.id }, include: { feedback: true } });
    const soon = new Set([1, 2].map((d) => dayKey(addHelsinkiDays(NOW, d))));
    const accepted = gigs.filter((g) => g.status === "ACCEPTED");
    // one today (to try "I started" at once) and one in the next two days
    expect(accepted.some((g) => dayKey(g.startsAt) === dayKey(NOW))).toBe(true);
    expect(accepted.some((g) => soon.has(dayKey(g.startsAt)))).toBe(true);
    for (const g of accepted) {
      expect(g.supportMode).toBe("STAFF_ALONG");
      expect(g.meetingPerson).toBeTruthy();
      expect(g.bringItems).toBeTruthy();
    }
    expect(gigs.some((g) => g.status === "OFFERED" && g.startsAt > NOW)).toBe(true);
    const approved = gigs.filter((g) => g.status === "APPROVED");
    expect(approved.length).toBeGreaterThanOrEqual(4);
    expect(approved.every((g) => g.feedback.length > 0 && g.approvedMinutes! > 0)).toBe(true);
    expect(approved.every((g) => g.startsAt >= startOfHelsinkiYear(NOW))).toBe(true);

    const pekka = await db.client.findFirstOrThrow({ where: { user: { clientUsername: DEMO_CLIENTS.rehabilitative.username } } });
    const pg = await db.gig.groupBy({ by: ["status"], where: { clientId: pekka.id }, _count: true });
    const n = (s: string) => pg.find((g) => g.status === s)?._count ?? 0;
    expect([n("OFFERED"), n("ACCEPTED"), n("APPROVED")]).toEqual([1, 2, 2]);
  });

  it("shows Siisti Oy orders in many states, and the extras the journeys need", async () => {
    const siisti = await db.orderer.findFirstOrThrow({ where: { name: "Siisti Oy" } });
    const states = await db.order.groupBy({ by: ["status"], where: { ordererId: siisti.id }, _count: true });
    expect(states.length).toBeGreaterThanOrEqual(8);
    expect(await db.orderMessage.count({ where: { kind: "QUESTION" } })).toBeGreaterThan(0);
    expect(await db.orderMessage.count({ where: { kind: "ANSWER" } })).toBeGreaterThan(0);
    expect(await db.orderChange.count({ where: { status: "PENDING", order: { reacceptanceRequired: true } } })).toBe(1);
    expect(await db.hire.count()).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "client.read", clientId: { not: null } } })).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { createdAt: { gt: NOW } } })).toBe(0);
    expect(await db.feedback.count()).toBeGreaterThan(10);
    expect(await db.gig.count({ where: { status: "REPORTED" } })).toBeGreaterThan(0);
    expect(await db.unitOffer.count({ where: { status: { in: ["INTERESTED", "DECLINED"] }, order: { status: "FINDING_WORKERS" } } })).toBeGreaterThan(0);
  });

  it("keeps past hours consistent with the orderer's review (ADR 035)", async () => {
    // an approved or invoiced order has every counted gig approved
    const openGigs = await db.gig.count({ where: { order: { status: { in: ["APPROVED", "INVOICED"] } }, status: { in: ["PLANNED", "OFFERED", "ACCEPTED", "STARTED", "REPORTED"] } } });
    expect(openGigs).toBe(0);
    // invoiced hours were all confirmed, by the orderer or by the deadline
    expect(await db.gig.count({ where: { order: { status: "INVOICED" }, status: "APPROVED", hoursConfirmedAt: null } })).toBe(0);
    expect(await db.hoursReview.count({ where: { kind: "CONFIRMED" } })).toBeGreaterThan(0);
    expect(await db.hoursReview.count({ where: { kind: "DEEMED_CONFIRMED", byUserId: null } })).toBeGreaterThan(0);
    // one Siisti Oy order waits for the orderer, one gig waits for the coordinator's answer
    const waiting = await db.gig.findMany({ where: { status: "APPROVED", hoursConfirmedAt: null, hoursDisputedAt: null, order: { status: { in: ["APPROVED", "INVOICED"] } } }, select: { orderId: true, order: { select: { orderer: { select: { name: true } } } } } });
    expect(new Set(waiting.map((g) => g.orderId)).size).toBe(1);
    expect(waiting[0]!.order.orderer.name).toBe("Siisti Oy");
    const disputed = await db.gig.findMany({ where: { hoursDisputedAt: { not: null }, hoursConfirmedAt: null }, include: { hoursReviews: true } });
    expect(disputed).toHaveLength(1);
    expect(disputed[0]!.hoursReviews.map((r) => r.kind)).toEqual(["DISPUTED"]);
    // the terms say how long the orderer has
    const terms = await db.orderTermsVersion.findFirstOrThrow({ where: { locale: "fi" } });
    expect(terms.hoursConfirmationDays).toBe(7);
    expect(terms.body).toContain("7 päivän kuluessa");
  });

  it("early in a month too, the invoice run leaves the order waiting for its orderer and the disputed gig unbilled", { timeout: 180_000 }, async () => {
    // The seed runs relative to now: on the 4th, last month's work is "before this month", the
    // case in which an earlier seed confirmed (and billed) every past gig, the dispute included.
    const other = await createTestDatabase();
    try {
      await seedDemo(other.db, { now: helsinkiInstant("2026-12-04", "18:00"), hashCost: { N: 2 ** 10, r: 8, p: 1 } });
      const disputed = await other.db.gig.findMany({ where: { hoursDisputedAt: { not: null } }, select: { hoursConfirmedAt: true, invoiceLines: { select: { id: true } } } });
      expect(disputed).toHaveLength(1);
      expect(disputed[0]).toMatchObject({ hoursConfirmedAt: null, invoiceLines: [] });
      // hours the orderer has not confirmed yet (Siisti Oy's order, and orders still in progress) wait, unbilled
      const waiting = await other.db.gig.findMany({ where: { status: "APPROVED", hoursConfirmedAt: null, hoursDisputedAt: null }, select: { invoiceLines: { select: { id: true } }, order: { select: { status: true, orderer: { select: { name: true } } } } } });
      expect(waiting.some((g) => g.order.orderer.name === "Siisti Oy")).toBe(true);
      expect(waiting.every((g) => g.invoiceLines.length === 0 && g.order.status !== "INVOICED")).toBe(true);
      // every billed gig's hours were confirmed, with a review row saying by whom or by the deadline
      expect(await other.db.gig.count({ where: { invoiceLines: { some: {} }, OR: [{ hoursConfirmedAt: null }, { hoursReviews: { none: {} } }] } })).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("ran the real invoice run for its past months: every INVOICED order's gigs are billed, one invoice paid, one credited", async () => {
    const invoices = await db.invoice.findMany({ select: { kind: true, status: true, number: true, jobcenterId: true } });
    expect(invoices.filter((i) => i.kind === "INVOICE").length).toBeGreaterThan(3);
    expect(invoices.filter((i) => i.status === "PAID")).toHaveLength(1);
    expect(invoices.filter((i) => i.kind === "CREDIT_NOTE")).toHaveLength(1);
    const unbilled = await db.gig.count({ where: { status: "APPROVED", order: { status: "INVOICED" }, invoiceLines: { none: {} } } });
    expect(unbilled).toBe(0);
    // last month is left for the coordinator's run: approved, confirmed hours wait for it
    expect(await db.gig.count({ where: { status: "APPROVED", hoursConfirmedAt: { not: null }, invoiceLines: { none: {} } } })).toBeGreaterThan(0);
    for (const jc of new Set(invoices.map((i) => i.jobcenterId))) {
      const numbers = invoices.filter((i) => i.jobcenterId === jc).map((i) => i.number).sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it("is deterministic apart from ids and hashes", { timeout: 180_000 }, async () => {
    const other = await createTestDatabase();
    try {
      await seedDemo(other.db, { now: NOW, hashCost: { N: 2 ** 10, r: 8, p: 1 } });
      const shape = (d: PrismaClient) =>
        d.order.findMany({ orderBy: { number: "asc" }, select: { title: true, status: true, grossCents: true, createdAt: true, ordererId: false } });
      expect(await shape(other.db)).toEqual(await shape(db));
    } finally {
      await other.close();
    }
  });

  it("has confirmed pay runs for its past months, so the demo clients see pay statements", async () => {
    const runs = await db.payRun.findMany({ include: { lines: true } });
    expect(runs.length).toBeGreaterThan(0);
    for (const r of runs) {
      expect(r.status).toBe("CONFIRMED");
      expect(r.periodEnd.getTime()).toBeLessThan(NOW.getTime());
      expect(r.lines.reduce((s, l) => s + l.netCents, 0)).toBe(r.netCents);
      for (const l of r.lines) expect(l.netCents + l.withholdingCents).toBe(l.grossCents);
    }
    const maija = await db.client.findFirstOrThrow({ where: { firstName: DEMO_CLIENTS.disability.firstName, userId: { not: null } } });
    expect(await db.payRunLine.count({ where: { clientId: maija.id } })).toBeGreaterThan(0);
    const paid = await db.payRunGig.findMany({ select: { gigId: true } });
    expect(new Set(paid.map((p) => p.gigId)).size).toBe(paid.length);
  });
});
