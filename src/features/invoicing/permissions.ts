import type { PermissionTable } from "@/features/auth/rules";

const coordinator = { role: "COORDINATOR", scope: "jobcenter" } as const;
const orderer = { role: "ORDERER_CONTACT", scope: "orderer" } as const;
const admin = { role: "ADMIN", scope: "any" } as const;

// Who may do what with invoices (ADR 060). Target: { jobcenterId (the seller), ordererId (the buyer) }.
export const invoicingPermissions = {
  // an invoice's page and its downloads: the seller's coordinators, the buyer's contacts, admins
  "invoice.read": [coordinator, orderer, admin],
  // the run, credit notes, corrections of invoiced hours and payments: the Jobcenter's coordinator
  "invoice.run": [coordinator],
  "invoice.credit": [coordinator],
  "invoice.correctHours": [coordinator],
  "invoice.markPaid": [coordinator],
  // the automatic monthly run on the 1st (ADR 008): the coordinators who would otherwise press the button, or an admin
  "invoice.autoRun": [coordinator, admin],
  // the seller's business ID, address, IBAN and BIC
  "invoice.sellerDetails": [admin],
  // a city unit billed internally (no VAT, a cost centre): admins, or a coordinator of a Jobcenter it orders from
  "invoice.ordererBilling": [admin, coordinator],
} as const satisfies PermissionTable;
