// Peppol BIS Billing 3.0 (EN 16931 in UBL 2.1), the format Finnish public buyers take, written
// with @e-invoice-eu/core: we fill its JSON shape of a UBL invoice, and its generate() checks
// that shape against its own schema (code lists, required fields, EndpointID) before it writes
// the XML in UBL's element order. Type 381 becomes a UBL CreditNote, whose amounts are positive:
// our credit note's negative amounts are turned around here (ADR 062).
import { InvoiceService, type Invoice, type Logger } from "@e-invoice-eu/core";
import type { InvoiceDocument, InvoiceLine, InvoiceParty } from "./document";
import { addressScheme, decimal, lineQuantity, NOT_SUBJECT_TO_VAT, orderNumbers, percent, termDays, vatCategory, vatNumber } from "./einvoice";

export const PEPPOL_CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
export const PEPPOL_PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

type UblInvoice = Invoice["ubl:Invoice"];
type Party = UblInvoice["cac:AccountingCustomerParty"]["cac:Party"];
type Scheme = NonNullable<Party["cbc:EndpointID@schemeID"]>;
type Line = UblInvoice["cac:InvoiceLine"][number];
type Country = Party["cac:PostalAddress"]["cac:Country"]["cbc:IdentificationCode"];
type UnitCode = NonNullable<Line["cbc:InvoicedQuantity@unitCode"]>;
type TaxTotal = UblInvoice["cac:TaxTotal"][number];
type VatCategoryCode = NonNullable<TaxTotal["cac:TaxSubtotal"]>[number]["cac:TaxCategory"]["cbc:ID"];
type ExemptionCode = NonNullable<NonNullable<TaxTotal["cac:TaxSubtotal"]>[number]["cac:TaxCategory"]["cbc:TaxExemptionReasonCode"]>;

/** The Peppol endpoint (BT-34 / BT-49): the e-invoice address (OVT 0216), else the business ID (0037), else an email (EM). */
export function peppolEndpoint(party: InvoiceParty): { id: string; scheme: Scheme } {
  const address = party.eInvoiceAddress?.replace(/\s/g, "");
  const scheme = address ? addressScheme(address) : null;
  if (address && scheme) return { id: address, scheme };
  if (party.businessId) return { id: party.businessId, scheme: "0037" };
  if (party.email) return { id: party.email, scheme: "EM" };
  throw new Error(`no Peppol endpoint for ${party.name}: no e-invoice address, business ID or email`);
}

const silent: Logger = { log: () => {}, warn: () => {}, error: () => {} };

function address(p: InvoiceParty): Party["cac:PostalAddress"] {
  return {
    ...(p.streetAddress ? { "cbc:StreetName": p.streetAddress } : {}),
    ...(p.city ? { "cbc:CityName": p.city } : {}),
    ...(p.postalCode ? { "cbc:PostalZone": p.postalCode } : {}),
    "cac:Country": { "cbc:IdentificationCode": p.countryCode as Country },
  };
}

function contact(p: InvoiceParty): Party["cac:Contact"] | undefined {
  if (!p.phone && !p.email) return undefined;
  return { ...(p.phone ? { "cbc:Telephone": p.phone } : {}), ...(p.email ? { "cbc:ElectronicMail": p.email } : {}) };
}

