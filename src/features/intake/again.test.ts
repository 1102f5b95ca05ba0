import { describe, expect, it } from "vitest";
import type { DraftForEditing } from "@/features/orders/queries";
import { helsinkiInstant } from "@/lib/dates";
import { againFormValues } from "./again";

// "Order again" (ADR 025): the same details, new dates, only from a finished order.

const order = (status: DraftForEditing["status"]) =>
  ({
    status,
    category: "CLEANING",
    title: "Portaiden siivous",
    description: "Kolme kerrosta",
    remote: false,
    streetAddress: "Rappukuja 1",
    postalCode: "00100",
    city: "Helsinki",
    scheduleKind: "EXACT",
    windowText: null,
    hoursPerWorkerMin: 120,
    workerCount: 2,
    ordererProvides: null,
    orientation: null,
    siteContactName: "Sami",
    siteContactPhone: "040 1",
    contractModel: "COMMISSION",
    billingMethod: "EMAIL_INVOICE",
    businessId: "0737546-2",
    eInvoiceAddress: null,
    eInvoiceOperator: null,
    billingEmail: "laskut@example.fi",
    billingReference: null,
    billingName: null,
    billingAddress: null,
    sessions: [
      { startsAt: helsinkiInstant("2026-10-20", "10:00"), endsAt: helsinkiInstant("2026-10-20", "12:00") },
      { startsAt: helsinkiInstant("2026-11-03", "10:00"), endsAt: helsinkiInstant("2026-11-03", "12:00") },
    ],
  }) as unknown as DraftForEditing;

describe("order again", () => {
  it("keeps the details and moves the sessions to new dates with the same weekday and Helsinki times", () => {
    const v = againFormValues(order("DONE"), new Date("2026-12-04T10:00:00Z"));
    expect(v).toMatchObject({ title: "Portaiden siivous", workerCount: 2, minutesPerWorker: 120, billingEmail: "laskut@example.fi" });
    // a Tuesday at 10:00 both before (summer time) and after: the next Tuesdays at least a week on
    expect(v?.sessions).toEqual([
      { date: "2026-12-15", start: "10:00", end: "12:00" },
      { date: "2026-12-29", start: "10:00", end: "12:00" },
    ]);
  });
  it("only from a finished order", () => {
    expect(againFormValues(order("SCHEDULED"), new Date())).toBeNull();
    expect(againFormValues(order("CANCELLED"), new Date())).toBeNull();
    expect(againFormValues(order("INVOICED"), new Date("2026-12-04T10:00:00Z"))).not.toBeNull();
  });
});
