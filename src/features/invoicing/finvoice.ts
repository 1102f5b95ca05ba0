// Finvoice 3.0 (Finanssiala, Finance Finland): the XML Finnish e-invoicing operators and banks
// take. Elements in the order Finvoice3.0.xsd fixes; amounts with a decimal comma and signed
// (a credit note is INV02 with negative amounts and the original's number); VAT once per rate.
// The message header (MessageTransmissionDetails) routes the invoice between the parties'
// operators and is written only when both ends have an e-invoice address and operator.
import { helsinkiInstant } from "@/lib/dates";
import type { InvoiceDocument, InvoiceLine, InvoiceParty } from "./document";
import { addressScheme, decimal, isPayable, lineQuantity, NOT_SUBJECT_TO_VAT, orderNumbers, percent, termDays, vatCategory, vatNumber } from "./einvoice";
import { virtualBarCode } from "./reference";
import { cut, el, opt, serializeXml, splitText, type XmlNode } from "./xml";

export interface FinvoiceOptions {
  /** When the message is sent (MessageTimeStamp); the invoice date's midnight in Helsinki if not given. */
  sentAt?: Date;
  /** Pay with the RF creditor reference (scheme ISO) instead of the Finnish reference (SPY). */
  useRfReference?: boolean;
}

const TYPE_TEXT = {
  fi: { INVOICE: "LASKU", CREDIT_NOTE: "HYVITYSLASKU" },
  sv: { INVOICE: "FAKTURA", CREDIT_NOTE: "KREDITNOTA" },
  en: { INVOICE: "INVOICE", CREDIT_NOTE: "CREDIT NOTE" },
} as const;

const TERMS_TEXT = {
  fi: (days: number) => `${days} pv netto`,
  sv: (days: number) => `${days} dagar netto`,
  en: (days: number) => `${days} days net`,
} as const;

const UNIT_TEXT = { HUR: "h", MIN: "min", C62: "kpl" } as const;

const date = (name: string, day: string | null | undefined) => (day ? el(name, { Format: "CCYYMMDD" }, day.replace(/-/g, "")) : null);
const amount = (name: string, cents: number) => el(name, { AmountCurrencyIdentifier: "EUR" }, decimal(cents, ","));

/** A name over several elements of at most `max` characters (Finvoice repeats the name element). */
const names = (name: string, text: string, max: number, pieces: number) => splitText(text, max, pieces).map((t) => el(name, {}, t.length >= 2 ? t : `${t} `));

function postal(prefix: "Seller" | "Buyer", p: InvoiceParty): XmlNode | null {
  // Street, town and postcode are all required inside the block: without one, no block.
  if (!p.streetAddress || !p.city || !p.postalCode) return null;
  return el(`${prefix}PostalAddressDetails`, {}, [
    ...names(`${prefix}StreetName`, p.streetAddress, 35, 3),
    el(`${prefix}TownName`, {}, cut(p.city, 35)),
    el(`${prefix}PostCodeIdentifier`, {}, cut(p.postalCode, 35)),
    el("CountryCode", {}, p.countryCode),
  ]);
}

function transmission(doc: InvoiceDocument, sentAt: Date): XmlNode | null {
  const { seller, buyer } = doc;
  if (!seller.eInvoiceAddress || !seller.eInvoiceOperator || !buyer.eInvoiceAddress || !buyer.eInvoiceOperator) return null;
  const scheme = (a: string) => ({ SchemeID: addressScheme(a) });
  return el("MessageTransmissionDetails", {}, [
    el("MessageSenderDetails", {}, [
      el("FromIdentifier", scheme(seller.eInvoiceAddress), seller.eInvoiceAddress),
      el("FromIntermediator", {}, seller.eInvoiceOperator),
    ]),
    el("MessageReceiverDetails", {}, [
      el("ToIdentifier", scheme(buyer.eInvoiceAddress), buyer.eInvoiceAddress),
      el("ToIntermediator", {}, buyer.eInvoiceOperator),
    ]),
    el("MessageDetails", {}, [
      el("MessageIdentifier", {}, cut(`${seller.businessId ?? seller.name}-${doc.kind === "CREDIT_NOTE" ? "HL" : "L"}${doc.number}`, 48)),
      el("MessageTimeStamp", {}, sentAt.toISOString().replace(/\.\d{3}Z$/, "Z")),
    ]),
  ]);
}