/** UBL invoice (or credit note) XML, Peppol BIS Billing 3.0. */
export async function peppolUbl(doc: InvoiceDocument): Promise<string> {
  const credit = doc.kind === "CREDIT_NOTE";
  // A UBL CreditNote states what is credited as positive amounts.
  const sign = credit ? -1 : 1;
  const money = (cents: number) => decimal(sign * cents);
  const eur = "EUR" as const;
  const orders = orderNumbers(doc);
  const sellerEndpoint = peppolEndpoint(doc.seller);
  const buyerEndpoint = peppolEndpoint(doc.buyer);

  const category = (rateBp: number) => vatCategory(doc, rateBp) as VatCategoryCode;
  const line = (l: InvoiceLine): Line => {
    const q = lineQuantity(l);
    // The price is never negative (BR-27): a negative price moves its sign onto the quantity.
    const flip = credit !== l.unitPriceCents < 0;
    const quantity = flip ? negate(q.quantity) : q.quantity;
    return {
      "cbc:ID": String(l.lineNo),
      "cbc:Note": `Tilaus ${l.orderNumber}`,
      "cbc:InvoicedQuantity": quantity,
      "cbc:InvoicedQuantity@unitCode": q.unitCode as UnitCode,
      "cbc:LineExtensionAmount": money(l.netCents),
      "cbc:LineExtensionAmount@currencyID": eur,
      "cac:InvoicePeriod": { "cbc:StartDate": l.workDate, "cbc:EndDate": l.workDate },
      "cac:Item": {
        "cbc:Name": l.description,
        "cac:ClassifiedTaxCategory": {
          "cbc:ID": category(l.vatRateBp),
          // Category O carries no rate (BR-O-05).
          ...(doc.vatExempt ? {} : { "cbc:Percent": percent(l.vatRateBp) }),
          "cac:TaxScheme": { "cbc:ID": "VAT" },
        },
      },
      "cac:Price": {
        "cbc:PriceAmount": decimal(Math.abs(l.unitPriceCents)),
        "cbc:PriceAmount@currencyID": eur,
        ...(q.baseQuantity !== 1 ? { "cbc:BaseQuantity": String(q.baseQuantity), "cbc:BaseQuantity@unitCode": q.unitCode as UnitCode } : {}),
      },
    };
  };

  const [first, ...rest] = doc.lines.map(line);
  if (!first) throw new Error(`invoice ${doc.number} has no lines`);

  const invoice: UblInvoice = {
    "cbc:CustomizationID": PEPPOL_CUSTOMIZATION_ID,
    "cbc:ProfileID": PEPPOL_PROFILE_ID,
    "cbc:ID": doc.number,
    "cbc:IssueDate": doc.issueDate,
    ...(credit ? {} : { "cbc:DueDate": doc.dueDate }),
    "cbc:InvoiceTypeCode": credit ? "381" : "380",
    ...(doc.notes ? { "cbc:Note": [doc.notes] } : {}),
    "cbc:DocumentCurrencyCode": eur,
    // BT-10 is required in BIS 3: the orderer's reference or cost centre, else the order number.
    "cbc:BuyerReference": doc.buyerReference ?? `Tilaus ${orders.join(", ")}`,
    "cac:InvoicePeriod": { "cbc:StartDate": doc.periodStart, "cbc:EndDate": doc.periodEnd },
    ...(orders.length === 1 ? { "cac:OrderReference": { "cbc:ID": String(orders[0]) } } : {}),
    ...(doc.creditedInvoice
      ? { "cac:BillingReference": [{ "cac:InvoiceDocumentReference": { "cbc:ID": doc.creditedInvoice.number, "cbc:IssueDate": doc.creditedInvoice.issueDate } }] }
      : {}),
    "cac:AccountingSupplierParty": {
      "cac:Party": {
        "cbc:EndpointID": sellerEndpoint.id,
        "cbc:EndpointID@schemeID": sellerEndpoint.scheme,
        "cac:PartyName": { "cbc:Name": doc.seller.name },
        "cac:PostalAddress": address(doc.seller),
        // Category O forbids the seller's VAT identifier (BR-O-02).
        ...(doc.seller.businessId && !doc.vatExempt
          ? { "cac:PartyTaxScheme": [{ "cbc:CompanyID": vatNumber(doc.seller.businessId), "cac:TaxScheme": { "cbc:ID": "VAT" } }] }
          : {}),
        "cac:PartyLegalEntity": {
          "cbc:RegistrationName": doc.seller.name,
          ...(doc.seller.businessId ? { "cbc:CompanyID": doc.seller.businessId, "cbc:CompanyID@schemeID": "0037" } : {}),
        },
        ...(contact(doc.seller) ? { "cac:Contact": contact(doc.seller) } : {}),
      },
    },
    "cac:AccountingCustomerParty": {
      "cac:Party": {
        "cbc:EndpointID": buyerEndpoint.id,
        "cbc:EndpointID@schemeID": buyerEndpoint.scheme,
        "cac:PartyName": { "cbc:Name": doc.buyer.name },
        "cac:PostalAddress": address(doc.buyer),
        "cac:PartyLegalEntity": {
          "cbc:RegistrationName": doc.buyer.name,
          ...(doc.buyer.businessId ? { "cbc:CompanyID": doc.buyer.businessId, "cbc:CompanyID@schemeID": "0037" } : {}),
        },
        ...(contact(doc.buyer) ? { "cac:Contact": contact(doc.buyer) } : {}),
      },
    },
    ...(credit
      ? {}
      : {
          // 58: SEPA credit transfer; the remittance information is the Finnish reference.
          "cac:PaymentMeans": [
            {
              "cbc:PaymentMeansCode": "58",
              "cbc:PaymentID": doc.referenceNumber,
              "cac:PayeeFinancialAccount": {
                "cbc:ID": doc.seller.iban.replace(/\s/g, ""),
                "cbc:Name": doc.seller.name,
                "cac:FinancialInstitutionBranch": { "cbc:ID": doc.seller.bic },
              },
            },
          ],
          "cac:PaymentTerms": { "cbc:Note": `${termDays(doc)} pv netto / ${termDays(doc)} days net` },
        }),
    "cac:TaxTotal": [
      {
        "cbc:TaxAmount": money(doc.totals.vatCents),
        "cbc:TaxAmount@currencyID": eur,
        "cac:TaxSubtotal": doc.vatBreakdown.map((v) => ({
          "cbc:TaxableAmount": money(v.netCents),
          "cbc:TaxableAmount@currencyID": eur,
          "cbc:TaxAmount": money(v.vatCents),
          "cbc:TaxAmount@currencyID": eur,
          "cac:TaxCategory": {
            "cbc:ID": category(v.rateBp),
            ...(doc.vatExempt
              ? { "cbc:TaxExemptionReasonCode": NOT_SUBJECT_TO_VAT.code as ExemptionCode, "cbc:TaxExemptionReason": NOT_SUBJECT_TO_VAT.text }
              : { "cbc:Percent": percent(v.rateBp) }),
            "cac:TaxScheme": { "cbc:ID": "VAT" },
          },
        })),
      },
    ],
    "cac:LegalMonetaryTotal": {
      "cbc:LineExtensionAmount": money(doc.lines.reduce((s, l) => s + l.netCents, 0)),
      "cbc:LineExtensionAmount@currencyID": eur,
      "cbc:TaxExclusiveAmount": money(doc.totals.netCents),
      "cbc:TaxExclusiveAmount@currencyID": eur,
      "cbc:TaxInclusiveAmount": money(doc.totals.grossCents),
      "cbc:TaxInclusiveAmount@currencyID": eur,
      "cbc:PayableAmount": money(doc.totals.grossCents),
      "cbc:PayableAmount@currencyID": eur,
    },
    "cac:InvoiceLine": [first, ...rest],
  };

  const xml = await new InvoiceService(silent).generate({ "ubl:Invoice": invoice }, { format: "UBL", lang: doc.locale, noWarnings: true });
  return typeof xml === "string" ? xml : new TextDecoder().decode(xml);
}

function negate(quantity: string): string {
  return quantity.startsWith("-") ? quantity.slice(1) : `-${quantity}`;
}
