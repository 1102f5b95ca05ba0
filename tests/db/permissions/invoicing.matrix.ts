import { correctInvoicedHours, creditInvoice, importPayments, markInvoicePaid, runInvoices, setAutoInvoicing, updateOrdererBilling, updateSellerDetails } from "../../../src/features/invoicing/actions";
import { billableOrder, invoiceOrder, withSellerDetails } from "../../support/invoicing";
import { createOrder } from "../../support/coordination";
import { entry } from "../../support/matrix";
import type { World } from "../../support/world";

// Invoices of the disability Jobcenter (D) to Siisti Oy (ordererX): its coordinator runs,
// credits and marks them paid; admins set the seller's details.
async function invoiced(w: World) {
  const { order, gigs } = await billableOrder(w, { days: [{ day: "2026-11-10", minutes: 120 }] });
  return { invoiceId: await invoiceOrder(w, order.id), gigId: gigs[0]!.id, order };
}

export const entries = [
  entry({
    name: "invoice.run",
    call: runInvoices,
    input: async (w) => {
      await withSellerDetails(w);
      const { order } = await billableOrder(w, { days: [{ day: "2026-11-12", minutes: 90 }] });
      return { jobcenterId: w.jobcenterD.id, orderId: order.id };
    },
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "invoice.credit",
    call: creditInvoice,
    input: async (w) => ({ invoiceId: (await invoiced(w)).invoiceId, reason: "Väärä tilaaja" }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "invoice.correctHours",
    call: correctInvoicedHours,
    input: async (w) => ({ gigId: (await invoiced(w)).gigId, minutes: 100, reason: "Tilaaja huomautti" }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "invoice.markPaid",
    call: markInvoicePaid,
    input: async (w) => ({ invoiceId: (await invoiced(w)).invoiceId, paidOn: "2026-12-02" }),
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "invoice.importPayments",
    call: importPayments,
    input: async (w) => {
      const { invoiceId } = await invoiced(w);
      const inv = await w.db.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
      return { jobcenterId: w.jobcenterD.id, csv: `viite;summa;maksupäivä\n${inv.referenceNumber};${(inv.grossCents / 100).toFixed(2).replace(".", ",")};2.12.2026\n` };
    },
    allowed: ["coordinatorD"],
  }),
  entry({
    name: "invoice.sellerDetails",
    call: updateSellerDetails,
    input: (w) => ({ jobcenterId: w.jobcenterR.id, businessId: "0201256-6", streetAddress: "Katu 2", postalCode: "00100", city: "Helsinki", iban: "FI21 1234 5600 0007 85", bic: "ndeafihh" }),
    allowed: ["admin"],
  }),
  entry({
    name: "invoice.ordererBilling",
    call: updateOrdererBilling,
    // an order of ordererX's with D makes D's coordinator one of its Jobcenters
    input: async (w) => (await createOrder(w), { ordererId: w.ordererX.id, internalBilling: false, costCentre: "KP-1" }),
    allowed: ["admin", "coordinatorD"],
  }),
  entry({
    name: "invoice.autoRun",
    call: setAutoInvoicing,
    input: (w) => ({ jobcenterId: w.jobcenterD.id, on: true }),
    allowed: ["coordinatorD", "admin"],
  }),
];