function row(doc: InvoiceDocument, line: InvoiceLine): XmlNode {
  const q = lineQuantity(line);
  const quantityAttrs = { QuantityUnitCode: UNIT_TEXT[q.unitCode], QuantityUnitCodeUN: q.unitCode };
  const category = vatCategory(doc, line.vatRateBp);
  return el("InvoiceRow", {}, [
    el("ArticleName", {}, cut(line.description, 100)),
    el("InvoicedQuantity", quantityAttrs, q.quantity.replace(".", ",")),
    // The price is per hour (or per fee); minutes are priced per 60 of them.
    el("UnitPriceAmount", { AmountCurrencyIdentifier: "EUR", UnitPriceUnitCode: q.unitCode === "C62" ? "kpl" : "h", QuantityUnitCodeUN: q.unitCode === "C62" ? "C62" : "HUR" }, decimal(line.unitPriceCents, ",")),
    q.baseQuantity !== 1 ? el("UnitPriceBaseQuantity", quantityAttrs, String(q.baseQuantity)) : null,
    el("RowIdentifier", {}, String(line.orderNumber)),
    el("RowPositionIdentifier", {}, String(line.lineNo)),
    date("RowDeliveryDate", line.workDate),
    el("RowVatRatePercent", {}, percent(line.vatRateBp, ",")),
    el("RowVatCode", {}, category),
    amount("RowVatExcludedAmount", line.netCents),
  ]);
}

export function finvoiceXml(doc: InvoiceDocument, options: FinvoiceOptions = {}): string {
  const { seller, buyer } = doc;
  const credit = doc.kind === "CREDIT_NOTE";
  const sentAt = options.sentAt ?? helsinkiInstant(doc.issueDate);
  const orders = orderNumbers(doc);
  const days = termDays(doc);
  const reference = options.useRfReference ? doc.rfReference.replace(/\s/g, "") : doc.referenceNumber;

  const root = el("Finvoice", { Version: "3.0", "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance", "xsi:noNamespaceSchemaLocation": "Finvoice3.0.xsd" }, [
    transmission(doc, sentAt),
    el("SellerPartyDetails", {}, [
      opt("SellerPartyIdentifier", seller.businessId),
      ...names("SellerOrganisationName", seller.name, 70, 10),
      seller.businessId && !doc.vatExempt ? el("SellerOrganisationTaxCode", {}, vatNumber(seller.businessId)) : null,
      postal("Seller", seller),
    ]),
    opt("SellerOrganisationUnitNumber", seller.eInvoiceAddress),
    seller.phone || seller.email
      ? el("SellerCommunicationDetails", {}, [opt("SellerPhoneNumberIdentifier", seller.phone && cut(seller.phone, 35)), opt("SellerEmailaddressIdentifier", seller.email && cut(seller.email, 70))])
      : null,
    el("SellerInformationDetails", {}, [
      el("SellerAccountDetails", {}, [
        el("SellerAccountID", { IdentificationSchemeName: "IBAN" }, seller.iban.replace(/\s/g, "")),
        el("SellerBic", { IdentificationSchemeName: "BIC" }, seller.bic),
      ]),
    ]),
    el("InvoiceRecipientLanguageCode", {}, doc.locale.toUpperCase()),
    el("BuyerPartyDetails", {}, [opt("BuyerPartyIdentifier", buyer.businessId), ...names("BuyerOrganisationName", buyer.name, 70, 10), postal("Buyer", buyer)]),
    opt("BuyerOrganisationUnitNumber", buyer.eInvoiceAddress),
    buyer.phone || buyer.email
      ? el("BuyerCommunicationDetails", {}, [opt("BuyerPhoneNumberIdentifier", buyer.phone && cut(buyer.phone, 35)), opt("BuyerEmailaddressIdentifier", buyer.email && cut(buyer.email, 70))])
      : null,
    el("DeliveryDetails", {}, [el("DeliveryPeriodDetails", {}, [date("StartDate", doc.periodStart), date("EndDate", doc.periodEnd)])]),
    el("InvoiceDetails", {}, [
      el("InvoiceTypeCode", { CodeListAgencyIdentifier: "SPY" }, credit ? "INV02" : "INV01"),
      el("InvoiceTypeCodeUN", {}, credit ? "381" : "380"),
      el("InvoiceTypeText", {}, TYPE_TEXT[doc.locale][doc.kind]),
      el("OriginCode", {}, "Original"),
      el("InvoiceNumber", {}, doc.number),
      date("InvoiceDate", doc.issueDate),
      opt("OriginalInvoiceNumber", doc.creditedInvoice?.number),
      date("OriginalInvoiceDate", doc.creditedInvoice?.issueDate),
      date("InvoicingPeriodStartDate", doc.periodStart),
      date("InvoicingPeriodEndDate", doc.periodEnd),
      opt("OrderIdentifier", cut(orders.join(", "), 70)),
      opt("BuyerReferenceIdentifier", doc.buyerReference && cut(doc.buyerReference, 70)),
      amount("RowsTotalVatExcludedAmount", doc.lines.reduce((s, l) => s + l.netCents, 0)),
      amount("InvoiceTotalVatExcludedAmount", doc.totals.netCents),
      amount("InvoiceTotalVatAmount", doc.totals.vatCents),
      amount("InvoiceTotalVatIncludedAmount", doc.totals.grossCents),
      ...doc.vatBreakdown.map((v) =>
        el("VatSpecificationDetails", {}, [
          amount("VatBaseAmount", v.netCents),
          el("VatRatePercent", {}, percent(v.rateBp, ",")),
          el("VatCode", {}, vatCategory(doc, v.rateBp)),
          amount("VatRateAmount", v.vatCents),
          doc.vatExempt ? el("VatFreeText", {}, cut(NOT_SUBJECT_TO_VAT.text, 70)) : null,
          doc.vatExempt ? el("VatExemptionReasonCode", {}, NOT_SUBJECT_TO_VAT.code) : null,
        ]),
      ),
      ...(doc.notes ? splitText(doc.notes, 512, 10).map((t) => el("InvoiceFreeText", {}, t)) : []),
      doc.vatExempt ? el("InvoiceVatFreeText", {}, cut(NOT_SUBJECT_TO_VAT.text, 70)) : null,
      el("PaymentTermsDetails", {}, [credit ? null : el("PaymentTermsFreeText", {}, TERMS_TEXT[doc.locale](days)), date("InvoiceDueDate", doc.dueDate)]),
    ]),
    // The bank bar code as digits, for a payable invoice (the PDF prints the same code).
    opt("VirtualBankBarcode", isPayable(doc) ? virtualBarCode(seller.iban, doc.totals.grossCents, options.useRfReference ? reference : doc.referenceNumber, doc.dueDate) : null),
    ...doc.lines.map((l) => row(doc, l)),
    el("EpiDetails", {}, [
      el("EpiIdentificationDetails", {}, [date("EpiDate", doc.issueDate), el("EpiReference", {}, doc.referenceNumber)]),
      el("EpiPartyDetails", {}, [
        el("EpiBfiPartyDetails", {}, [el("EpiBfiIdentifier", { IdentificationSchemeName: "BIC" }, seller.bic)]),
        el("EpiBeneficiaryPartyDetails", {}, [
          el("EpiNameAddressDetails", {}, cut(seller.name, 35)),
          el("EpiAccountID", { IdentificationSchemeName: "IBAN" }, seller.iban.replace(/\s/g, "")),
        ]),
      ]),
      el("EpiPaymentInstructionDetails", {}, [
        el("EpiRemittanceInfoIdentifier", { IdentificationSchemeName: options.useRfReference ? "ISO" : "SPY" }, reference),
        el("EpiInstructedAmount", { AmountCurrencyIdentifier: "EUR" }, decimal(doc.totals.grossCents, ",")),
        el("EpiCharge", { ChargeOption: "SLEV" }, "SLEV"),
        date("EpiDateOptionDate", doc.dueDate),
        // 58: SEPA credit transfer (UNCL4461).
        el("EpiPaymentMeansCode", {}, "58"),
      ]),
    ]),
  ]);
  return serializeXml(root);
}
